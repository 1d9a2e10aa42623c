package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.events.ParsedSentences.graph;
import static org.parley.events.ParsedSentences.word;

import org.junit.jupiter.api.Test;
import org.parley.testing.PhraseActorResolver;

/** Words already part of a coded phrase, on real parses. */
class ConsumedWordsTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Elrond", "ELR");

    @Test
    void infinitiveComplementsBelowACodedVerbAreConsumedAllTheWayDown() {
        SentenceGraph g = graph(ACTORS, "Arnor threatened to try to attack Gondor.");
        ConsumedWords consumed = new ConsumedWords(g);
        int threatened = word(g, "threatened");
        consumed.consumeComplements(threatened);
        assertTrue(consumed.verb(word(g, "try")));
        assertTrue(consumed.verb(word(g, "attack")));
        assertFalse(consumed.verb(threatened), "the coded verb itself is not consumed");
    }

    @Test
    void aClauseWhoseSubjectIsTheTargetIsPartOfThePhrase() {
        SentenceGraph g = graph(ACTORS, "Elrond brushed aside reports that Gondor attacked Arnor.");
        ConsumedWords consumed = new ConsumedWords(g);
        int attacked = word(g, "attacked");
        consumed.consumeTargetClauses(word(g, "brushed"), g.actorsAt(word(g, "Arnor")));
        assertFalse(consumed.verb(attacked), "Arnor is the clause's object, not its subject");
        consumed.consumeTargetClauses(word(g, "brushed"), g.actorsAt(word(g, "Gondor")));
        assertTrue(consumed.verb(attacked));
    }

    @Test
    void aWordIsConsumedAsAVerbOrAsANoun() {
        SentenceGraph g = graph(ACTORS, "Arnor held talks with Gondor.");
        ConsumedWords consumed = new ConsumedWords(g);
        int talks = word(g, "talks");
        consumed.consume(talks);
        assertTrue(consumed.noun(talks));
        assertFalse(consumed.verb(talks));
    }
}
