package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley sql}'s store: reads, and nothing else. */
class ReadOnlyStoreTest {
    @TempDir
    Path dir;

    @Test
    void readsButNeverWrites() throws Exception {
        Path db = dir.resolve("ro.duckdb");
        SyntheticStore.generate(db, 400, 2);
        String before = fingerprint(db);
        try (ReadOnlyStore store = ReadOnlyStore.open(db)) {
            ReadOnlyStore.QueryResult r = store.query("SELECT count(*) AS n, min(date_start) FROM events", 10);
            assertEquals(List.of("n", "min(date_start)"), r.columns());
            assertEquals(400L, ((Number) r.rows().get(0).get(0)).longValue());
            assertFalse(r.truncated());
            ReadOnlyStore.QueryResult some = store.query("FROM events", 7);
            assertEquals(7, some.rows().size());
            assertTrue(some.truncated());
            assertEquals(1, store.query("WITH x AS (SELECT 1 AS a) SELECT * FROM x", 5).rows().size());
            Path outside = dir.resolve("copy.csv");
            Path attached = dir.resolve("other.duckdb");
            for (String write : List.of(
                    "INSERT INTO runs VALUES (99, now(), NULL, 'x', 'x', 'x', 0, 0, 0)",
                    "DELETE FROM events",
                    "UPDATE events SET goldstein = 0",
                    "DROP TABLE events",
                    "CREATE TABLE t AS SELECT 1",
                    "CREATE TEMP TABLE t AS SELECT 1",
                    "COPY events TO '" + outside + "'",
                    "COPY (SELECT * FROM events) TO '" + outside + "'",
                    "ATTACH '" + attached + "' AS other",
                    "SET enable_external_access = true",
                    "INSTALL httpfs",
                    "CHECKPOINT",
                    "SELECT 1; DROP TABLE events",
                    "SELECT 1; INSERT INTO runs VALUES (98, now(), NULL, 'x', 'x', 'x', 0, 0, 0)")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.query(write, 10),
                        write);
                assertTrue(e.getMessage().startsWith("refused"), e.getMessage());
            }
            Path csv = Files.writeString(dir.resolve("secret.csv"), "a,b\n1,2\n");
            StoreException files = assertThrows(StoreException.class,
                    () -> store.query("SELECT * FROM read_csv('" + csv + "')", 10), "no file access");
            assertTrue(files.getMessage().contains("disabled"), files.getMessage());
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                    () -> store.query("SELEC 1", 10));
            assertTrue(bad.getMessage().startsWith("cannot read the query"), bad.getMessage());
            assertThrows(StoreException.class, () -> store.query("SELECT * FROM no_such_table", 10));
            assertFalse(Files.exists(outside));
            assertFalse(Files.exists(attached));
        }
        assertEquals(before, fingerprint(db), "the store is unchanged");
    }

    @Test
    void refusesWhatIsNotAStore() throws Exception {
        StoreException none = assertThrows(StoreException.class, () -> ReadOnlyStore.open(dir.resolve("none.duckdb")));
        assertTrue(none.getMessage().startsWith("no event store"), none.getMessage());
        Path other = dir.resolve("other.duckdb");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + other); var s = c.createStatement()) {
            s.execute("CREATE TABLE x (a INTEGER)");
        }
        StoreException notStore = assertThrows(StoreException.class, () -> ReadOnlyStore.open(other));
        assertTrue(notStore.getMessage().contains("not a Parley event store"), notStore.getMessage());
        Path newer = dir.resolve("newer.duckdb");
        SyntheticStore.generate(newer, 10, 1);
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + newer); var s = c.createStatement()) {
            s.execute("UPDATE schema_info SET version = " + (Schema.VERSION + 1));
        }
        StoreException version = assertThrows(StoreException.class, () -> ReadOnlyStore.open(newer));
        assertTrue(version.getMessage().contains("newer than the version"), version.getMessage());
    }

    @Test
    void aVersionOneStoreIsReadAsItIsAndLeftUnmigrated() throws Exception {
        Path db = dir.resolve("v1.duckdb");
        SyntheticStore.generate(db, 40, 3);
        // Make it a version-1 store: no clusters table, no cluster_id column.
        Fixtures.execute(db, "DROP TABLE clusters");
        Fixtures.execute(db, "ALTER TABLE events DROP COLUMN cluster_id");
        Fixtures.execute(db, "UPDATE schema_info SET version = 1");
        try (ReadOnlyStore store = ReadOnlyStore.open(db)) {
            assertEquals(1, store.schemaVersion());
            assertEquals(40L, ((Number) store.query("SELECT count(*) FROM events", 1).rows().get(0).get(0))
                    .longValue());
            StoreException noClusters = assertThrows(StoreException.class,
                    () -> store.query("SELECT count(*) FROM clusters", 1));
            assertTrue(noClusters.getMessage().contains("clusters"), noClusters.getMessage());
            assertThrows(StoreException.class, () -> store.query("SELECT cluster_id FROM events", 1));
        }
        assertEquals(List.of("1"), Fixtures.strings(db, "SELECT version FROM schema_info"), "not migrated");
        assertEquals(0, Fixtures.count(db,
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'clusters'"));
        EventStore.open(db).close();
        try (ReadOnlyStore store = ReadOnlyStore.open(db)) {
            assertEquals(Schema.VERSION, store.schemaVersion(), "a writing open migrated it");
            assertEquals(0L, ((Number) store.query("SELECT count(*) FROM events WHERE cluster_id IS NULL", 1)
                    .rows().get(0).get(0)).longValue());
        }
        Fixtures.execute(db, "UPDATE schema_info SET version = 0");
        StoreException older = assertThrows(StoreException.class, () -> ReadOnlyStore.open(db));
        assertTrue(older.getMessage().contains("re-ingest"), older.getMessage());
    }

    private static String fingerprint(Path db) {
        try (EventStore s = EventStore.open(db); var st = s.connection().createStatement();
             var r = st.executeQuery("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM runs),"
                     + " (SELECT sum(goldstein) FROM events), (SELECT count(*) FROM information_schema.tables)")) {
            r.next();
            return r.getLong(1) + "/" + r.getLong(2) + "/" + r.getDouble(3) + "/" + r.getLong(4);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
