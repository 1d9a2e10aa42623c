package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.model.Span;
import org.parley.model.Token;

class WordFormsTest {
    @Test
    void aLemmaStandsForItsRegularAndIrregularForms() {
        assertTrue(WordForms.lemmaApplies("departs", "depart"));
        assertTrue(WordForms.lemmaApplies("taxes", "tax"));
        assertTrue(WordForms.lemmaApplies("goes", "go"));
        assertTrue(WordForms.lemmaApplies("pushes", "push"));
        assertTrue(WordForms.lemmaApplies("went", "go"));
        assertTrue(WordForms.lemmaApplies("likes", "like"), "like is a verb too");
    }

    @Test
    void anEsEndingTheLemmaDoesNotTakeIsNoFormOfIt() {
        assertFalse(WordForms.lemmaApplies("departes", "depart"));
        assertFalse(WordForms.lemmaApplies("attackes", "attack"));
    }

    @Test
    void prepositionsHaveNoForms() {
        assertFalse(WordForms.lemmaApplies("tos", "to"));
        assertFalse(WordForms.lemmaApplies("withs", "with"));
        assertTrue(WordForms.lemmaApplies("to", "to"));
    }

    @Test
    void oneSyllableWordsDoubleTheirLastConsonant() {
        assertFalse(WordForms.lemmaApplies("baning", "ban"));
        assertFalse(WordForms.lemmaApplies("baned", "ban"));
        assertTrue(WordForms.lemmaApplies("banned", "ban"));
        assertTrue(WordForms.lemmaApplies("rained", "rain"), "two vowels");
        assertTrue(WordForms.lemmaApplies("fixed", "fix"));
        assertTrue(WordForms.lemmaApplies("visited", "visit"), "two syllables");
        assertTrue(WordForms.lemmaApplies("showing", "show"));
        assertTrue(WordForms.doublesLastConsonant("stop"));
        assertFalse(WordForms.doublesLastConsonant("open"));
    }

    @Test
    void aDictionaryWordMatchesTheLemmaOnlyWhereItIsOne() {
        Token tos = new Token(0, "tos", "to", "NNS", "O", new Span(0, 3));
        assertFalse(PatternContext.matches("to", tos));
        assertTrue(PatternContext.matches("tos", tos));
        Token departed = new Token(0, "departed", "depart", "VBD", "O", new Span(0, 8));
        assertTrue(PatternContext.matches("depart", departed));
        assertTrue(PatternContext.matches("dep*", departed));
        assertFalse(PatternContext.matches("depart", new Token(0, "departes", "depart", "VBZ", "O", new Span(0, 8))));
    }
}
