package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that code articles, end to end on the real engine (loaded once per JVM). */
class CodingCommandsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String VISIT = "date 2025-05-16 Leaders meet\n\n"
            + "Indonesian President Prabowo Subianto met Brazilian President Luiz Inacio Lula da Silva in Brasilia on "
            + "Thursday. Lula will visit Jakarta next year, officials said.\n";

    @TempDir
    Path dir;

    @Test
    void codePrintsEventRecordsAndReportsBadFilesWithoutStopping() throws Exception {
        Path good = dir.resolve("visit.txt");
        Files.writeString(good, VISIT);
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "date 2025-13-45 Nope\n\nText.");
        CliRun r = CliRun.of("code", "--format", "jsonl", bad.toString(), good.toString());
        assertEquals(1, r.exit(), "a bad file makes the exit code 1");
        assertTrue(r.err().contains("bad.txt: impossible date '2025-13-45'"), r.err());
        List<JsonNode> events = r.out().lines().map(CodingCommandsTest::json).toList();
        assertTrue(events.stream().anyMatch(e -> e.at("/cameo/root").asText().equals("04")), r.out());
        for (JsonNode e : events) {
            assertEquals("parley.event/1", e.get("schema").asText());
        }
    }

    @Test
    void ingestTwiceStoresOnceAndEventsQueriesIt() throws Exception {
        Files.writeString(dir.resolve("visit.txt"), VISIT);
        Files.writeString(dir.resolve("empty.txt"), "");
        Path db = dir.resolve("store.duckdb");
        CliRun first = CliRun.of("ingest", "--db", db.toString(), dir.toString());
        assertTrue(first.err().contains("1 articles stored"), first.err());
        assertTrue(first.err().contains("empty.txt: file is empty"), first.err());
        String before = CliRun.of("events", "--db", db.toString(), "--format", "csv").out();
        CliRun second = CliRun.of("ingest", "--db", db.toString(), dir.resolve("visit.txt").toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.err().contains("0 articles stored, 1 already stored"), second.err());
        assertEquals(before, CliRun.of("events", "--db", db.toString(), "--format", "csv").out());
    }

    @Test
    void annotateJsonShowsTheStages() throws Exception {
        Path file = dir.resolve("visit.txt");
        Files.writeString(file, VISIT);
        CliRun r = CliRun.of("annotate", "--format", "json", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode report = json(r.out().strip());
        assertEquals("parley.annotation/1", report.get("schema").asText());
        JsonNode first = report.get("sentences").get(1);
        assertEquals(1, first.get("index").asInt());
        assertTrue(first.get("tokens").size() > 10);
        assertTrue(first.get("times").get(0).get("parley").asText().startsWith("2025-05"), first.get("times").toString());
        assertTrue(first.get("actors").size() >= 2, first.get("actors").toString());
        CliRun text = CliRun.of("annotate", file.toString());
        assertTrue(text.out().contains("time ") && text.out().contains("actor ") && text.out().contains("status "));
    }

    @Test
    void demoPrintsATimeline() throws Exception {
        Path db = dir.resolve("demo.duckdb");
        CliRun r = CliRun.of("demo", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Timeline of 8 example articles"), r.out());
        long rows = r.out().lines().filter(l -> l.matches("^\\S+\\s+(occurred|planned|expected|possible|negated|hypothetical|ongoing)\\s.*")).count();
        assertTrue(rows >= 10, "events in the demo timeline: " + rows + "\n" + r.out());
        assertTrue(Files.exists(db));
    }

    @Test
    void checkScoresTheReferenceArticle() {
        Path seed = Path.of("../shared/seed/000_5dfa7096dc1e9eff.txt");
        assumeTrue(Files.exists(seed), "../shared is not present");
        CliRun r = CliRun.of("check", seed.toString(), "--expected", "../shared/seed/expected.jsonl", "--min-right", "5");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().matches("(?s).*seed events: \\d/9 right.*"), r.out());
    }

    private static JsonNode json(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
