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

    @Test
    void dropsALeadingBylineLine() {
        assertEquals("Talks resumed on Monday.", TextShape.body("By Staff, Agencies\n\nTalks resumed on Monday."));
        assertEquals("Talks resumed.", TextShape.body("BY JANE DOE AND JOHN ROE\nTalks resumed."));
    }

    @Test
    void keepsAFirstSentenceThatMerelyStartsWithBy() {
        String text = "By Monday the talks had collapsed.\n\nBoth sides left.";
        assertEquals(text, TextShape.body(text));
        assertEquals("By the sea", TextShape.body("By the sea"), "a one-line body is never a byline");
    }
}
