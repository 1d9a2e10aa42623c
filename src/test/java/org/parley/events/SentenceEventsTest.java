package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.events.ParsedSentences.graph;
import static org.parley.events.ParsedSentences.pattern;
import static org.parley.events.ParsedSentences.word;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.testing.EventStrings;
import org.parley.testing.PhraseActorResolver;

/** Turning a match's sources and targets into a sentence's events, on a real parse with hand-picked sides. */
class SentenceEventsTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Rohan", "ROH");
    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
    private static final SentenceGraph G = graph(ACTORS, "Arnor and Gondor met Rohan on Monday.");
    private static final int MET = word(G, "met");
    private static final List<ActorMention> ARNOR = G.actorsAt(word(G, "Arnor"));
    private static final List<ActorMention> GONDOR = G.actorsAt(word(G, "Gondor"));
    private static final List<ActorMention> ROHAN = G.actorsAt(word(G, "Rohan"));

    private static List<ActorMention> both(List<ActorMention> a, List<ActorMention> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void eachSourceActsOnEachTargetOnce() {
        SentenceEvents events = new SentenceEvents(G, CodingOptions.STANDARD, DATE);
        EventPattern meet = pattern("043 meet *T");
        assertTrue(events.emit(meet, MET, null, both(ARNOR, GONDOR), ROHAN));
        assertTrue(events.emit(meet, MET, null, both(ARNOR, GONDOR), ROHAN), "a repeated match still matched");
        assertEquals(List.of("ARN>ROH:043", "GON>ROH:043"), EventStrings.of(events.result()));
    }

    @Test
    void anActorDoesNotActOnItself() {
        SentenceEvents events = new SentenceEvents(G, CodingOptions.STANDARD, DATE);
        assertFalse(events.emit(pattern("043 meet *T"), MET, null, ARNOR, ARNOR));
        assertEquals(List.of(), events.result());
    }

    @Test
    void aSymmetricPatternPairsAGroupWithItself() {
        SentenceEvents events = new SentenceEvents(G, CodingOptions.STANDARD, DATE);
        assertTrue(events.emit(pattern("043 meet | sym"), MET, null, both(ARNOR, GONDOR), List.of()));
        assertEquals(List.of("ARN>GON:043"), EventStrings.of(events.result()));
        SentenceEvents plain = new SentenceEvents(G, CodingOptions.STANDARD, DATE);
        assertFalse(plain.emit(pattern("043 meet *T"), MET, null, both(ARNOR, GONDOR), List.of()));
    }

    @Test
    void aDefaultActorFillsOnlyTheMissingSide() {
        CodingOptions defaults = CodingOptions.STANDARD.withDefaults(Optional.empty(), Optional.of(Actor.of("DEF")));
        SentenceEvents events = new SentenceEvents(G, defaults, DATE);
        assertTrue(events.emit(pattern("043 meet *T"), MET, null, ARNOR, List.of()));
        assertTrue(events.emit(pattern("043 meet *T"), MET, null, GONDOR, ROHAN));
        assertEquals(List.of("ARN>DEF:043", "GON>ROH:043"), EventStrings.of(events.result()));
    }

    @Test
    void aHeadAboveACodedHeadIsInsideItsPhrase() {
        SentenceEvents events = new SentenceEvents(G, CodingOptions.STANDARD, DATE);
        int rohan = word(G, "Rohan");
        assertFalse(events.insideCodedPhrase(rohan));
        events.emit(pattern("043 meet *T"), MET, null, ARNOR, ROHAN);
        assertTrue(events.insideCodedPhrase(rohan));
    }
}
