package org.parley.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.parley.model.Attribution;
import org.parley.model.CameoCode;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Evidence;
import org.parley.model.Granularity;
import org.parley.model.Location;
import org.parley.model.Participant;
import org.parley.model.Span;
import org.parley.model.Status;

/**
 * Maps {@link Event} records to rows of the {@code events} table and back. Writing and reading walk the columns in
 * the same order, {@link #COLUMNS}, which is the table's column order (the appender needs it). Reading relies on
 * Java evaluating constructor arguments left to right, so {@code new Participant(c.string(), c.string(), ...)}
 * reads consecutive columns.
 */
final class EventRows {
    /** The {@code events} columns in table order, but for the last, {@code cluster_id}. */
    static final List<String> COLUMNS = List.of(
            "event_id", "article_id", "sentence_index", "event_ordinal",
            "source_code", "source_country", "source_sector", "source_text", "source_begin", "source_end",
            "source_rule", "source_role",
            "target_code", "target_country", "target_sector", "target_text", "target_begin", "target_end",
            "target_rule", "target_role",
            "cameo_code", "cameo_root", "cameo_name", "quad_class", "goldstein", "plover_type", "plover_mode",
            "date_value", "date_start", "date_end", "date_granularity", "date_modifier", "date_basis", "date_text",
            "date_begin", "date_end_char",
            "status", "status_cue",
            "attribution_text", "attribution_actor", "attribution_cue", "attribution_begin", "attribution_end",
            "historical",
            "location_text", "location_country", "location_begin", "location_end",
            "predicate", "predicate_begin", "predicate_end", "rule", "dictionary_version", "code_version",
            "article_date");

    /**
     * The select list that {@link #read} expects: every event column, then the text of the event's sentence
     * (the evidence's sentence text, which the events table does not repeat). Aliases: {@code e} for events,
     * {@code s} for sentences.
     */
    static final String SELECT_LIST = String.join(", ", COLUMNS.stream().map(c -> "e." + c).toList())
            + ", s.text";

    private EventRows() {
    }

    /** The deterministic id of the {@code ordinal}-th event (from 0) of an article. */
    static String eventId(Event event, int ordinal) {
        return event.articleId() + ":" + event.sentence() + ":" + ordinal;
    }

    /**
     * Appends one row; the caller flushes. The row ends with {@code cluster_id}, the table's last column, which is
     * written but not part of {@link #COLUMNS} (reading leaves it out).
     */
    static void append(DuckDBAppender a, Event e, int ordinal, LocalDate articleDate, long clusterId)
            throws SQLException {
        a.beginRow();
        a.append(eventId(e, ordinal));
        a.append(e.articleId());
        a.append(e.sentence());
        a.append(ordinal);
        participant(a, e.source());
        participant(a, e.target());
        CameoCode c = e.cameo();
        a.append(c.code());
        a.append(c.root());
        a.append(c.name());
        a.append(c.quadClass());
        a.append(c.goldstein());
        a.append(c.ploverType());
        a.append(c.ploverMode());
        EventDate d = e.date();
        a.append(d.value());
        date(a, d.start());
        date(a, d.end());
        a.append(d.granularity().name());
        a.append(d.modifier());
        a.append(d.basis().name());
        a.append(d.text());
        span(a, d.span());
        a.append(e.status().name());
        a.append(e.statusCue());
        attribution(a, e.attribution());
        a.append(e.historical());
        location(a, e.location());
        Evidence v = e.evidence();
        a.append(v.predicate());
        span(a, v.predicateSpan());
        a.append(v.rule());
        a.append(v.dictionaryVersion());
        a.append(v.codeVersion());
        a.append(articleDate);
        a.append(clusterId);
        a.endRow();
    }

    private static void participant(DuckDBAppender a, Participant p) throws SQLException {
        a.append(p.code());
        a.append(p.country());
        a.append(p.sector());
        a.append(p.text());
        span(a, p.span());
        a.append(p.rule());
        a.append(p.role());
    }

    private static void attribution(DuckDBAppender a, Attribution t) throws SQLException {
        if (t == null) {
            nulls(a, 5);
            return;
        }
        a.append(t.text());
        a.append(t.actor());
        a.append(t.cue());
        span(a, t.span());
    }

    private static void location(DuckDBAppender a, Location l) throws SQLException {
        if (l == null) {
            nulls(a, 4);
            return;
        }
        a.append(l.text());
        a.append(l.country());
        span(a, l.span());
    }

    private static void span(DuckDBAppender a, Span s) throws SQLException {
        if (s == null) {
            nulls(a, 2);
            return;
        }
        a.append(s.begin());
        a.append(s.end());
    }

    private static void date(DuckDBAppender a, LocalDate d) throws SQLException {
        if (d == null) {
            a.appendNull();
        } else {
            a.append(d);
        }
    }

    private static void nulls(DuckDBAppender a, int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            a.appendNull();
        }
    }

    /** Rebuilds the event of the current row of a result selected with {@link #SELECT_LIST}. */
    static Event read(ResultSet rs) throws SQLException {
        Cursor c = new Cursor(rs);
        c.skip(1); // event_id: derived
        String articleId = c.string();
        int sentence = c.integer();
        c.skip(1); // event_ordinal: the position, kept for ordering
        Participant source = participant(c);
        Participant target = participant(c);
        String code = c.string();
        c.skip(1); // cameo_root: derived from the code
        String name = c.string();
        int quadClass = c.integer();
        double goldstein = c.dbl();
        CameoCode cameo = new CameoCode(code, name, goldstein, quadClass, c.string(), c.string());
        EventDate date = new EventDate(c.string(), c.date(), c.date(), Granularity.valueOf(c.string()), c.string(),
                DateBasis.valueOf(c.string()), c.string(), c.span());
        Status status = Status.valueOf(c.string());
        String statusCue = c.string();
        Attribution attribution = attribution(c);
        boolean historical = c.bool();
        Location location = location(c);
        String predicate = c.string();
        Span predicateSpan = c.span();
        String rule = c.string();
        String dictionaryVersion = c.string();
        String codeVersion = c.string();
        c.skip(1); // article_date: the article's, not the event's
        String sentenceText = c.string();
        Evidence evidence = new Evidence(sentenceText, predicate, predicateSpan, rule, dictionaryVersion, codeVersion);
        return new Event(articleId, sentence, source, target, cameo, date, status, statusCue, attribution, historical,
                location, evidence);
    }

    private static Participant participant(Cursor c) throws SQLException {
        return new Participant(c.string(), c.string(), c.string(), c.string(), c.span(), c.string(), c.string());
    }

    private static Attribution attribution(Cursor c) throws SQLException {
        String text = c.string();
        String actor = c.string();
        String cue = c.string();
        Span span = c.span();
        return text == null ? null : new Attribution(text, actor, cue, span);
    }

    private static Location location(Cursor c) throws SQLException {
        String text = c.string();
        String country = c.string();
        Span span = c.span();
        return text == null ? null : new Location(text, country, span);
    }

    /** Reads the columns of one row in order. */
    private static final class Cursor {
        private final ResultSet rs;
        private int column = 1;

        Cursor(ResultSet rs) {
            this.rs = rs;
        }

        void skip(int n) {
            column += n;
        }

        String string() throws SQLException {
            return rs.getString(column++);
        }

        int integer() throws SQLException {
            return rs.getInt(column++);
        }

        double dbl() throws SQLException {
            return rs.getDouble(column++);
        }

        boolean bool() throws SQLException {
            return rs.getBoolean(column++);
        }

        LocalDate date() throws SQLException {
            return rs.getObject(column++, LocalDate.class);
        }

        /** Two integer columns, begin and end, both null for no span. */
        Span span() throws SQLException {
            int begin = rs.getInt(column++);
            boolean none = rs.wasNull();
            int end = rs.getInt(column++);
            return none ? null : new Span(begin, end);
        }
    }
}
