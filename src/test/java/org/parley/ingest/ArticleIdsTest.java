package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void isTheSha256OfTheNormalizedText() {
        // SHA-256("hello world"), a published test value.
        assertEquals("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
                ArticleIds.of("", "  hello \t\r\n  world \n"));
    }

    @Test
    void joinsTitleAndBodyBeforeHashing() {
        assertEquals("Title Body", ArticleIds.normalize("Title", "Body"));
        assertEquals(ArticleIds.of("", "Title Body"), ArticleIds.of("Title", "Body"));
    }

    @Test
    void isLowercaseHexOf64Digits() {
        assertTrue(ArticleIds.of("A title", "A body.").matches("[0-9a-f]{64}"));
    }

    @Test
    void ignoresLineEndingsTrailingSpacesAndRewrapping() {
        String id = ArticleIds.of("Talks end", "First paragraph.\n\nSecond one.");
        assertEquals(id, ArticleIds.of("Talks end", "First paragraph.\r\n\r\nSecond one.\r\n"));
        assertEquals(id, ArticleIds.of("Talks  end ", "First   paragraph.   \n\n\n\nSecond\none."));
        assertEquals(id, ArticleIds.of("Talks\u00A0end", "First paragraph.\u2003\nSecond one."));
    }

    @Test
    void treatsComposedAndDecomposedAccentsAlike() {
        assertEquals(ArticleIds.of("", "Caf\u00E9 talks"), ArticleIds.of("", "Cafe\u0301 talks"));
    }

    @Test
    void differsWhenTheWordsDiffer() {
        assertNotEquals(ArticleIds.of("Talks end", "Body."), ArticleIds.of("Talks ended", "Body."));
        assertNotEquals(ArticleIds.of("", "Body."), ArticleIds.of("", "body."));
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> ArticleIds.of(null, "body"));
        assertThrows(NullPointerException.class, () -> ArticleIds.of("title", null));
    }
}
