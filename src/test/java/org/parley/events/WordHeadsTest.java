package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.events.ParsedSentences.graph;
import static org.parley.events.ParsedSentences.word;

import org.junit.jupiter.api.Test;
import org.parley.testing.PhraseActorResolver;

/** Words that are not verbs as heads of compiled patterns, on real parses. */
class WordHeadsTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON");

    @Test
    void aWordRightAfterAnArticleNamesAThing() {
        SentenceGraph g = graph(ACTORS, "Arnor signed an accord with Gondor after talks.");
        WordHeads heads = new WordHeads(g);
        assertTrue(heads.hasArticle(word(g, "accord")));
        assertFalse(heads.hasArticle(word(g, "talks")));
    }

    @Test
    void aModalStandsForTheVerbItHelps() {
        SentenceGraph g = graph(ACTORS, "Arnor should apply pressure on Gondor.");
        WordHeads heads = new WordHeads(g);
        assertEquals(word(g, "apply"), heads.modalClause(word(g, "should")));
        assertEquals(word(g, "pressure"), heads.modalClause(word(g, "pressure")), "any other word stands for itself");
    }
}
