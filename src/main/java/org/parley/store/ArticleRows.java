package org.parley.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Sentence;
import org.parley.pipeline.CodedArticle;

/** Writes the {@code articles} and {@code sentences} rows of a coded article, and checks it can be stored. */
final class ArticleRows {
    /** Inserts one {@code articles} row; parameters in {@link #bindArticle} order. */
    static final String INSERT_ARTICLE = "INSERT INTO articles (article_id, run_id, article_date, title, source, url,"
            + " origin, sentence_count, event_count, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private ArticleRows() {
    }

    /**
     * Why the article cannot be stored as it is, or null if it can: every event must belong to the article and
     * name one of its sentences, and its evidence must quote that sentence (the store keeps the sentence text once,
     * in {@code sentences}, and rebuilds the evidence from it).
     */
    static String problem(CodedArticle coded) {
        Article article = coded.document().article();
        Map<Integer, String> texts = new HashMap<>();
        for (Sentence s : coded.document().sentences()) {
            texts.putIfAbsent(s.index(), s.text()); // a repeated index fails on the primary key
        }
        List<Event> events = coded.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!e.articleId().equals(article.id())) {
                return "event " + i + " belongs to article " + e.articleId() + ", not " + article.id();
            }
            String text = texts.get(e.sentence());
            if (text == null) {
                return "event " + i + " is in sentence " + e.sentence() + ", which the article does not have ("
                        + texts.size() + " sentences)";
            }
            if (!text.equals(e.evidence().sentenceText())) {
                return "event " + i + " quotes a sentence text that differs from sentence " + e.sentence();
            }
        }
        return null;
    }

    static void bindArticle(PreparedStatement p, long runId, CodedArticle coded, LocalDateTime now)
            throws SQLException {
        Article a = coded.document().article();
        p.setString(1, a.id());
        p.setLong(2, runId);
        p.setObject(3, a.date());
        p.setString(4, a.title());
        p.setString(5, a.source());
        p.setString(6, a.url());
        p.setString(7, a.origin());
        p.setInt(8, coded.document().sentences().size());
        p.setInt(9, coded.events().size());
        p.setObject(10, now);
    }

    /** Appends the article's sentences; the caller flushes. */
    static void appendSentences(DuckDBAppender a, CodedArticle coded) throws SQLException {
        String id = coded.document().article().id();
        for (Sentence s : coded.document().sentences()) {
            a.beginRow();
            a.append(id);
            a.append(s.index());
            a.append(s.text());
            a.append(s.span().begin());
            a.append(s.span().end());
            a.endRow();
        }
    }
}
