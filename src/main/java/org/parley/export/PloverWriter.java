package org.parley.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.parley.events.CameoTable;
import org.parley.model.Actor;
import org.parley.model.CameoCode;
import org.parley.model.Event;
import org.parley.model.Participant;
import org.parley.model.StoredEvent;

/**
 * PLOVER event records, one JSON object per line, with the field names of the PLOVER manual's "JSON Data Fields"
 * chapter (draft 0.7b1): {@code id}, {@code date}, {@code source} and {@code recipient} as lists of actor objects
 * ({@code code}, {@code sector}, {@code actor_text}), {@code event}, {@code mode} and {@code context} as lists,
 * {@code quad_code}, {@code event_scale}, {@code event_text}, {@code event_loc}, {@code link}, {@code text},
 * {@code text_info}, {@code cite_info} and {@code coder}; then Parley's own fields under {@code parley_} names, as
 * the manual invites. Events whose CAMEO code has no PLOVER type (PLOVER dropped CAMEO 01 and 02) are skipped.
 */
public final class PloverWriter {
    private final Appendable out;
    private final CameoTable mapping;
    private final ObjectMapper mapper = new ObjectMapper();
    private long skipped;

    /**
     * @param out     where the records go
     * @param mapping the CAMEO table whose PLOVER contexts are written (the store keeps each event's PLOVER type and
     *                mode but not the contexts, so they are looked up by code; a code the table lacks has none)
     */
    public PloverWriter(Appendable out, CameoTable mapping) {
        this.out = Objects.requireNonNull(out, "out");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
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
        CameoCode cameo = e.cameo();
        ObjectNode n = mapper.createObjectNode();
        n.put("id", s.eventId());
        n.put("date", GdeltEventWriter.eventDay(s).toString());
        actors(n.putArray("source"), e.source());
        actors(n.putArray("recipient"), e.target());
        n.putArray("event").add(cameo.ploverType());
        ArrayNode mode = n.putArray("mode");
        if (!cameo.ploverMode().isEmpty()) {
            mode.add(cameo.ploverMode());
        }
        ArrayNode context = n.putArray("context");
        mapping.find(cameo.code()).map(CameoCode::ploverContexts).orElse(List.of()).forEach(context::add);
        PloverCategory.named(cameo.ploverType()).ifPresent(c -> n.put("quad_code", c.quad()));
        n.put("event_scale", cameo.goldstein());
        n.putArray("event_text").add(e.evidence().predicate());
        if (e.location() != null) {
            ObjectNode where = n.putObject("event_loc");
            where.put("name", e.location().text());
            where.put("cc3", e.location().country());
        }
        n.put("link", s.clusterKey());
        n.put("text", e.evidence().sentenceText());
        ObjectNode textInfo = n.putObject("text_info");
        textInfo.put("sequence", e.sentence());
        textInfo.put("start", e.evidence().predicateSpan().begin());
        textInfo.put("end", e.evidence().predicateSpan().end());
        ObjectNode cite = n.putObject("cite_info");
        cite.put("url", s.articleUrl());
        cite.put("publication", s.articleSource());
        n.put("coder", "Parley " + e.evidence().codeVersion());

        n.put("parley_article_id", e.articleId());
        n.put("parley_article_date", s.articleDate().toString());
        n.put("parley_cameo", cameo.code());
        n.put("parley_status", e.status().label());
        n.put("parley_date_value", e.date().value());
        n.put("parley_date_start", e.date().start() == null ? null : e.date().start().toString());
        n.put("parley_date_end", e.date().end() == null ? null : e.date().end().toString());
        return n;
    }

    /**
     * PLOVER's actor object: the top-level code, the sector, the words. No actor code (or {@code ---}, no actor), no
     * object; an actor of unknown country ({@code ---GOV}) and a named actor (a phrase no dictionary codes, whose
     * code is its words) have an empty code, the named actor also an empty sector.
     */
    private static void actors(ArrayNode list, Participant p) {
        if (p.code().isEmpty() || p.code().equals(Actor.UNKNOWN_COUNTRY)) {
            return;
        }
        ObjectNode a = list.addObject();
        a.put("code", p.country().equals(Actor.UNKNOWN_COUNTRY) ? "" : p.country());
        a.put("sector", p.sector());
        a.put("actor_text", p.text());
    }
}
