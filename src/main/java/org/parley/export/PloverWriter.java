package org.parley.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.parley.model.Event;
import org.parley.model.Participant;
import org.parley.model.StoredEvent;

/**
 * PLOVER event records, one JSON object per line, with PLOVER's field names ({@code id}, {@code date},
 * {@code event}, {@code mode}, {@code context}, {@code source}/{@code src_actor}/{@code src_agent}/{@code src_other},
 * the same for {@code target} with {@code tgt_}, {@code text}, {@code location}) and Parley's own fields under
 * {@code parley_} names. Events whose CAMEO code has no PLOVER type (PLOVER dropped CAMEO 01 and 02) are skipped.
 */
public final class PloverWriter {
    private final Appendable out;
    private final ObjectMapper mapper = new ObjectMapper();
    private long skipped;

    public PloverWriter(Appendable out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    public void write(List<StoredEvent> events) throws IOException {
        for (StoredEvent s : events) {
            if (s.event().cameo().ploverType().isEmpty()) {
                skipped++;
                continue;
            }
            out.append(mapper.writeValueAsString(toJson(s))).append('\n');
        }
    }

    /** How many events had no PLOVER type and were left out. */
    public long skipped() {
        return skipped;
    }

    public ObjectNode toJson(StoredEvent s) {
        Event e = s.event();
        ObjectNode n = mapper.createObjectNode();
        n.put("id", s.eventId());
        n.put("date", GdeltEventWriter.eventDay(s).toString());
        n.put("event", e.cameo().ploverType());
        n.put("mode", e.cameo().ploverMode());
        n.put("context", "");
        actor(n, "source", "src_", e.source());
        actor(n, "target", "tgt_", e.target());
        n.put("text", e.evidence().sentenceText());
        if (e.location() == null) {
            n.putNull("location");
        } else {
            ObjectNode l = n.putObject("location");
            l.put("placename", e.location().text());
            l.put("country", e.location().country());
        }
        n.put("url", s.articleUrl());
        n.put("publication_date", s.articleDate().toString());
        n.put("parley_article_id", e.articleId());
        n.put("parley_sentence", e.sentence());
        n.put("parley_cameo", e.cameo().code());
        n.put("parley_status", e.status().label());
        n.put("parley_date_value", e.date().value());
        n.put("parley_date_start", e.date().start() == null ? null : e.date().start().toString());
        n.put("parley_date_end", e.date().end() == null ? null : e.date().end().toString());
        return n;
    }

    private static void actor(ObjectNode n, String field, String prefix, Participant p) {
        n.put(field, p.code());
        n.put(prefix + "actor", p.country());
        n.put(prefix + "agent", p.sector());
        n.put(prefix + "other", "");
        n.put(prefix + "text", p.text());
    }
}
