package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.pipeline.CodedArticle;
import org.parley.store.EventStore;
import org.parley.testing.SampleEvents;

/** {@code parley events} on a store built by hand: no NLP needed. */
class EventsCommandTest {
    @TempDir
    Path dir;

    private Path store() {
        Path db = dir.resolve("events.duckdb");
        try (EventStore store = EventStore.open(db)) {
            long run = store.startRun("test");
            var talks = SampleEvents.talks();
            String text = talks.evidence().sentenceText();
            Article article = new Article("a1", java.time.LocalDate.of(2025, 12, 27), "", text, "", "", "t");
            Sentence sentence = new Sentence(5, new Span(0, text.length()), text, List.of(), List.of(), List.of(), List.of());
            store.store(run, new CodedArticle(new AnnotatedDocument(article, List.of(sentence)), List.of(), List.of(talks)));
        }
        return db;
    }

    @Test
    void printsMatchingEventsAsJsonLines() throws Exception {
        CliRun r = CliRun.of("events", "--db", store().toString(), "--dyad", "CHN,KOR", "--format", "jsonl");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size());
        assertEquals("046", new ObjectMapper().readTree(lines.get(0)).at("/cameo/code").asText());
    }

    @Test
    void filtersOnTheEventDate() {
        Path db = store();
        assertEquals(1, csvRows(CliRun.of("events", "--db", db.toString(), "--from", "2025-12-20", "--format", "csv")));
        assertEquals(0, csvRows(CliRun.of("events", "--db", db.toString(), "--from", "2025-12-22", "--format", "csv")),
                "an event of week 51 ended on 2025-12-21");
        assertEquals(0, csvRows(CliRun.of("events", "--db", db.toString(), "--status", "planned", "--format", "csv")));
    }

    /** Data rows of CSV output: records end with CRLF (a quoted cell may hold a bare LF). */
    private static long csvRows(CliRun r) {
        return r.out().split("\r\n", -1).length - 2;
    }

    @Test
    void badFiltersGetClearErrors() {
        Path db = store();
        CliRun backwards = CliRun.of("events", "--db", db.toString(), "--from", "2025-12-31", "--to", "2025-01-01");
        assertEquals(2, backwards.exit());
        assertTrue(backwards.err().contains("after"), backwards.err());
        CliRun badDate = CliRun.of("events", "--db", db.toString(), "--from", "2025-13-45");
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("'2025-13-45' is not a date"), badDate.err());
        CliRun badStatus = CliRun.of("events", "--db", db.toString(), "--status", "rumoured");
        assertTrue(badStatus.err().contains("unknown status 'rumoured'"), badStatus.err());
        CliRun badFormat = CliRun.of("events", "--db", db.toString(), "--format", "xml");
        assertTrue(badFormat.err().contains("unknown format 'xml'"), badFormat.err());
        CliRun noStore = CliRun.of("events", "--db", dir.resolve("none.duckdb").toString());
        assertEquals(2, noStore.exit());
        assertTrue(noStore.err().contains("no event store at"), noStore.err());
    }

    @Test
    void ingestRejectsABadClusterSlackBeforeLoadingAnything() {
        CliRun r = CliRun.of("ingest", "--db", dir.resolve("x.duckdb").toString(), "--cluster-slack", "-3",
                dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cluster slack must be 0..366 days"), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"code", "ingest", "events", "annotate", "demo", "bench", "check"}) {
            CliRun r = CliRun.of(command, "--help");
            assertEquals(0, r.exit(), command);
            assertTrue(r.out().contains("Usage: parley " + command), r.out());
        }
    }
}
