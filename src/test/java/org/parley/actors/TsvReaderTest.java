package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The common layout of dictionary files, and its errors, which name the file and the line. */
class TsvReaderTest {
    private static final List<String> HEADER = List.of("a", "b");

    @Test
    void commentsAndBlankLinesAreSkippedAndLinesNumberedFromOne() {
        List<TsvRow> rows = TsvReader.read(Fixtures.text("# comment", "a\tb", "", "x\t y ", "  # indented comment",
                "p\t"), "f.tsv", HEADER);
        assertEquals(2, rows.size());
        assertEquals(List.of("x", "y"), rows.get(0).fields());
        assertEquals(4, rows.get(0).line());
        assertEquals(List.of("p", ""), rows.get(1).fields());
        assertEquals(6, rows.get(1).line());
    }

    @Test
    void wrongHeaderIsAnError() {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> TsvReader.read(Fixtures.text("# c", "a\tc", "x\ty"), "f.tsv", HEADER));
        assertEquals("f.tsv", e.file());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("f.tsv:2: header"), e.getMessage());
    }

    @Test
    void missingHeaderIsAnError() {
        assertThrows(DictionaryFormatException.class, () -> TsvReader.read(Fixtures.text("# only comments"), "f.tsv", HEADER));
    }

    @Test
    void wrongNumberOfColumnsIsAnErrorAtItsLine() {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> TsvReader.read(Fixtures.text("a\tb", "x\ty", "x y"), "f.tsv", HEADER));
        assertEquals(3, e.line());
        DictionaryFormatException extra = assertThrows(DictionaryFormatException.class,
                () -> TsvReader.read(Fixtures.text("a\tb", "x\ty\tz"), "f.tsv", HEADER));
        assertEquals(2, extra.line());
    }

    @Test
    void invalidUtf8IsAnError() {
        byte[] bytes = {'a', '\t', 'b', '\n', 'x', '\t', (byte) 0xC3, (byte) 0x28, '\n'};
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> TsvReader.read(new ByteArrayInputStream(bytes), "f.tsv", HEADER));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void rowAccessorsCheckTheirFields() {
        TsvRow row = new TsvRow("f.tsv", 7, List.of("a||b", "2024-02-30", "korGOV", ""));
        assertThrows(DictionaryFormatException.class, () -> row.list(0, "x"));
        assertThrows(DictionaryFormatException.class, () -> row.date(1, "d", false));
        assertThrows(DictionaryFormatException.class, () -> row.actor(2, "code"));
        assertThrows(DictionaryFormatException.class, () -> row.required(3, "r"));
        assertEquals(null, row.date(3, "d", true));
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> row.date(3, "d", false));
        assertEquals("f.tsv:7: column 'd' must hold a date YYYY-MM-DD", e.getMessage());
    }
}
