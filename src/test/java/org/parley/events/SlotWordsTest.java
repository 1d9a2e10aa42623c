package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.events.ParsedSentences.graph;
import static org.parley.events.ParsedSentences.pattern;
import static org.parley.events.ParsedSentences.word;
import static org.parley.events.ParsedSentences.words;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.testing.PhraseActorResolver;

/** Where the words of a pattern stand below its head, on real parses. */
class SlotWordsTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Osgiliath", "OSG");

    private static SlotWords slots(SentenceGraph g) {
        return new SlotWords(g, CodingOptions.STANDARD);
    }

    @Test
    void theComplementIsTheInfinitiveOfTheToVerb() {
        SentenceGraph g = graph(ACTORS, "Arnor threatened to attack Gondor.");
        int threatened = word(g, "threatened");
        assertEquals(word(g, "attack"), slots(g).complementOf(threatened, pattern("138 threaten to attack *T")));
        assertNull(slots(g).complementOf(threatened, pattern("138 threaten to punish *T")));
    }

    @Test
    void aNounThatCountsTheObjectStandsForIt() {
        SentenceGraph g = graph(ACTORS, "Arnor held a new round of talks with Gondor.");
        Integer object = slots(g).objectOf(word(g, "held"), pattern("046 hold talks with *T"));
        assertEquals(word(g, "talks"), object);
    }

    @Test
    void theObjectMustCarryThePatternsModifiers() {
        SentenceGraph g = graph(ACTORS, "Arnor held talks with Gondor.");
        int held = word(g, "held");
        assertEquals(word(g, "talks"), slots(g).objectOf(held, pattern("046 hold talks with *T")));
        assertNull(slots(g).objectOf(held, pattern("046 hold strategic talks with *T")));
    }

    @Test
    void aParticleFusedIntoATwoWordPrepositionCounts() {
        SentenceGraph g = graph(ACTORS, "Arnor pulled out of Osgiliath on Monday.");
        int pulled = word(g, "pulled");
        assertTrue(slots(g).hasParticle(pulled, "out"));
        assertFalse(slots(g).hasParticle(pulled, "up"));
    }

    @Test
    void aPassiveNeedsItsByPhraseOnlyWhenTheOptionsSaySo() {
        SentenceGraph bare = graph(ACTORS, "Arnor was condemned on Monday.");
        int condemned = word(bare, "condemned");
        assertTrue(slots(bare).passive(condemned));
        assertFalse(new SlotWords(bare, CodingOptions.STANDARD.withPassiveNeedsBy(true)).passive(condemned));
        SentenceGraph by = graph(ACTORS, "Arnor was condemned by Gondor.");
        int condemnedBy = word(by, "condemned");
        assertEquals(List.of("Gondor"), words(by, slots(by).agents(condemnedBy)));
        assertTrue(new SlotWords(by, CodingOptions.STANDARD.withPassiveNeedsBy(true)).passive(condemnedBy));
    }

    @Test
    void theTargetSlotIsReadWhereThePatternPutsIt() {
        SentenceGraph g = graph(ACTORS, "Arnor sought Gondor's cooperation.");
        int sought = word(g, "sought");
        int cooperation = word(g, "cooperation");
        assertEquals(List.of("Gondor"),
                words(g, slots(g).targetTokens(pattern("022 seek *T's cooperation"), sought, cooperation)));
        assertEquals(List.of("cooperation"), words(g, slots(g).targetTokens(pattern("022 seek *T"), sought, null)));
        assertEquals(List.of(), slots(g).targetTokens(pattern("022 seek | sym"), sought, null));
    }

    @Test
    void aPossessorSlotAlsoTakesAnAdjectiveOrElseTheObjectItself() {
        SentenceGraph g = graph(ACTORS, "Arnor expelled two Gondorian diplomats.");
        int expelled = word(g, "expelled");
        assertEquals(List.of("Gondorian"), words(g, slots(g).targetTokens(pattern("174 expel *T's diplomats"), expelled,
                word(g, "diplomats"))));
        SentenceGraph bare = graph(ACTORS, "Gondor rejected the accusations.");
        assertEquals(List.of("accusations"), words(bare, slots(bare).targetTokens(
                pattern("016 reject *T's accusation"), word(bare, "rejected"), word(bare, "accusations"))));
    }
}
