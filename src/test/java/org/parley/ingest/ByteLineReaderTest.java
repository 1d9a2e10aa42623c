package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteLineReaderTest {

    private static ByteLineReader reader(String content, long max) {
        return new ByteLineReader(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), max);
    }

    @Test
    void numbersLinesAndTracksOffsets() throws IOException {
        ByteLineReader lines = reader("ab\n\ncde", 100);
        ByteLineReader.Line first = lines.next();
        assertEquals(1, first.number());
        assertEquals(0, first.offset());
        assertArrayEquals("ab".getBytes(StandardCharsets.UTF_8), first.bytes());
        ByteLineReader.Line second = lines.next();
        assertEquals(2, second.number());
        assertEquals(3, second.offset());
        assertEquals(0, second.length());
        ByteLineReader.Line third = lines.next();
        assertEquals(3, third.number());
        assertEquals(4, third.offset());
        assertArrayEquals("cde".getBytes(StandardCharsets.UTF_8), third.bytes());
        assertNull(lines.next());
        assertNull(lines.next());
    }

    @Test
    void aFinalNewlineDoesNotMakeAnExtraLine() throws IOException {
        ByteLineReader lines = reader("one\ntwo\n", 100);
        assertEquals(1, lines.next().number());
        assertEquals(2, lines.next().number());
        assertNull(lines.next());
    }

    @Test
    void contentLengthLeavesOutTheCarriageReturn() throws IOException {
        ByteLineReader.Line line = reader("abc\r\nd", 100).next();
        assertEquals(4, line.length());
        assertEquals(3, line.contentLength());
    }

    @Test
    void skipsOverLongLinesAndCarriesOn() throws IOException {
        // Longer than the internal buffer, so the skipping has to span several reads.
        String longLine = "x".repeat(200_000);
        ByteLineReader lines = reader("short\n" + longLine + "\nafter\n", 1000);
        assertFalse(lines.next().oversize());
        ByteLineReader.Line skipped = lines.next();
        assertTrue(skipped.oversize());
        assertEquals(200_000, skipped.length());
        assertEquals(2, skipped.number());
        ByteLineReader.Line after = lines.next();
        assertEquals(3, after.number());
        assertEquals(6 + 200_001, after.offset());
        assertArrayEquals("after".getBytes(StandardCharsets.UTF_8), after.bytes());
    }

    @Test
    void aLineExactlyAtTheLimitIsKept() throws IOException {
        assertFalse(reader("12345\n", 5).next().oversize());
        assertTrue(reader("123456\n", 5).next().oversize());
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> reader("", 0));
    }
}
