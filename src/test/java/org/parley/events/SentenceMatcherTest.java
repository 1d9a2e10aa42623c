package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.events.ParsedSentences.dictionary;
import static org.parley.events.ParsedSentences.graph;
import static org.parley.events.ParsedSentences.word;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.CodedEvent;
import org.parley.testing.EventStrings;
import org.parley.testing.PhraseActorResolver;

/** Matching one sentence's head words, on real parses with small dictionaries written in the test. */
class SentenceMatcherTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON");
    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
    private static final String TEXT = "Arnor held talks with Gondor on Monday.";

    private static List<CodedEvent> match(PatternDictionary d, SentenceGraph g, Set<Integer> leftOut) {
        return new SentenceMatcher(d, CodingOptions.STANDARD, g, DATE, leftOut, new EventAntecedents(List.of()))
                .match();
    }

    @Test
    void anObjectNounAVerbPatternUsedCodesNothingOfItsOwn() {
        SentenceGraph g = graph(ACTORS, TEXT);
        List<CodedEvent> both = match(dictionary("046 hold talks with *T", "046 @talks with *T"), g, Set.of());
        assertEquals(List.of("ARN>GON:046"), EventStrings.of(both));
        assertEquals(word(g, "held"), both.get(0).predicateToken());
        List<CodedEvent> noun = match(dictionary("046 @talks with *T"), g, Set.of());
        assertEquals(List.of("ARN>GON:046"), EventStrings.of(noun));
        assertEquals(word(g, "talks"), noun.get(0).predicateToken(), "alone, the noun pattern codes on the noun");
    }

    @Test
    void aWordLeftOutHeadsNoEvent() {
        SentenceGraph g = graph(ACTORS, TEXT);
        PatternDictionary d = dictionary("046 hold talks with *T");
        assertEquals(List.of("ARN>GON:046"), EventStrings.of(match(d, g, Set.of())));
        assertEquals(List.of(), match(d, g, Set.of(word(g, "held"))));
    }
}
