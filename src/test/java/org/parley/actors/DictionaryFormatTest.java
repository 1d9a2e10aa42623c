package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Telling the dictionary formats apart from a file's content. */
class DictionaryFormatTest {
    @Test
    void eachFixtureIsRecognised() throws IOException {
        assertEquals(DictionaryFormat.PETRARCH, detect("petrarch-mini.actors.txt"));
        assertEquals(DictionaryFormat.PETRARCH, detect("petrarch-mini.agents.txt"));
        assertEquals(DictionaryFormat.TABARI, detect("tabari-mini.actors"), "<NOUN> list");
        assertEquals(DictionaryFormat.TABARI, detect("tabari-mini.agents"), "comments after ; only");
        assertEquals(DictionaryFormat.PARLEY, detect("countries-mini.tsv"));
        assertEquals(DictionaryFormat.PARLEY, detect("agents-mini.tsv"));
        assertEquals(DictionaryFormat.PARLEY, detect("people-mini.tsv"));
    }

    @Test
    void aHashAfterTextMakesItPetrarchAndTabariMarksWin() {
        assertEquals(DictionaryFormat.PETRARCH, DictionaryFormat.detect(List.of("A [B] ; old", "C [D] # new")));
        assertEquals(DictionaryFormat.TABARI, DictionaryFormat.detect(List.of("A_ [B] ;x", "# a comment line", "C_ [D]")));
        assertEquals(DictionaryFormat.TABARI, DictionaryFormat.detect(List.of("A [B] # x", "~~FINISH")));
        assertEquals(DictionaryFormat.PETRARCH, DictionaryFormat.detect(List.of("A [B]")), "nothing says TABARI");
        assertEquals(DictionaryFormat.PETRARCH, DictionaryFormat.detect(List.of("# code\tname", "x")),
                "a header is the first line that is not a comment");
    }

    @Test
    void namesParseInAnyCase() {
        assertEquals(DictionaryFormat.PETRARCH, DictionaryFormat.parse(" Petrarch"));
        assertEquals(DictionaryFormat.PARLEY, DictionaryFormat.parse("parley"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DictionaryFormat.parse("xml"));
        assertTrue(e.getMessage().contains("expected parley, petrarch or tabari"), e.getMessage());
    }

    private static DictionaryFormat detect(String fixture) throws IOException {
        return DictionaryFormat.detect(Files.readAllLines(Fixtures.path(fixture)));
    }
}
