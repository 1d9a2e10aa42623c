package org.parley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.Attribution;
import org.parley.model.CameoCode;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Evidence;
import org.parley.model.Granularity;
import org.parley.model.Location;
import org.parley.model.Participant;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Status;
import org.parley.pipeline.CodedArticle;

/** Hand-built articles and events for the store tests: no NLP involved. */
final class Fixtures {
    static final LocalDate DEC_20 = LocalDate.of(2025, 12, 20);

    private Fixtures() {
    }

    static Article article(String id, LocalDate date, String title, String body) {
        return new Article(id, date, title, body, "Yonhap", "https://example.org/" + id, "news.jsonl:" + id);
    }

    /**
     * An article whose title is sentence 0 and whose body sentences are 1.., with spans computed in the full
     * text; sentences are separated by one space in the body.
     */
    static Doc doc(String id, LocalDate date, String title, String... bodySentences) {
        String body = String.join(" ", bodySentences);
        Article a = article(id, date, title, body);
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(sentence(0, 0, title));
        int at = a.bodyOffset();
        for (int i = 0; i < bodySentences.length; i++) {
            sentences.add(sentence(i + 1, at, bodySentences[i]));
            at += bodySentences[i].length() + 1;
        }
        return new Doc(a, sentences);
    }

    static Sentence sentence(int index, int begin, String text) {
        return new Sentence(index, new Span(begin, begin + text.length()), text, List.of(), List.of(), List.of(),
                List.of());
    }

    /** An article with its sentences, to which events are added. */
    record Doc(Article article, List<Sentence> sentences) {
        Sentence sentence(int i) {
            return sentences.get(i);
        }

        CodedArticle coded(Event... events) {
            return new CodedArticle(new AnnotatedDocument(article, sentences), List.of(), List.of(events));
        }

        /** A plain event in sentence {@code s}: no attribution, no location, no date span. */
        Event event(int s, String source, String target, String code, EventDate date, Status status) {
            return event(s, source, target, code, date, status, null, null, false);
        }

        Event event(int s, String source, String target, String code, EventDate date, Status status,
                    Attribution attribution, Location location, boolean historical) {
            Sentence sentence = sentences.get(s);
            int b = sentence.span().begin();
            Evidence evidence = new Evidence(sentence.text(), "verb", new Span(b + 1, b + 5), "verbs:" + code,
                    "dict-test", "0.0.1");
            return new Event(article.id(), s, participant(source, b), participant(target, b + 6), cameo(code), date,
                    status, "past tense", attribution, historical, location, evidence);
        }
    }

    static Participant participant(String code, int begin) {
        String sector = code.substring(3);
        return new Participant(code, code.substring(0, 3), sector, "words for " + code, new Span(begin, begin + 4),
                "countries:" + code, sector.isEmpty() ? "" : "Office " + code + " 2025-06-04..");
    }

    static CameoCode cameo(String code) {
        return new CameoCode(code, "name of " + code, CameoCode.quadClassOf(code) > 2 ? -5.5 : 3.25,
                CameoCode.quadClassOf(code), code.startsWith("0") ? "CONSULT" : "", "");
    }

    static EventDate day(LocalDate d) {
        return EventDate.ofArticle(d);
    }

    static EventDate interval(String value, LocalDate start, LocalDate end, Granularity g, String modifier,
                              String text, Span span) {
        return new EventDate(value, start, end, g, modifier, DateBasis.TEXT, text, span);
    }

    static EventDate year(int y) {
        return interval(String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR, "",
                "in " + y, new Span(3, 10));
    }

    static EventDate unknown() {
        return new EventDate("", null, null, Granularity.UNKNOWN, "", DateBasis.INFERRED, "", null);
    }

    /** Runs a count query on a store file through a separate JDBC connection. */
    static long count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The first column of a query on a store file, as strings, through a separate JDBC connection. */
    static List<String> strings(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }

    /** Runs one statement on a store file through a separate JDBC connection. */
    static void execute(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
