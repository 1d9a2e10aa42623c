package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextShapeTest {

    @Test
    void normalizesLineEndsToLf() {
        assertEquals("one\ntwo\n\nthree", TextShape.body("one\r\ntwo\r\n\r\nthree\r\n"));
        assertEquals("one\ntwo", TextShape.body("one\rtwo"));
    }

    @Test
    void stripsBlankLinesAtTheEndsAndKeepsOneBlankLineBetweenParagraphs() {
        assertEquals("first\n\nsecond", TextShape.body("\n \n\t\nfirst\n\n   \n\n\nsecond\n\n\n"));
    }

    @Test
    void dropsTrailingSpacesButKeepsIndentation() {
        assertEquals("  quoted line\nnext", TextShape.body("  quoted line   \nnext\t"));
    }

    @Test
    void blankInputGivesEmptyBody() {
        assertEquals("", TextShape.body(" \r\n\t\n "));
    }

    @Test
    void titleIsOneLine() {
        assertEquals("Talks resume in Doha", TextShape.title("  Talks\r\nresume \t in\u00A0Doha "));
        assertEquals("", TextShape.title("   "));
    }
}
