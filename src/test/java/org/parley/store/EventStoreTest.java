package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.store.Fixtures.DEC_20;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Attribution;
import org.parley.model.Event;
import org.parley.model.Granularity;
import org.parley.model.Location;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Status;
import org.parley.pipeline.CodedArticle;
import org.parley.pipeline.Versions;

class EventStoreTest {
    @TempDir
    Path dir;

    private static final Fixtures.Doc LEE = Fixtures.doc("lee-1", DEC_20, "Lee visits Tokyo",
            "South Korean President Lee Jae Myung visited Tokyo on Friday.",
            "Analysts say the two leaders agreed to meet again in January.");

    private static final Fixtures.Doc OTHER = Fixtures.doc("other-2", LocalDate.of(2025, 6, 1), "Drills",
            "US forces held drills near North Korea in 2019.");

    private static Event visit() {
        return LEE.event(1, "KORGOV", "JPNGOV", "042", Fixtures.day(LocalDate.of(2025, 12, 19)), Status.OCCURRED,
                null, new Location("Tokyo", "JPN", new Span(63, 68)), false);
    }

    private static Event meeting() {
        return LEE.event(2, "KORGOV", "JPNGOV", "036",
                Fixtures.interval("2026-01", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Granularity.MONTH,
                        "", "in January", new Span(140, 150)),
                Status.PLANNED, new Attribution("Analysts", "", "say", new Span(78, 86)), null, false);
    }

    private static Event drills() {
        return OTHER.event(1, "USAMIL", "PRKMIL", "190", Fixtures.year(2019), Status.OCCURRED, null, null, true);
    }

    @Test
    void storesAnArticleAndReadsItsEventsBackEqual() {
        try (EventStore store = EventStore.inMemory()) {
            long run = store.startRun("ingest test.jsonl");
            StoreResult result = store.store(run, LEE.coded(visit(), meeting()));

            assertEquals(new StoreResult.Stored(2), result);
            assertTrue(store.contains("lee-1"));
            assertFalse(store.contains("nope"));
            assertEquals(List.of(visit(), meeting()), store.events(EventQuery.all()));
            assertEquals(new StoreSummary(1, 2, 0, 1), store.summary());
        }
    }

    @Test
    void anArticleWithoutEventsIsStoredToo() {
        try (EventStore store = EventStore.inMemory()) {
            long run = store.startRun("t");
            assertEquals(new StoreResult.Stored(0), store.store(run, OTHER.coded()));
            assertTrue(store.contains("other-2"));
            assertEquals(List.of(), store.events(EventQuery.all()));
        }
    }

    @Test
    void aDuplicateArticleIsStoredOnce() {
        try (EventStore store = EventStore.inMemory()) {
            long run = store.startRun("first");
            assertEquals(StoreResult.Kind.STORED, store.store(run, LEE.coded(visit(), meeting())).kind());
            long again = store.startRun("second");
            // Same id, different content: still a duplicate, and the first version stays.
            StoreResult result = store.store(again, LEE.coded(visit()));

            assertInstanceOf(StoreResult.Duplicate.class, result);
            assertEquals(0, result.events());
            assertEquals(new StoreSummary(1, 2, 0, 2), store.summary());
            assertEquals(List.of(visit(), meeting()), store.events(EventQuery.all()));
        }
    }

    @Test
    void reIngestingTheSameFileStoresEachArticleOnce(@TempDir Path tmp) {
        Path db = tmp.resolve("events.duckdb");
        List<CodedArticle> file = List.of(LEE.coded(visit(), meeting()), OTHER.coded(drills()));
        try (EventStore store = EventStore.open(db)) {
            long run = store.startRun("ingest");
            file.forEach(a -> assertEquals(StoreResult.Kind.STORED, store.store(run, a).kind()));
        }
        try (EventStore store = EventStore.open(db)) {
            long run = store.startRun("ingest again");
            file.forEach(a -> assertEquals(StoreResult.Kind.DUPLICATE, store.store(run, a).kind()));
            assertEquals(new StoreSummary(2, 3, 0, 2), store.summary());
        }
    }

    @ParameterizedTest
    @EnumSource(WriteHook.Step.class)
    void aFailureMidwayLeavesNothingOfTheArticleAndIsRecorded(WriteHook.Step failAt) throws SQLException {
        Path db = dir.resolve("fail-" + failAt + ".duckdb");
        AtomicBoolean armed = new AtomicBoolean(true);
        WriteHook hook = step -> {
            if (step == failAt && armed.getAndSet(false)) {
                throw new SQLException("disk on fire after " + step);
            }
        };
        try (EventStore store = EventStore.open(db, hook)) {
            long run = store.startRun("t");
            // OTHER is stored by a second, hook-free handle on the same file first, so a stored article exists.
            try (EventStore clean = EventStore.open(db)) {
                assertEquals(StoreResult.Kind.STORED, clean.store(run, OTHER.coded(drills())).kind());
            }
            StoreResult result = store.store(run, LEE.coded(visit(), meeting()));

            StoreResult.Failed failed = assertInstanceOf(StoreResult.Failed.class, result);
            assertTrue(failed.reason().contains("disk on fire after " + failAt), failed.reason());
            assertTrue(failed.reason().contains("lee-1"), failed.reason());
            assertFalse(store.contains("lee-1"));
            assertEquals(List.of(drills()), store.events(EventQuery.all()));
            assertEquals(new StoreSummary(1, 1, 1, 1), store.summary());
            IngestErrorRow error = store.errors(10).get(0);
            assertEquals(run, error.runId());
            assertEquals("news.jsonl:lee-1", error.origin());
            assertEquals(failed.reason(), error.reason());
            assertEquals(0, Fixtures.count(db, "SELECT count(*) FROM sentences WHERE article_id = 'lee-1'"));
            assertEquals(0, Fixtures.count(db, "SELECT count(*) FROM events WHERE article_id = 'lee-1'"));
            assertEquals(2, Fixtures.count(db, "SELECT count(*) FROM sentences WHERE article_id = 'other-2'"));

            // Nothing of the failed attempt lingers: the same article stores cleanly on retry.
            assertEquals(new StoreResult.Stored(2), store.store(run, LEE.coded(visit(), meeting())));
            assertEquals(List.of(drills(), visit(), meeting()), store.events(EventQuery.all()));
        }
        assertEquals(3, Fixtures.count(db, "SELECT count(*) FROM sentences WHERE article_id = 'lee-1'"));
        assertEquals(2, Fixtures.count(db, "SELECT count(*) FROM events WHERE article_id = 'lee-1'"));
    }

    @Test
    void aConstraintViolationRollsBackTheArticleRow() throws SQLException {
        Path db = dir.resolve("constraint.duckdb");
        Sentence first = LEE.sentence(1);
        // Two sentences with index 1: the sentences primary key fails after the article row is inserted.
        List<Sentence> broken = List.of(LEE.sentence(0), first, Fixtures.sentence(1, first.span().end() + 1, "Again."));
        CodedArticle coded = new CodedArticle(new AnnotatedDocument(LEE.article(), broken), List.of(),
                List.of(visit()));
        try (EventStore store = EventStore.open(db)) {
            long run = store.startRun("t");
            assertEquals(StoreResult.Kind.STORED, store.store(run, OTHER.coded(drills())).kind());

            StoreResult.Failed failed = assertInstanceOf(StoreResult.Failed.class, store.store(run, coded));

            assertTrue(failed.reason().contains("inserting sentences"), failed.reason());
            assertFalse(store.contains("lee-1"));
            assertEquals(new StoreSummary(1, 1, 1, 1), store.summary());
            // The store still works after the failure.
            assertEquals(new StoreResult.Stored(2), store.store(run, LEE.coded(visit(), meeting())));
        }
        assertEquals(3, Fixtures.count(db, "SELECT count(*) FROM sentences WHERE article_id = 'lee-1'"));
    }

    @Test
    void anEventInASentenceTheArticleDoesNotHaveFails() {
        try (EventStore store = EventStore.inMemory()) {
            long run = store.startRun("t");
            Event misplaced = OTHER.event(1, "USA", "PRK", "190", Fixtures.year(2019), Status.OCCURRED);
            Event elsewhere = new Event(LEE.article().id(), 5, misplaced.source(), misplaced.target(),
                    misplaced.cameo(), misplaced.date(), misplaced.status(), misplaced.statusCue(), null, false,
                    null, misplaced.evidence());

            StoreResult.Failed failed = assertInstanceOf(StoreResult.Failed.class,
                    store.store(run, LEE.coded(visit(), elsewhere)));

            assertTrue(failed.reason().contains("sentence 5"), failed.reason());
            assertFalse(store.contains("lee-1"));
            assertEquals(1, store.errors(5).size());
        }
    }

    @Test
    void anEventOfAnotherArticleFails() {
        try (EventStore store = EventStore.inMemory()) {
            long run = store.startRun("t");
            StoreResult result = store.store(run, LEE.coded(visit(), drills()));
            StoreResult.Failed failed = assertInstanceOf(StoreResult.Failed.class, result);
            assertTrue(failed.reason().contains("belongs to article other-2"), failed.reason());
            assertEquals(new StoreSummary(0, 0, 1, 1), store.summary());
        }
    }

    @Test
    void storingUnderAnUnknownRunIsRefused() {
        try (EventStore store = EventStore.inMemory()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.store(42, LEE.coded()));
            assertTrue(e.getMessage().contains("no run 42"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> store.recordError(42, "x", "y"));
            assertThrows(IllegalArgumentException.class, () -> store.finishRun(42, 0, 0, 0));
        }
    }

    @Test
    void errorsAreListedNewestFirstUpToTheLimit() {
        try (EventStore store = EventStore.inMemory()) {
            long run = store.startRun("t");
            Instant before = Instant.now();
            for (int i = 1; i <= 3; i++) {
                store.recordError(run, "news.jsonl:" + i, "bad json " + i);
            }
            List<IngestErrorRow> errors = store.errors(2);

            assertEquals(List.of("news.jsonl:3", "news.jsonl:2"), errors.stream().map(IngestErrorRow::origin).toList());
            assertEquals("bad json 3", errors.get(0).reason());
            assertEquals(run, errors.get(0).runId());
            assertFalse(errors.get(0).at().isBefore(before.minusSeconds(1)));
            assertTrue(Duration.between(errors.get(0).at(), Instant.now()).abs().getSeconds() < 60);
            assertEquals(3, store.errors(10).size());
            assertThrows(IllegalArgumentException.class, () -> store.errors(0));
        }
    }

    @Test
    void runsRecordVersionsAndFinalCounts() {
        try (EventStore store = EventStore.inMemory()) {
            long first = store.startRun("ingest a.jsonl");
            long second = store.startRun("ingest b.jsonl");
            store.finishRun(first, 10, 2, 31);
            List<RunRow> runs = store.runs();

            assertEquals(List.of(1L, 2L), runs.stream().map(RunRow::runId).toList());
            assertEquals(List.of(first, second), runs.stream().map(RunRow::runId).toList());
            RunRow done = runs.get(0);
            assertEquals("ingest a.jsonl", done.command());
            assertEquals(Versions.CODE, done.codeVersion());
            assertEquals(Versions.DICTIONARIES, done.dictionaryVersion());
            assertTrue(done.finished());
            assertFalse(done.finishedAt().isBefore(done.startedAt()));
            assertEquals(10L, done.articlesOk());
            assertEquals(2L, done.articlesFailed());
            assertEquals(31L, done.events());
            RunRow open = runs.get(1);
            assertFalse(open.finished());
            assertNull(open.articlesOk());
            assertNull(open.events());
            assertThrows(IllegalArgumentException.class, () -> store.finishRun(first, -1, 0, 0));
        }
    }

    @Test
    void runIdsContinueAfterReopening() {
        Path db = dir.resolve("runs.duckdb");
        try (EventStore store = EventStore.open(db)) {
            assertEquals(1, store.startRun("a"));
        }
        try (EventStore store = EventStore.open(db)) {
            assertEquals(2, store.startRun("b"));
            assertEquals(2, store.summary().runs());
        }
    }

    @Test
    void aClosedStoreRefusesWorkAndClosesTwiceQuietly() {
        EventStore store = EventStore.inMemory();
        store.close();
        store.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, store::summary);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> store.startRun("x"));
    }

    @Test
    void inMemoryStoresAreSeparate() {
        try (EventStore a = EventStore.inMemory(); EventStore b = EventStore.inMemory()) {
            a.store(a.startRun("t"), OTHER.coded(drills()));
            assertTrue(a.contains("other-2"));
            assertFalse(b.contains("other-2"));
        }
    }

    /**
     * What DuckDB does when one process opens the same file twice: the JDBC driver shares one database instance,
     * so both handles work and see each other's committed writes, and closing one leaves the other open.
     */
    @Test
    void theSameFileOpenedTwiceInOneProcessIsShared() {
        Path db = dir.resolve("twice.duckdb");
        try (EventStore first = EventStore.open(db)) {
            long run;
            try (EventStore second = EventStore.open(db)) {
                run = first.startRun("t");
                assertEquals(StoreResult.Kind.STORED, first.store(run, LEE.coded(visit())).kind());
                assertTrue(second.contains("lee-1"));
                assertEquals(StoreResult.Kind.DUPLICATE, second.store(run, LEE.coded(visit())).kind());
                assertEquals(StoreResult.Kind.STORED, second.store(run, OTHER.coded(drills())).kind());
            }
            assertTrue(first.contains("other-2"));
            assertEquals(new StoreSummary(2, 2, 0, 1), first.summary());
        }
    }

    @Test
    void manyArticlesKeepTheirEventsApart() {
        try (EventStore store = EventStore.inMemory()) {
            long run = store.startRun("t");
            List<Event> expected = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Fixtures.Doc d = Fixtures.doc(String.format("art-%02d", i), DEC_20, "T" + i, "Body " + i + ".");
                Event e = d.event(1, "KORGOV", "USA", "042", Fixtures.day(DEC_20.minusDays(i)), Status.OCCURRED);
                assertEquals(new StoreResult.Stored(1), store.store(run, d.coded(e)));
                expected.add(0, e); // earlier dates first
            }
            assertEquals(expected, store.events(EventQuery.all()));
            assertNotNull(store.toString());
        }
    }
}
