package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryMaskTest {
    @Test
    void theStoryIsTheCharactersUnderNCountedFromTheEnd() {
        StoryMask m = new StoryMask("^^*****NNN*SSS");
        assertEquals(Optional.of("001"), m.story("FRWD-001-001"));
        assertEquals(Optional.of("001"), m.story("FRWD-001-005"), "sentences of one story share the key");
        assertEquals(Optional.of("002"), m.story("FRWD-002-001"));
        assertEquals(Optional.of("123"), m.story("AB-123-999"), "laid over the end, whatever the prefix");
    }

    @Test
    void anIdTooShortNamesNoStory() {
        assertEquals(Optional.empty(), new StoryMask("NNN*SSS").story("12"));
        assertEquals(Optional.empty(), new StoryMask("NNN*SSS").story("1-001"));
    }

    @Test
    void aMaskIsOneWordWithStoryCharacters() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> new StoryMask("***SSS"));
        assertTrue(none.getMessage().contains("no story characters"), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StoryMask("NN SS"));
        assertThrows(IllegalArgumentException.class, () -> new StoryMask(" "));
    }
}
