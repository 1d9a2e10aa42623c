package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.events.CameoTable;
import org.parley.model.Actor;
import org.parley.model.CameoCode;
import org.parley.model.Event;
import org.parley.model.Participant;
import org.parley.model.Span;
import org.parley.model.StoredEvent;
import org.parley.testing.SampleEvents;

class PloverWriterTest {
    private final ObjectMapper json = new ObjectMapper();

    private List<JsonNode> written(List<StoredEvent> events, PloverWriter[] writerOut) throws Exception {
        StringBuilder out = new StringBuilder();
        PloverWriter writer = new PloverWriter(out, CameoTable.builtIn());
        writer.write(events);
        writerOut[0] = writer;
        return out.toString().lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }

    @Test
    void usesTheManualsFieldNamesAndShapes() throws Exception {
        StoredEvent stored = ExportSamples.talks();
        Event e = stored.event();
        JsonNode n = written(List.of(stored), new PloverWriter[1]).get(0);

        assertEquals(stored.eventId(), n.get("id").asText());
        assertEquals(e.date().start().toString(), n.get("date").asText(), "the event's date, not the article's");
        assertTrue(n.get("source").isArray() && n.get("recipient").isArray(), "actors are lists of actor objects");
        assertEquals(e.source().country(), n.at("/source/0/code").asText());
        assertEquals(e.source().sector(), n.at("/source/0/sector").asText());
        assertEquals(e.source().text(), n.at("/source/0/actor_text").asText());
        assertEquals(e.target().country(), n.at("/recipient/0/code").asText());
        assertEquals(List.of(e.cameo().ploverType()), strings(n.get("event")));
        assertEquals(List.of(), strings(n.get("mode")), "an empty mode is an empty list");
        assertEquals(1, n.get("quad_code").asInt(), "CONSULT is verbal cooperation");
        assertEquals(e.cameo().goldstein(), n.get("event_scale").asDouble());
        assertEquals(List.of(e.evidence().predicate()), strings(n.get("event_text")));
        assertEquals(e.location().text(), n.at("/event_loc/name").asText());
        assertEquals(e.location().country(), n.at("/event_loc/cc3").asText());
        assertEquals(stored.clusterKey(), n.get("link").asText(), "reports of one event share the link");
        assertEquals(e.sentence(), n.at("/text_info/sequence").asInt());
        assertEquals(e.evidence().predicateSpan().begin(), n.at("/text_info/start").asInt());
        assertEquals(e.evidence().predicateSpan().end(), n.at("/text_info/end").asInt());
        assertEquals(stored.articleUrl(), n.at("/cite_info/url").asText());
        assertEquals(stored.articleSource(), n.at("/cite_info/publication").asText());
        assertTrue(n.get("coder").asText().startsWith("Parley "), n.get("coder").asText());
        assertEquals(e.cameo().code(), n.get("parley_cameo").asText());
        assertEquals(stored.articleDate().toString(), n.get("parley_article_date").asText());
    }

    @Test
    void carriesModeAndContextListsFromTheCameoTable() throws Exception {
        Event base = SampleEvents.talks();
        // As read back from the store: type and mode kept, contexts not.
        CameoCode sanctions = CameoTable.builtIn().get("163");
        assertFalse(sanctions.ploverContexts().isEmpty(), "the table maps 163 to a context");
        CameoCode stored = new CameoCode(sanctions.code(), sanctions.name(), sanctions.goldstein(), sanctions.quadClass(),
                sanctions.ploverType(), sanctions.ploverMode());
        JsonNode n = written(List.of(stored(withCode(base, stored), base.target())), new PloverWriter[1]).get(0);
        assertEquals(List.of("restrict"), strings(n.get("mode")));
        assertEquals(sanctions.ploverContexts(), strings(n.get("context")));
        assertEquals(4, n.get("quad_code").asInt());
    }

    @Test
    void anEventWithoutATargetHasAnEmptyRecipientList() throws Exception {
        Event base = SampleEvents.talks();
        Participant none = new Participant("", "", "", "", new Span(0, 0), "", "");
        JsonNode n = written(List.of(stored(base, none)), new PloverWriter[1]).get(0);
        assertEquals(0, n.get("recipient").size());
        assertEquals(1, n.get("source").size());
    }

    @Test
    void noActorIsNoObjectAndAnUnknownCountryAnEmptyCode() throws Exception {
        Event base = SampleEvents.talks();
        Participant none = new Participant("---", "---", "", "", new Span(0, 0), "options:no-require-dyad", "");
        Participant official = new Participant("---GOV", "---", "GOV", "a senior official", new Span(0, 17),
                "unknown-country:GOV", "");
        Event event = new Event(base.articleId(), base.sentence(), official, none, base.cameo(), base.date(),
                base.status(), base.statusCue(), base.attribution(), base.historical(), base.location(),
                base.evidence());
        JsonNode n = written(List.of(stored(event, none)), new PloverWriter[1]).get(0);
        assertEquals(0, n.get("recipient").size());
        assertEquals(1, n.get("source").size());
        assertEquals("", n.get("source").get(0).get("code").asText());
        assertEquals("GOV", n.get("source").get(0).get("sector").asText());
    }

    @Test
    void aNamedActorIsAnObjectWithItsWordsAndNoCode() throws Exception {
        Event base = SampleEvents.talks();
        Actor board = Actor.named("the harbour board");
        Participant named = new Participant(board.code(), board.country(), board.sector(), "the harbour board",
                new Span(0, 17), "uncoded-phrase:at most 4 words", "");
        JsonNode n = written(List.of(stored(base, named)), new PloverWriter[1]).get(0);
        assertEquals(1, n.get("recipient").size());
        JsonNode actor = n.get("recipient").get(0);
        assertEquals("", actor.get("code").asText());
        assertEquals("", actor.get("sector").asText());
        assertEquals("the harbour board", actor.get("actor_text").asText());
    }

    @Test
    void skipsAndCountsCodesPloverDropped() throws Exception {
        Event base = SampleEvents.talks();
        CameoCode statement = new CameoCode("010", "Make statement, not specified below", 0.0, 1, "", "");
        PloverWriter[] writer = new PloverWriter[1];
        List<JsonNode> rows = written(List.of(stored(withCode(base, statement), base.target()), ExportSamples.talks()),
                writer);
        assertEquals(1, rows.size());
        assertEquals(1, writer[0].skipped());
        assertFalse(rows.get(0).get("parley_cameo").asText().startsWith("01"));
    }

    private static List<String> strings(JsonNode array) {
        assertTrue(array.isArray(), "expected a list, got " + array);
        java.util.ArrayList<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Event withCode(Event e, CameoCode code) {
        return new Event(e.articleId(), e.sentence(), e.source(), e.target(), code, e.date(), e.status(), e.statusCue(),
                e.attribution(), e.historical(), e.location(), e.evidence());
    }

    private static StoredEvent stored(Event e, Participant target) {
        Event event = new Event(e.articleId(), e.sentence(), e.source(), target, e.cameo(), e.date(), e.status(),
                e.statusCue(), e.attribution(), e.historical(), e.location(), e.evidence());
        return new StoredEvent("x:1:0", event, LocalDate.of(2025, 12, 27), "Wire", "https://example.org/x",
                LocalDateTime.of(2026, 1, 1, 0, 0));
    }
}
