package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {

    @Test
    void dateLineMeansCorpusLine() {
        assertEquals(InputFormat.CORPUS_LINE, FormatDetector.detect("date 2025-12-27 Title\nBody"));
        assertEquals(InputFormat.CORPUS_LINE, FormatDetector.detect("date 2025-12-27\nBody"));
    }

    @Test
    void leadingBlankLinesSpacesAndByteOrderMarkAreIgnored() {
        assertEquals(InputFormat.CORPUS_LINE, FormatDetector.detect("\n\n date 2025-12-27 Title\nBody"));
        assertEquals(InputFormat.CORPUS_LINE, FormatDetector.detect("\uFEFFdate 2025-12-27 Title\nBody"));
        assertEquals(InputFormat.JSON_LINES, FormatDetector.detect("\r\n  \t{\"date\": \"2025-12-27\"}"));
    }

    @Test
    void badButDateLikeDatesStillMeanCorpusLine() {
        // So that the reader reports the bad date instead of reading the line as prose.
        assertEquals(InputFormat.CORPUS_LINE, FormatDetector.detect("date 2025-13-45 Title\nBody"));
        assertEquals(InputFormat.CORPUS_LINE, FormatDetector.detect("date 27/12/2025 Title\nBody"));
    }

    @Test
    void theWordDateAloneIsProse() {
        assertEquals(InputFormat.PLAIN_TEXT, FormatDetector.detect("date of the summit is not fixed.\nBody"));
        assertEquals(InputFormat.PLAIN_TEXT, FormatDetector.detect("date\n2025-12-27"));
        assertEquals(InputFormat.PLAIN_TEXT, FormatDetector.detect("Update 2025-12-27: talks resume"));
    }

    @Test
    void openingBraceMeansJsonLines() {
        assertEquals(InputFormat.JSON_LINES, FormatDetector.detect("{\"date\": \"2025-12-27\", \"text\": \"x\"}"));
    }

    @Test
    void anythingElseIsPlainText() {
        assertEquals(InputFormat.PLAIN_TEXT, FormatDetector.detect("Protesters gathered on Monday."));
        assertEquals(InputFormat.PLAIN_TEXT, FormatDetector.detect(""));
    }

    @Test
    void contentWinsOverTheExtension() {
        assertEquals(InputFormat.JSON_LINES, FormatDetector.detect("{\"date\": \"2025-12-27\"}", "news.txt"));
        assertEquals(InputFormat.CORPUS_LINE, FormatDetector.detect("date 2025-12-27 T\nBody", "news.jsonl"));
    }

    @Test
    void jsonlExtensionDecidesWhenContentDoesNot() {
        assertEquals(InputFormat.JSON_LINES, FormatDetector.detect("[1, 2, 3]", "news.JSONL"));
        assertEquals(InputFormat.JSON_LINES, FormatDetector.detect("garbage", "news.ndjson"));
        assertEquals(InputFormat.PLAIN_TEXT, FormatDetector.detect("garbage", "news.json"));
    }

    @Test
    void detectsAFileFromItsContent(@TempDir Path dir) throws IOException {
        Path records = Files.writeString(dir.resolve("records.txt"), "{\"date\": \"2025-12-27\", \"text\": \"x\"}\n");
        Path corpus = Files.writeString(dir.resolve("story"), "date 2025-12-27 Title\nBody\n");
        assertEquals(InputFormat.JSON_LINES, FormatDetector.detect(records));
        assertEquals(InputFormat.CORPUS_LINE, FormatDetector.detect(corpus));
    }
}
