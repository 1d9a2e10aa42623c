package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IngestErrorTest {

    @Test
    void messageIsOriginColonReason() {
        IngestError error = IngestError.of(Path.of("news.txt"), "file is empty");
        assertEquals("news.txt", error.origin());
        assertEquals("news.txt: file is empty", error.message());
        assertEquals(error.message(), error.toString());
    }

    @Test
    void lineErrorsNameTheLine() {
        IngestError error = IngestError.at(Path.of("dir", "a.jsonl"), 3, "not valid JSON: oops");
        assertEquals(Path.of("dir", "a.jsonl") + ":3", error.origin());
        assertEquals(Path.of("dir", "a.jsonl") + ":3: not valid JSON: oops", error.message());
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> IngestError.at(Path.of("a.jsonl"), 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> new IngestError(" ", "x"));
        assertThrows(IllegalArgumentException.class, () -> new IngestError("a.txt", ""));
        assertThrows(NullPointerException.class, () -> new IngestError("a.txt", null));
    }
}
