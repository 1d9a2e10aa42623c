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
        return new Token(0, word, lemma, "NNS", "O", new Span(0, word.length()));
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
