package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.events.ParsedSentences.graph;
import static org.parley.events.ParsedSentences.word;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.model.Location;
import org.parley.model.MentionKind;
import org.parley.testing.PhraseActorResolver;

/** Where an event happened, on real parses. */
class EventLocationsTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Minas Tirith", MentionKind.PLACE, "GON");
    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

    private static ActorMention at(SentenceGraph g, String word) {
        return g.actorsAt(word(g, word)).get(0);
    }

    @Test
    void aPlaceTheEventIsInIsItsLocation() {
        SentenceGraph g = graph(ACTORS, "Arnor met Gondor in Minas Tirith on Monday.");
        List<ActorMention[]> pairs = List.<ActorMention[]>of(new ActorMention[] {at(g, "Arnor"), at(g, "Gondor")});
        Location where = EventLocations.of(g, DATE, word(g, "met"), null, pairs);
        assertEquals("Minas Tirith", where.text());
        assertEquals("GON", where.country());
    }

    @Test
    void noPlacePhraseNoLocation() {
        SentenceGraph g = graph(ACTORS, "Arnor met Gondor on Monday.");
        List<ActorMention[]> pairs = List.<ActorMention[]>of(new ActorMention[] {at(g, "Arnor"), at(g, "Gondor")});
        assertNull(EventLocations.of(g, DATE, word(g, "met"), null, pairs));
    }

    @Test
    void aParticipantIsNotTheLocation() {
        SentenceGraph g = graph(ACTORS, "Arnor fought in Gondor on Monday.");
        List<ActorMention[]> pairs = List.<ActorMention[]>of(new ActorMention[] {at(g, "Arnor"), at(g, "Gondor")});
        Location where = EventLocations.of(g, DATE, word(g, "fought"), null, pairs);
        assertTrue(where == null || where.country().isEmpty(), "at most the bare word, not the participant: " + where);
    }
}
