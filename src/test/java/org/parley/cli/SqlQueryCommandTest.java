package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley sql} on a small generated store. */
class SqlQueryCommandTest {
    @TempDir
    Path dir;

    private String store() {
        Path db = dir.resolve("gen.duckdb");
        assertEquals(0, CliRun.of("generate", "--events", "200", "--db", db.toString()).exit());
        return db.toString();
    }

    @Test
    void printsRowsInEveryFormat() throws Exception {
        String db = store();
        String q = "SELECT quad_class, count(*) AS n, 'a,b' AS text, [1, 2] AS list FROM events GROUP BY quad_class"
                + " ORDER BY quad_class";
        CliRun table = CliRun.of("sql", q, "--db", db);
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().startsWith("quad_class"), table.out());
        assertEquals(6, table.out().lines().count(), table.out());
        CliRun csv = CliRun.of("sql", q, "--db", db, "--format", "csv");
        assertTrue(csv.out().startsWith("quad_class,n,text,list\r\n1,"), csv.out());
        assertTrue(csv.out().contains("\"a,b\""), csv.out());
        CliRun jsonl = CliRun.of("sql", q, "--db", db, "--format", "jsonl");
        long total = 0;
        for (String line : jsonl.out().lines().toList()) {
            JsonNode n = new ObjectMapper().readTree(line);
            total += n.get("n").asLong();
            assertEquals(2, n.get("list").size());
        }
        assertEquals(200, total);
        CliRun capped = CliRun.of("sql", "FROM events", "--db", db, "--max-rows", "5", "--format", "csv");
        assertEquals(6, capped.out().split("\r\n").length);
        assertTrue(capped.err().contains("only the first 5 rows"), capped.err());
    }

    @Test
    void readsAVersionOneStoreAsItIsWithANote() throws Exception {
        String db = store();
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db); var s = c.createStatement()) {
            s.execute("DROP TABLE clusters");
            s.execute("ALTER TABLE events DROP COLUMN cluster_id");
            s.execute("UPDATE schema_info SET version = 1");
        }
        CliRun count = CliRun.of("sql", "SELECT count(*) AS n FROM events", "--db", db, "--format", "csv");
        assertEquals(0, count.exit(), count.err());
        assertEquals("n\r\n200\r\n", count.out());
        assertTrue(count.err().contains("schema version 1") && count.err().contains("'parley events'"), count.err());
        CliRun clusters = CliRun.of("sql", "SELECT count(*) FROM clusters", "--db", db);
        assertEquals(1, clusters.exit());
        assertTrue(clusters.err().contains("no clusters table"), clusters.err());
        CliRun version = CliRun.of("sql", "SELECT version FROM schema_info", "--db", db, "--format", "csv");
        assertEquals("version\r\n1\r\n", version.out(), "parley sql does not migrate");
    }

    @Test
    void refusesWritesWithClearErrors() {
        String db = store();
        for (String write : new String[] {"INSERT INTO runs VALUES (9, now(), NULL, 'x', 'x', 'x', 0, 0, 0)",
                "DROP TABLE events", "COPY events TO 'x.csv'", "ATTACH 'x.duckdb' AS x"}) {
            CliRun r = CliRun.of("sql", write, "--db", db);
            assertEquals(2, r.exit(), write);
            assertTrue(r.err().contains("refused: 'parley sql' runs only reading queries"), r.err());
        }
        CliRun count = CliRun.of("sql", "SELECT count(*) AS n FROM events", "--db", db, "--format", "csv");
        assertEquals("n\r\n200\r\n", count.out(), "the store is unchanged");
        CliRun badFormat = CliRun.of("sql", "SELECT 1", "--db", db, "--format", "xml");
        assertEquals(2, badFormat.exit());
        assertTrue(badFormat.err().contains("unknown format 'xml'"), badFormat.err());
        CliRun noStore = CliRun.of("sql", "SELECT 1", "--db", dir.resolve("none.duckdb").toString());
        assertEquals(2, noStore.exit());
        assertTrue(noStore.err().contains("no event store at"), noStore.err());
        CliRun missing = CliRun.of("sql", "SELECT * FROM nothing", "--db", db);
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("nothing"), missing.err());
    }
}
