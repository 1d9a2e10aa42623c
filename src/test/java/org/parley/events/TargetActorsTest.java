package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.events.ParsedSentences.codes;
import static org.parley.events.ParsedSentences.dictionary;
import static org.parley.events.ParsedSentences.graph;
import static org.parley.events.ParsedSentences.pattern;
import static org.parley.events.ParsedSentences.word;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.testing.PhraseActorResolver;

/** The actors a pattern's target words stand for, on real parses. */
class TargetActorsTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Rohan", "ROH");
    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

    private static TargetActors targets(SentenceGraph g, String... patternLines) {
        return new TargetActors(g, DATE, new EventAntecedents(List.of()), new HeadPatterns(dictionary(patternLines),
                g));
    }

    @Test
    void anActorAtTheTargetWordIsTheTarget() {
        SentenceGraph g = graph(ACTORS, "Arnor condemned Gondor on Monday.");
        int condemned = word(g, "condemned");
        assertEquals(List.of("GON"),
                codes(targets(g).of(List.of(word(g, "Gondor")), pattern("111 condemn *T"), condemned)));
    }

    @Test
    void aTargetWordNamingNoActorGivesWayToItsOwnerUnlessThePatternIsDirect() {
        SentenceGraph g = graph(ACTORS, "Arnor condemned Gondor's stance.");
        int condemned = word(g, "condemned");
        List<Integer> stance = List.of(word(g, "stance"));
        assertEquals(List.of("GON"), codes(targets(g).of(stance, pattern("111 condemn *T"), condemned)));
        assertEquals(List.of(), codes(targets(g).of(stance, pattern("111 condemn *T | direct"), condemned)));
    }

    @Test
    void aCountrysDecisionIsItsGovernments() {
        SentenceGraph g = graph(ACTORS, "Arnor condemned Gondor's decision.");
        int condemned = word(g, "condemned");
        assertEquals(List.of("GONGOV"),
                codes(targets(g).of(List.of(word(g, "decision")), pattern("111 condemn *T"), condemned)));
        assertEquals(List.of("GONGOV"),
                codes(targets(g).of(List.of(word(g, "Gondor")), pattern("111 condemn *T's decision"), condemned)),
                "also read at the owner word of a *T's pattern");
    }

    @Test
    void eachActorIsTakenOnce() {
        SentenceGraph g = graph(ACTORS, "Arnor condemned Gondor's stance.");
        int condemned = word(g, "condemned");
        List<Integer> both = List.of(word(g, "stance"), word(g, "Gondor"));
        assertEquals(List.of("GON"), codes(targets(g).of(both, pattern("111 condemn *T"), condemned)));
    }

    @Test
    void aThingNamingNoActorGivesWayToItsHolderButAnEventNounDoesNot() {
        SentenceGraph g = graph(ACTORS, "Arnor's army shelled positions held by Gondor in the north on Sunday.");
        int shelled = word(g, "shelled");
        assertEquals(List.of("GON"),
                codes(targets(g).of(List.of(word(g, "positions")), pattern("190 shell *T"), shelled)));
        SentenceGraph of = graph(ACTORS, "Arnor shelled the headquarters of Gondor on Monday.");
        assertEquals(List.of("GON"), codes(targets(of).of(List.of(word(of, "headquarters")), pattern("190 shell *T"),
                word(of, "shelled"))));
        SentenceGraph invasion = graph(ACTORS, "Rohan condemned the invasion of Gondor.");
        assertEquals(List.of(), codes(targets(invasion, "192 @invasion of *T").of(List.of(word(invasion, "invasion")),
                pattern("111 condemn *T"), word(invasion, "condemned"))), "what an invasion is done to is no holder");
    }

    @Test
    void eachOtherIsTheSubjectsMembers() {
        SentenceGraph g = graph(ACTORS, "Arnor and Gondor accused each other of violating the truce.");
        assertEquals(List.of("ARN", "GON"), codes(targets(g).of(List.of(word(g, "other")), pattern("112 accuse *T"),
                word(g, "accused"))));
    }
}
