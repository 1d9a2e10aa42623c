package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;
import org.parley.model.Token;

class PatternContextTest {
    private static Token token(String word, String lemma) {
        return token(word, lemma, "NNS");
    }

    private static Token token(String word, String lemma, String pos) {
        return new Token(0, word, lemma, pos, "O", new Span(0, word.length()));
    }

    private static PatternContext after(PatternContext.WordItem... items) {
        return new PatternContext(List.of(), List.of(), List.of(items), false, PatternContext.SourceSlot.SUBJECT, "",
                PatternContext.Skip.NONE, PatternContext.Skip.NONE, "", false, 0, PatternContext.Effect.EVENT, 0, true);
    }

    @Test
    void aPlainWordMatchesWordOrLemmaAStemAnyStartAndAnExactWordOnlyItself() {
        Token resolutions = token("Resolutions", "resolution");
        assertTrue(PatternContext.matches("resolution", resolutions));
        assertTrue(PatternContext.matches("resol*", resolutions));
        assertFalse(PatternContext.matches("resolution" + PatternContext.EXACT, resolutions));
        assertTrue(PatternContext.matches("resolutions" + PatternContext.EXACT, resolutions));
        assertFalse(PatternContext.matches(PatternContext.GAP, resolutions));
    }

    @Test
    void aNounAsWrittenWordMatchesANounOnlyAsWrittenAndAnyOtherTokenAlsoByLemma() {
        String effort = "effort" + PatternContext.NOUN_AS_WRITTEN;
        assertFalse(PatternContext.matches(effort, token("efforts", "effort")), "a plural is not the noun as written");
        assertTrue(PatternContext.matches(effort, token("Effort", "effort", "NN")), "case does not count");
        assertTrue(PatternContext.matches("efforts" + PatternContext.NOUN_AS_WRITTEN, token("efforts", "effort")));
        String have = "have" + PatternContext.NOUN_AS_WRITTEN;
        assertTrue(PatternContext.matches(have, token("has", "have", "VBZ")), "a verb matches through its lemma");
        assertTrue(PatternContext.matches(have, token("have", "have", "VBP")));
        assertFalse(PatternContext.matches(have, token("had", "have", "NN")), "a noun never through its lemma");
        assertTrue(PatternContext.matches("hand" + PatternContext.NOUN_AS_WRITTEN, token("handed", "hand", "VBD")),
                "a noun's word read as a verb is a verb");
    }

    @Test
    void alternativesCountTheChoicesBeyondEachItemsFirstRun() {
        PatternContext choice = after(PatternContext.WordItem.of(false, "resist*"), new PatternContext.WordItem(
                List.of(List.of("to=", "the=", "end="), List.of("to=", "the=", "death=")), false));
        assertEquals(1, choice.alternatives());
        PatternContext literal = after(PatternContext.WordItem.of(false, "resistance="),
                PatternContext.WordItem.of(false, "to="), PatternContext.WordItem.of(false, "the="),
                PatternContext.WordItem.of(false, "invading="));
        assertEquals(0, literal.alternatives(), "literal words leave no choice, however many");
        assertEquals(literal.specificity(), choice.specificity(), "both require four words");
    }

    @Test
    void aSourcePrepositionNeedsTheSourceInThePhrase() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PatternContext(List.of(),
                List.of(), List.of(), false, PatternContext.SourceSlot.GROUP, "by", PatternContext.Skip.NONE,
                PatternContext.Skip.NONE, "", false, 0, PatternContext.Effect.EVENT, 0, true));
        assertTrue(e.getMessage().contains("source preposition"), e.getMessage());
    }
}
