package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.events.ParsedSentences.dictionary;
import static org.parley.events.ParsedSentences.graph;
import static org.parley.events.ParsedSentences.word;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.testing.PhraseActorResolver;

/** Which patterns a word heads, and in which order they are tried. */
class HeadPatternsTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver().add("Arnor", "ARN").add("Gondor", "GON");

    private static List<String> codes(List<EventPattern> patterns) {
        return patterns.stream().map(EventPattern::code).toList();
    }

    @Test
    void theMostSpecificPatternComesFirst() {
        PatternDictionary d = dictionary("190 attack *T", "195 attack *T | armed", "138 threaten to attack *T");
        SentenceGraph g = graph(ACTORS, "Arnor attacked Gondor on Monday.");
        assertEquals(List.of("195", "190"), codes(new HeadPatterns(d, g).of(word(g, "attacked"), false)),
                "a pattern that asks more comes first; one of another head word does not come at all");
    }

    @Test
    void theWordAsWrittenComesBeforeItsLemmaAmongEquals() {
        PatternDictionary d = dictionary("0874 leave *T", "032 left *T");
        SentenceGraph g = graph(ACTORS, "Arnor left Gondor on Monday.");
        List<EventPattern> found = new HeadPatterns(d, g).of(word(g, "left"), false);
        assertEquals(List.of("032", "0874"), codes(found));
    }

    @Test
    void nounAndVerbPatternsAreLookedUpApart() {
        PatternDictionary d = dictionary("042 visit *T", "042 @visit to *T");
        SentenceGraph g = graph(ACTORS, "Arnor's visit to Gondor ended.");
        HeadPatterns patterns = new HeadPatterns(d, g);
        int visit = word(g, "visit");
        assertEquals(List.of(true), patterns.of(visit, true).stream().map(EventPattern::nominal).toList());
        assertEquals(List.of(false), patterns.of(visit, false).stream().map(EventPattern::nominal).toList());
    }

    @Test
    void aVerbsCandidatesAreReadAtTheVerbItself() {
        PatternDictionary d = dictionary("190 attack *T", "138 threaten to attack *T");
        SentenceGraph g = graph(ACTORS, "Arnor will attack Gondor.");
        int attack = word(g, "attack");
        List<HeadPatterns.Candidate> candidates = new HeadPatterns(d, g).candidates(attack);
        assertEquals(List.of(attack), candidates.stream().map(HeadPatterns.Candidate::at).toList(),
                "a modal's own patterns count only when they may head any word, and these are no compiled ones");
    }
}
