package org.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestError;
import org.parley.store.EventStore;
import org.parley.testing.FakeStages;

class IngestServiceTest {
    @TempDir
    Path dir;

    private IngestService service() {
        ArticleReader reader = new ArticleReader();
        return new IngestService(reader, new ArticleProcessor(reader, FakeStages.pipeline(), 2));
    }

    @Test
    void storesOnceRecordsErrorsAndGoesOn() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "date 2025-01-01 One\n\nFirst body.");
        Files.writeString(dir.resolve("b.jsonl"), "{\"date\":\"2025-01-02\",\"text\":\"Second body.\"}\nnot json\n"
                + "{\"date\":\"2025-01-03\",\"text\":\"Third " + FakeStages.FAIL + "\"}\n");
        Files.writeString(dir.resolve("c.txt"), "");
        List<IngestError> errors = new ArrayList<>();
        try (EventStore store = EventStore.open(dir.resolve("db/events.duckdb"))) {
            IngestSummary first = service().ingest(List.of(dir.resolve("a.txt"), dir.resolve("b.jsonl"),
                    dir.resolve("c.txt")), store, "test", listener(errors));
            assertEquals(2, first.articles());
            assertEquals(3, first.errors());
            assertEquals(3, errors.size());
            assertTrue(errors.get(0).origin().endsWith("b.jsonl:2"), errors.get(0).toString());
            assertEquals(3, store.errors(10).size());

            IngestSummary second = service().ingest(List.of(dir.resolve("a.txt"), dir.resolve("b.jsonl")), store,
                    "again", IngestListener.SILENT);
            assertEquals(0, second.articles());
            assertEquals(2, second.duplicates());
            assertEquals(2, store.summary().articles(), "nothing stored twice");
        }
    }

    @Test
    void estimatesOneArticlePerFileAndOnePerJsonLine() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "date 2025-01-01 One\n\nBody.");
        Files.writeString(dir.resolve("b.jsonl"), "{\"date\":\"2025-01-02\",\"text\":\"x\"}\n\n{}\n{}\n");
        assertEquals(4, service().estimateArticles(List.of(dir)));
    }

    private static IngestListener listener(List<IngestError> errors) {
        return new IngestListener() {
            @Override
            public void started(long total) {
            }

            @Override
            public void progressed(long done, long total, IngestSummary soFar) {
            }

            @Override
            public void failed(IngestError error) {
                errors.add(error);
            }

            @Override
            public void finished(IngestSummary summary) {
            }
        };
    }
}
