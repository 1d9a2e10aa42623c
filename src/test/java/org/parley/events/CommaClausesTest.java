package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommaClausesTest {
    @Test
    void aRangeHoldsBothEnds() {
        CommaClauses.Range r = new CommaClauses.Range(2, 8);
        assertFalse(r.holds(1));
        assertTrue(r.holds(2));
        assertTrue(r.holds(8));
        assertFalse(r.holds(9));
        assertFalse(r.isEmpty());
    }

    @Test
    void aZeroMaximumOrAMaximumBelowTheMinimumHoldsNothing() {
        assertTrue(new CommaClauses.Range(4, 0).isEmpty(), "PETRARCH turns a kind off with max 0");
        assertTrue(new CommaClauses.Range(255, 0).isEmpty(), "TABARI's BMIN = 255 BMAX = 0");
        assertTrue(new CommaClauses.Range(5, 3).isEmpty());
        for (int words = 0; words < 300; words++) {
            assertFalse(new CommaClauses.Range(255, 0).holds(words));
        }
        assertFalse(new CommaClauses.Range(0, 3).holds(0), "an empty piece is never a phrase");
    }

    @Test
    void offLeavesNothingOutAndThePeerDefaultsLeaveOutMiddleAndEndPhrases() {
        assertFalse(CommaClauses.OFF.active());
        assertTrue(CommaClauses.PEER_DEFAULTS.active());
        assertTrue(CommaClauses.PEER_DEFAULTS.middle().holds(8));
        assertTrue(CommaClauses.PEER_DEFAULTS.end().holds(2));
        assertTrue(CommaClauses.PEER_DEFAULTS.begin().isEmpty());
        assertTrue(CommaClauses.OFF.withBegin(new CommaClauses.Range(3, 6)).active());
    }

    @Test
    void rejectsNegativeLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CommaClauses.Range(-1, 4));
        assertTrue(e.getMessage().contains("comma clause"), e.getMessage());
        assertThrows(NullPointerException.class, () -> new CommaClauses(null, CommaClauses.Range.NONE,
                CommaClauses.Range.NONE));
    }
}
