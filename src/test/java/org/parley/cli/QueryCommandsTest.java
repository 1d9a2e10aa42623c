package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley generate}, {@code timeline} and {@code actors} on small generated stores. */
class QueryCommandsTest {
    @TempDir
    Path dir;

    private String store() {
        Path db = dir.resolve("gen.duckdb");
        CliRun r = CliRun.of("generate", "--events", "3000", "--seed", "4", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("3,000 events in 750 articles"), r.out());
        return db.toString();
    }

    @Test
    void timelineInEveryFormat() throws Exception {
        String db = store();
        CliRun table = CliRun.of("timeline", "--db", db, "--dyad", "usa,chn", "--by", "month", "--from", "2020-01-01",
                "--to", "2020-12-31");
        assertEquals(0, table.exit(), table.err());
        List<String> lines = table.out().lines().toList();
        assertTrue(lines.get(0).startsWith("period"), lines.get(0));
        assertEquals(2 + 12 + 2, lines.size(), table.out());
        assertTrue(lines.get(2).startsWith("2020-01-01"), lines.get(2));
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ event\\(s\\) of the dyad have no start date.*"),
                lines.get(lines.size() - 1));
        assertTrue(table.out().contains("|"), "a chart");

        CliRun jsonl = CliRun.of("timeline", "--db", db, "--dyad", "USA,CHN", "--by", "week", "--from", "2020-01-01",
                "--to", "2020-12-31", "--format", "jsonl");
        assertEquals(0, jsonl.exit(), jsonl.err());
        ObjectMapper json = new ObjectMapper();
        long weekly = 0;
        for (String line : jsonl.out().lines().toList()) {
            JsonNode n = json.readTree(line);
            weekly += n.get("events").asLong();
            assertEquals(n.get("events").asLong(), n.get("q1_verbal_coop").asLong() + n.get("q2_material_coop").asLong()
                    + n.get("q3_verbal_conflict").asLong() + n.get("q4_material_conflict").asLong());
        }
        CliRun csv = CliRun.of("timeline", "--db", db, "--dyad", "CHN,USA", "--from", "2020-01-01", "--to", "2020-12-31",
                "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        String[] records = csv.out().split("\r\n");
        assertTrue(records[0].startsWith("period,events,"), records[0]);
        long monthly = 0;
        for (int i = 1; i < records.length; i++) {
            monthly += Long.parseLong(records[i].split(",")[1]);
        }
        assertEquals(monthly, weekly, "weeks and months count the same events (2020 starts on a Wednesday,"
                + " so the first week starts 2019-12-30 but holds only 2020 events)");
        assertTrue(monthly > 0);
        assertTrue(csv.err().contains("no start date"), "the footer goes to stderr in csv");
    }

    @Test
    void actorsRanksAndLimits() {
        String db = store();
        CliRun r = CliRun.of("actors", "--db", db, "--top", "3", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        String[] records = r.out().split("\r\n");
        assertEquals(4, records.length, r.out());
        assertEquals("rank,actor,events,partner1,events1,partner2,events2,partner3,events3", records[0]);
        assertTrue(records[1].startsWith("1,USA,"), records[1]);
        CliRun table = CliRun.of("actors", "--db", db, "--top", "2", "--from", "2019-01-01", "--to", "2019-12-31");
        assertEquals(0, table.exit(), table.err());
        assertEquals(4, table.out().lines().count(), table.out());
    }

    @Test
    void badOptionsGetClearErrors() {
        String db = store();
        CliRun backwards = CliRun.of("timeline", "--db", db, "--dyad", "KOR,CHN", "--from", "2025-12-31", "--to",
                "2025-01-01");
        assertEquals(2, backwards.exit());
        assertTrue(backwards.err().contains("after it ends"), backwards.err());
        CliRun badActor = CliRun.of("timeline", "--db", db, "--dyad", "KOREA,CHN");
        assertEquals(2, badActor.exit());
        assertTrue(badActor.err().contains("groups of three"), badActor.err());
        CliRun oneSide = CliRun.of("timeline", "--db", db, "--dyad", "KOR");
        assertEquals(2, oneSide.exit());
        assertTrue(oneSide.err().contains("two codes"), oneSide.err());
        CliRun badPeriod = CliRun.of("timeline", "--db", db, "--dyad", "KOR,CHN", "--by", "day");
        assertEquals(2, badPeriod.exit());
        assertTrue(badPeriod.err().contains("unknown period 'day'"), badPeriod.err());
        CliRun badFormat = CliRun.of("actors", "--db", db, "--format", "xml");
        assertEquals(2, badFormat.exit());
        assertTrue(badFormat.err().contains("unknown format 'xml'"), badFormat.err());
        CliRun badTop = CliRun.of("actors", "--db", db, "--top", "0");
        assertEquals(2, badTop.exit());
        assertTrue(badTop.err().contains("--top must be at least 1"), badTop.err());
        CliRun backwardsActors = CliRun.of("actors", "--db", db, "--from", "2025-12-31", "--to", "2025-01-01");
        assertEquals(2, backwardsActors.exit());
        CliRun noStore = CliRun.of("timeline", "--db", dir.resolve("none.duckdb").toString(), "--dyad", "KOR,CHN");
        assertEquals(2, noStore.exit());
        assertTrue(noStore.err().contains("no event store at"), noStore.err());
        CliRun exists = CliRun.of("generate", "--events", "10", "--db", db);
        assertEquals(2, exists.exit());
        assertTrue(exists.err().contains("exists"), exists.err());
        CliRun none = CliRun.of("generate", "--events", "0", "--db", dir.resolve("zero.duckdb").toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("at least 1"), none.err());
    }

    @Test
    void benchQueriesReportsBothQueries() {
        String db = store();
        CliRun r = CliRun.of("bench-queries", "--db", db, "--runs", "3");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).contains("3,000 events, 3 runs per query"), lines.get(0));
        assertTrue(lines.get(1).startsWith("query") && lines.get(1).contains("median_ms") && lines.get(1).contains("p95_ms"));
        assertTrue(lines.get(3).startsWith("timeline --dyad KOR,CHN --by month"), lines.get(3));
        assertTrue(lines.get(4).startsWith("events --actor KOR --code 04 --from 2022-01-01 --to 2022-12-31 --limit 100"),
                lines.get(4));
        CliRun events = CliRun.of("events", "--db", db, "--actor", "KOR", "--code", "04", "--from", "2022-01-01",
                "--to", "2022-12-31", "--limit", "100", "--format", "csv");
        long expected = events.out().split("\r\n", -1).length - 2;
        assertTrue(lines.get(4).endsWith(" " + expected), lines.get(4) + " vs " + expected);
        CliRun zero = CliRun.of("bench-queries", "--db", db, "--runs", "0");
        assertEquals(2, zero.exit());
        assertTrue(zero.err().contains("--runs must be at least 1"), zero.err());
    }

    @Test
    void newCommandsHaveHelp() {
        for (String command : new String[] {"timeline", "actors", "generate", "sql", "bench-queries"}) {
            CliRun r = CliRun.of(command, "--help");
            assertEquals(0, r.exit(), command);
            assertTrue(r.out().contains("Usage: parley " + command), r.out());
        }
    }
}
