package org.parley.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
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
 * The JSON form of an {@link Event} (schema {@value Event#SCHEMA}), written field by field so that the format is an
 * explicit contract, documented in {@code docs/FORMATS.md}, and read back the same way.
 */
public final class EventJson {
    private final ObjectMapper mapper;

    public EventJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(Event e) {
        ObjectNode n = mapper.createObjectNode();
        n.put("schema", Event.SCHEMA);
        n.put("article_id", e.articleId());
        n.put("sentence", e.sentence());
        n.set("source", participant(e.source()));
        n.set("target", participant(e.target()));
        CameoCode c = e.cameo();
        ObjectNode cameo = n.putObject("cameo");
        cameo.put("code", c.code());
        cameo.put("root", c.root());
        cameo.put("name", c.name());
        cameo.put("quad_class", c.quadClass());
        cameo.put("goldstein", c.goldstein());
        cameo.put("plover_type", c.ploverType());
        cameo.put("plover_mode", c.ploverMode());
        EventDate d = e.date();
        ObjectNode date = n.putObject("date");
        date.put("value", d.value());
        date.put("start", d.start() == null ? null : d.start().toString());
        date.put("end", d.end() == null ? null : d.end().toString());
        date.put("granularity", lower(d.granularity()));
        date.put("modifier", d.modifier());
        date.put("basis", lower(d.basis()));
        date.put("text", d.text());
        date.set("span", span(d.span()));
        n.put("status", e.status().label());
        n.put("status_cue", e.statusCue());
        Attribution a = e.attribution();
        if (a == null) {
            n.putNull("attribution");
        } else {
            ObjectNode an = n.putObject("attribution");
            an.put("text", a.text());
            an.put("actor", a.actor());
            an.put("cue", a.cue());
            an.set("span", span(a.span()));
        }
        n.put("historical", e.historical());
        Location l = e.location();
        if (l == null) {
            n.putNull("location");
        } else {
            ObjectNode ln = n.putObject("location");
            ln.put("text", l.text());
            ln.put("country", l.country());
            ln.set("span", span(l.span()));
        }
        Evidence v = e.evidence();
        ObjectNode ev = n.putObject("evidence");
        ev.put("sentence_text", v.sentenceText());
        ev.put("predicate", v.predicate());
        ev.set("predicate_span", span(v.predicateSpan()));
        ev.put("rule", v.rule());
        ev.put("dictionary_version", v.dictionaryVersion());
        ev.put("code_version", v.codeVersion());
        return n;
    }

    /** Reads an event written by {@link #toJson}; a missing or mistyped field is an error naming the field. */
    public Event fromJson(JsonNode n) {
        String schema = text(n, "schema");
        if (!Event.SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("unsupported event schema '" + schema + "', expected " + Event.SCHEMA);
        }
        JsonNode c = required(n, "cameo");
        CameoCode cameo = new CameoCode(text(c, "code"), text(c, "name"), required(c, "goldstein").asDouble(),
                required(c, "quad_class").asInt(), text(c, "plover_type"), text(c, "plover_mode"));
        JsonNode d = required(n, "date");
        EventDate date = new EventDate(text(d, "value"), date(d.get("start")), date(d.get("end")),
                Granularity.valueOf(text(d, "granularity").toUpperCase(Locale.ROOT)), text(d, "modifier"),
                DateBasis.valueOf(text(d, "basis").toUpperCase(Locale.ROOT)), text(d, "text"), spanOf(d.get("span")));
        JsonNode a = n.get("attribution");
        Attribution attribution = a == null || a.isNull() ? null
                : new Attribution(text(a, "text"), text(a, "actor"), text(a, "cue"), spanOf(a.get("span")));
        JsonNode l = n.get("location");
        Location location = l == null || l.isNull() ? null
                : new Location(text(l, "text"), text(l, "country"), spanOf(l.get("span")));
        JsonNode v = required(n, "evidence");
        Evidence evidence = new Evidence(text(v, "sentence_text"), text(v, "predicate"), spanOf(v.get("predicate_span")),
                text(v, "rule"), text(v, "dictionary_version"), text(v, "code_version"));
        return new Event(text(n, "article_id"), required(n, "sentence").asInt(), participantOf(required(n, "source")),
                participantOf(required(n, "target")), cameo, date, Status.parse(text(n, "status")),
                text(n, "status_cue"), attribution, required(n, "historical").asBoolean(), location, evidence);
    }

    private ObjectNode participant(Participant p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("code", p.code());
        n.put("country", p.country());
        n.put("sector", p.sector());
        n.put("text", p.text());
        n.set("span", span(p.span()));
        n.put("rule", p.rule());
        n.put("role", p.role());
        return n;
    }

    private static Participant participantOf(JsonNode n) {
        return new Participant(text(n, "code"), text(n, "country"), text(n, "sector"), text(n, "text"),
                spanOf(n.get("span")), text(n, "rule"), text(n, "role"));
    }

    private JsonNode span(Span s) {
        if (s == null) {
            return mapper.nullNode();
        }
        ObjectNode n = mapper.createObjectNode();
        n.put("begin", s.begin());
        n.put("end", s.end());
        return n;
    }

    private static Span spanOf(JsonNode n) {
        return n == null || n.isNull() ? null : new Span(required(n, "begin").asInt(), required(n, "end").asInt());
    }

    private static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("event JSON lacks field '" + field + "'");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = required(n, field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("event JSON field '" + field + "' must be a string");
        }
        return v.asText();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
