package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;
import org.parley.model.Token;

class TokenKeysTest {
    @Test
    void keysFoldCaseDiacriticsAndCurlyApostrophes() {
        assertEquals("erdogan", TokenKeys.key("Erdoğan"));
        assertEquals("korea's", TokenKeys.key("Korea’s"));
        assertEquals("'s", TokenKeys.key("’s"));
        assertEquals("u.s.", TokenKeys.key("U.S."));
        assertEquals("cote", TokenKeys.key("Côte"));
    }

    @Test
    void dictionaryPhrasesSplitOffThePossessive() {
        assertEquals(List.of("People", "'s", "Republic", "of", "China"), TokenKeys.tokens("People's Republic of China"));
        assertEquals(List.of("workers", "'s", "party"), TokenKeys.keys("Workers’s Party"));
        assertEquals(List.of("u.s.", "officials"), TokenKeys.keys("  U.S.   officials "));
    }

    @Test
    void possessiveMarkers() {
        assertTrue(TokenKeys.isPossessive(token("’s", "POS")));
        assertTrue(TokenKeys.isPossessive(token("'s", "POS")));
        assertTrue(TokenKeys.isPossessive(token("’", "POS")));
        assertFalse(TokenKeys.isPossessive(token("’", "''")));
        assertFalse(TokenKeys.isPossessive(token("is", "VBZ")));
    }

    @Test
    void caseCompatibility() {
        assertTrue(TokenKeys.caseCompatible("US", "US"));
        assertFalse(TokenKeys.caseCompatible("US", "us"));
        assertFalse(TokenKeys.caseCompatible("WHO", "Who"));
        assertTrue(TokenKeys.caseCompatible("U.S.", "U.S."));
        assertTrue(TokenKeys.caseCompatible("Turkey", "Turkey"));
        assertTrue(TokenKeys.caseCompatible("Turkey", "TURKEY"));
        assertFalse(TokenKeys.caseCompatible("Turkey", "turkey"));
        assertTrue(TokenKeys.caseCompatible("al-Qaeda", "Al-Qaeda"));
        assertTrue(TokenKeys.caseCompatible("president", "President"));
        assertTrue(TokenKeys.caseCompatible("Nato", "NATO"));
    }

    private static Token token(String word, String pos) {
        return new Token(0, word, word, pos, "O", new Span(0, word.length()));
    }
}
