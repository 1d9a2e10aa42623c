package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtestWordsTest {
    private static ProtestWords read(String text) throws IOException {
        return ProtestWords.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.txt");
    }

    @Test
    void readsVerbsNounsAndModifiedNouns() throws IOException {
        ProtestWords w = read("# comment\n141 march\n143 @strike  # a labour strike\n142 @hunger strike\n");
        assertEquals(3, w.entries().size());
        assertEquals("141", w.find("march", false, List.of()).orElseThrow().code());
        assertTrue(w.find("march", true, List.of()).isEmpty(), "the verb entry is no noun entry");
        assertEquals("143", w.find("strike", true, List.of("general")).orElseThrow().code());
        assertEquals("142", w.find("Strike", true, List.of("hunger")).orElseThrow().code());
        assertEquals("test.txt:3", w.find("strike", true, List.of()).orElseThrow().id());
        assertTrue(w.has("Strike"));
        assertFalse(w.has("hunger"), "a modifier alone is no protest word");
    }

    @Test
    void aBadLineNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("141 march\n190 attack\n"));
        assertTrue(e.getMessage().startsWith("test.txt:2: "), e.getMessage());
        assertTrue(e.getMessage().contains("14x"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read("141 hunger strike\n"));
        assertThrows(IllegalArgumentException.class, () -> read("141\n"));
    }

    @Test
    void theBuiltInListCoversProtestsStrikesAndRiots() {
        ProtestWords w = ProtestWords.builtIn();
        assertFalse(w.isEmpty());
        assertEquals("141", w.find("protest", false, List.of()).orElseThrow().code());
        assertEquals("143", w.find("strike", true, List.of()).orElseThrow().code());
        assertEquals("145", w.find("riot", false, List.of()).orElseThrow().code());
        assertTrue(w.find("strike", false, List.of()).isEmpty(), "the verb 'strike' is an attack, not a protest");
        assertTrue(ProtestWords.NONE.isEmpty());
    }
}
