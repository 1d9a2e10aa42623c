package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lines in capitals, told apart from ordinary text and truecased with offsets kept. */
class AllCapsTextTest {
    @Test
    void onlyALineOfSeveralWordsNearlyAllInCapitalsCounts() {
        assertTrue(AllCapsText.isAllCaps("NORTH KOREA FIRES BALLISTIC MISSILE INTO SEA OF JAPAN, SOUTH KOREAN MILITARY SAYS"));
        assertTrue(AllCapsText.isAllCaps("U.S. TROOPS LEAVE IRAQ'S BASES"), "punctuation and digits do not count");
        assertTrue(AllCapsText.isAllCaps("TURKEY SENDS TROOPS TO SYRIA AS PUTIN WARNS OF NEW SANCTIONS, ANKARA SAYs"),
                "one slip of the keyboard");
        assertFalse(AllCapsText.isAllCaps("NATO, the EU and the UN met in Brussels on Monday."), "acronyms in a sentence");
        assertFalse(AllCapsText.isAllCaps("Arnor Restores Full Diplomatic Ties With Gondor"), "a headline in title case");
        assertFalse(AllCapsText.isAllCaps("BREAKING NEWS"), "a label of two words");
        assertFalse(AllCapsText.isAllCaps("2025-01-01 12:00 -- 3 4 5"), "no letters");
    }

    @Test
    void ordinaryTextIsLeftAsItIsWithoutLoadingTheModel() {
        AllCapsText caps = new AllCapsText(() -> {
            throw new AssertionError("the model must not load for ordinary text");
        });
        String text = "Iran said on Monday that it would resume talks.\n\nBREAKING NEWS\nThe UN welcomed it.";
        assertSame(text, caps.apply(text));
        assertFalse(caps.isLoaded());
        assertThrows(NullPointerException.class, () -> caps.apply(null));
    }

    @Test
    void aNewsLineInCapitalsIsTruecasedAndEveryOffsetKept() {
        AllCapsText caps = new AllCapsText();
        String title = "NORTH KOREA FIRES BALLISTIC MISSILE INTO SEA OF JAPAN, SOUTH KOREAN MILITARY SAYS";
        String body = "Seoul's Joint Chiefs of Staff said the missile was launched on Tuesday.";
        String text = title + "\n\n" + body;
        String cased = caps.apply(text);
        assertTrue(caps.isLoaded());
        assertEquals(text.length(), cased.length());
        assertTrue(cased.equalsIgnoreCase(text), "only the case changes: " + cased);
        assertTrue(cased.endsWith("\n\n" + body), "the line in ordinary case is untouched: " + cased);
        String line = cased.substring(0, title.length());
        assertTrue(line.startsWith("North Korea fires"), line);
        assertTrue(line.contains("missile into"), line);
        assertTrue(line.contains("South Korean military says"), line);
    }
}
