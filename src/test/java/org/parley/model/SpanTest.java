package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanTest {
    @Test
    void negativeBeginIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(-1, 4));
        assertEquals("span begin must be >= 0, got -1", e.getMessage());
    }

    @Test
    void endBeforeBeginIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 3));
        assertEquals("span end 3 is before its begin 5", e.getMessage());
    }

    @Test
    void emptySpanIsAllowed() {
        Span empty = new Span(7, 7);
        assertEquals(0, empty.length());
        assertEquals("", empty.of("Seoul and Tokyo"));
    }

    @Test
    void lengthIsEndMinusBegin() {
        assertEquals(5, new Span(10, 15).length());
    }

    @Test
    void containsInnerSpansAndItself() {
        Span outer = new Span(10, 20);
        assertTrue(outer.contains(outer));
        assertTrue(outer.contains(new Span(12, 18)));
        assertTrue(outer.contains(new Span(10, 12)), "sharing the begin");
        assertTrue(outer.contains(new Span(18, 20)), "sharing the end");
    }

    @Test
    void doesNotContainSpansThatStickOut() {
        Span outer = new Span(10, 20);
        assertFalse(outer.contains(new Span(9, 15)));
        assertFalse(outer.contains(new Span(15, 21)));
        assertFalse(outer.contains(new Span(5, 25)));
        assertFalse(outer.contains(new Span(30, 35)));
        assertFalse(new Span(12, 18).contains(outer), "containment is not symmetric");
    }

    @Test
    void overlappingSpansOverlapBothWays() {
        Span a = new Span(0, 5);
        Span b = new Span(4, 8);
        assertTrue(a.overlaps(b));
        assertTrue(b.overlaps(a));
        assertTrue(new Span(0, 10).overlaps(new Span(3, 4)), "nested");
        assertTrue(a.overlaps(a));
    }

    @Test
    void adjacentSpansDoNotOverlap() {
        Span a = new Span(0, 5);
        Span b = new Span(5, 8);
        assertFalse(a.overlaps(b), "half-open: character 5 belongs only to b");
        assertFalse(b.overlaps(a));
        assertFalse(a.overlaps(new Span(6, 9)));
    }

    @Test
    void unionCoversBothAndTheGapBetween() {
        assertEquals(new Span(2, 15), new Span(2, 5).union(new Span(10, 15)));
        assertEquals(new Span(2, 15), new Span(10, 15).union(new Span(2, 5)));
        assertEquals(new Span(0, 10), new Span(0, 10).union(new Span(3, 4)), "a nested span adds nothing");
        assertEquals(new Span(3, 9), new Span(3, 6).union(new Span(5, 9)));
    }

    @Test
    void ofCutsTheCharactersFromTheText() {
        String text = "Moon Jae-in visited Tokyo.";
        assertEquals("Moon Jae-in", new Span(0, 11).of(text));
        assertEquals("Tokyo", new Span(20, 25).of(text));
        assertEquals(".", new Span(25, 26).of(text));
    }

    @Test
    void ofBeyondTheTextFails() {
        assertThrows(IndexOutOfBoundsException.class, () -> new Span(20, 40).of("Moon Jae-in visited Tokyo."));
    }
}
