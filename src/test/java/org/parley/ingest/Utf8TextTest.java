package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {

    private static String decode(byte[] bytes, long fileOffset) throws InputProblem {
        return Utf8Text.decode(bytes, bytes.length, fileOffset);
    }

    @Test
    void decodesMultiByteText() throws InputProblem {
        String text = "S Korea\u2019s Lee \u2014 \u6771\u4EAC \uD83D\uDE00";
        assertEquals(text, decode(text.getBytes(StandardCharsets.UTF_8), 0));
    }

    @Test
    void decodesOnlyTheGivenLength() throws InputProblem {
        assertEquals("abc", Utf8Text.decode("abc\r".getBytes(StandardCharsets.US_ASCII), 3, 0));
    }

    @Test
    void dropsALeadingByteOrderMarkOnlyAtTheStartOfTheFile() throws InputProblem {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertEquals("hi", decode(bytes, 0));
        assertEquals("\uFEFFhi", decode(bytes, 10));
    }

    @Test
    void reportsTheOffsetOfAnInvalidByte() {
        byte[] bytes = "abcdefghijklmnopq\u00FFrest".getBytes(StandardCharsets.ISO_8859_1);
        InputProblem problem = assertThrows(InputProblem.class, () -> decode(bytes, 0));
        assertEquals("not UTF-8 text (invalid byte at offset 17)", problem.reason());
        InputProblem shifted = assertThrows(InputProblem.class, () -> decode(bytes, 100));
        assertEquals("not UTF-8 text (invalid byte at offset 117)", shifted.reason());
    }

    @Test
    void reportsATruncatedSequenceAtTheEnd() {
        byte[] bytes = {'o', 'k', (byte) 0xE2, (byte) 0x80};
        InputProblem problem = assertThrows(InputProblem.class, () -> decode(bytes, 0));
        assertEquals("not UTF-8 text (invalid byte at offset 2)", problem.reason());
    }

    @Test
    void rejectsNulBytesAsBinary() {
        byte[] bytes = {'a', 'b', 0, 'c'};
        InputProblem problem = assertThrows(InputProblem.class, () -> decode(bytes, 0));
        assertEquals("binary data, not text (NUL byte at offset 2)", problem.reason());
    }

    @Test
    void namesUtf16() {
        byte[] bytes = "\uFEFFhello".getBytes(StandardCharsets.UTF_16LE);
        InputProblem problem = assertThrows(InputProblem.class, () -> decode(bytes, 0));
        assertEquals("not UTF-8 text (starts with a UTF-16 byte-order mark; convert it to UTF-8)", problem.reason());
    }
}
