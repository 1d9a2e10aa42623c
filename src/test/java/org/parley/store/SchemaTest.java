package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Status;

class SchemaTest {
    @TempDir
    Path dir;

    private static final String TABLES = "SELECT table_name FROM information_schema.tables"
            + " WHERE table_schema = 'main' ORDER BY table_name";

    @Test
    void aNewStoreHasAllTablesAndTheCurrentVersion() throws SQLException {
        Path db = dir.resolve("new.duckdb");
        EventStore.open(db).close();

        assertEquals(List.of("articles", "clusters", "events", "ingest_errors", "runs", "schema_info", "sentences"),
                Fixtures.strings(db, TABLES));
        assertEquals(List.of(String.valueOf(Schema.VERSION)), Fixtures.strings(db, "SELECT version FROM schema_info"));
    }

    @Test
    void reopeningKeepsDataAndDoesNotRecreateTheSchema() throws SQLException {
        Path db = dir.resolve("reopen.duckdb");
        Fixtures.Doc doc = Fixtures.doc("a", LocalDate.of(2025, 1, 2), "T", "Body.");
        try (EventStore store = EventStore.open(db)) {
            long run = store.startRun("t");
            store.store(run, doc.coded(doc.event(1, "KOR", "USA", "042", Fixtures.day(doc.article().date()),
                    Status.OCCURRED)));
        }
        for (int i = 0; i < 2; i++) {
            try (EventStore store = EventStore.open(db)) {
                assertEquals(new StoreSummary(1, 1, 0, 1), store.summary());
            }
        }
        assertEquals(1, Fixtures.count(db, "SELECT count(*) FROM schema_info"));
    }

    @Test
    void aNewerSchemaVersionIsRefused() throws SQLException {
        Path db = dir.resolve("newer.duckdb");
        EventStore.open(db).close();
        Fixtures.execute(db, "UPDATE schema_info SET version = 99");

        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(db));

        assertTrue(e.getMessage().contains("version 99, newer than the version " + Schema.VERSION), e.getMessage());
        assertTrue(e.getMessage().contains(db.getFileName().toString()), e.getMessage());
        // The refusal released the file: it can be opened (and is unchanged).
        assertEquals(1, Fixtures.count(db, "SELECT count(*) FROM schema_info WHERE version = 99"));
    }

    @Test
    void anOlderSchemaVersionIsRefusedForLackOfAMigration() throws SQLException {
        Path db = dir.resolve("older.duckdb");
        EventStore.open(db).close();
        Fixtures.execute(db, "UPDATE schema_info SET version = 0");

        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(db));
        assertTrue(e.getMessage().contains("older"), e.getMessage());
    }

    @Test
    void aDatabaseWithClashingTablesButNoSchemaInfoIsRefused() throws SQLException {
        Path db = dir.resolve("foreign.duckdb");
        Fixtures.execute(db, "CREATE TABLE events (id INTEGER, what VARCHAR)");

        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(db));

        assertTrue(e.getMessage().contains("not a Parley event store"), e.getMessage());
        assertEquals(List.of("events"), Fixtures.strings(db, TABLES));
    }

    @Test
    void unrelatedTablesAreLeftAlone() throws SQLException {
        Path db = dir.resolve("shared.duckdb");
        Fixtures.execute(db, "CREATE TABLE notes (note VARCHAR)");
        EventStore.open(db).close();
        assertTrue(Fixtures.strings(db, TABLES).containsAll(List.of("notes", "events", "schema_info")));
    }

    @Test
    void missingParentDirectoriesAreCreated() {
        Path db = dir.resolve("a/b/events.duckdb");
        EventStore.open(db).close();
        assertTrue(Files.isRegularFile(db));
    }
}
