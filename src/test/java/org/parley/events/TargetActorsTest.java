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
            .add("Arnor", "ARN").add("Gondor", "GON");
    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

    private static TargetActors targets(SentenceGraph g) {
        return new TargetActors(g, DATE, new EventAntecedents(List.of()), new HeadPatterns(dictionary(), g));
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
}
