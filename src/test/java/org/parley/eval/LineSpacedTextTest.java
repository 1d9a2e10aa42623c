package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineSpacedTextTest {
    @Test
    void doublesLineBreaksAndMapsOffsets() {
        LineSpacedText t = new LineSpacedText("Title\nDate line\nBody here.");
        assertEquals("Title\n\nDate line\n\nBody here.", t.text());
        assertEquals(0, t.map(0));
        assertEquals(7, t.map(6), "'D' moves by one");
        assertEquals("Body", t.text().substring(t.map(16), t.map(20)));
        assertEquals(t.text().length(), t.map(26), "the end maps to the end");
    }
}
