package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.GlobalEventId;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.pipeline.CodedArticle;
import org.parley.store.EventStore;
import org.parley.testing.SampleEvents;

/** {@code parley export} on a store built by hand: no NLP needed. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private Path store() {
        Path db = dir.resolve("events.duckdb");
        try (EventStore store = EventStore.open(db)) {
            long run = store.startRun("test");
            add(store, run, SampleEvents.talks(), "https://example.org/a1");
            add(store, run, SampleEvents.plannedVisit(), "");
        }
        return db;
    }

    private static void add(EventStore store, long run, Event e, String url) {
        String text = e.evidence().sentenceText();
        Article article = new Article(e.articleId(), LocalDate.of(2025, 12, 27), "", text, "Wire", url, "t");
        Sentence sentence = new Sentence(e.sentence(), new Span(0, text.length()), text, List.of(), List.of(),
                List.of(), List.of());
        store.store(run, new CodedArticle(new AnnotatedDocument(article, List.of(sentence)), List.of(), List.of(e)));
    }

    @Test
    void exportsGdeltWithTheFilters() throws Exception {
        Path db = store();
        Path out = dir.resolve("events.tsv");
        CliRun r = CliRun.of("export", "--db", db.toString(), "--format", "gdelt", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals(2, rows.size());
        rows.forEach(row -> assertEquals(61, row.split("\t", -1).length));
        String[] first = rows.get(0).split("\t", -1);
        String clusterKey;
        try (org.parley.store.EventStore store = org.parley.store.EventStore.open(db)) {
            clusterKey = store.storedEvents(org.parley.store.EventQuery.all()).stream()
                    .filter(e -> e.eventId().equals("a1:5:0")).findFirst().orElseThrow().clusterKey();
        }
        assertTrue(clusterKey.startsWith("cluster:"), clusterKey);
        assertEquals(String.valueOf(GlobalEventId.of(clusterKey)), first[0], "the row's id is its cluster's");
        assertEquals("https://example.org/a1", first[60]);
        assertEquals(List.of("1", "China", "CH"), List.of(first).subList(51, 54),
                "ActionGeo_Type, _FullName, _CountryCode: the stored location's country, FIPS-coded");

        Path kor = dir.resolve("kor.tsv");
        CliRun filtered = CliRun.of("export", "--db", db.toString(), "--format", "gdelt-mentions", "--out",
                kor.toString(), "--dyad", "CHN,KOR");
        assertEquals(0, filtered.exit(), filtered.err());
        List<String> mentions = Files.readAllLines(kor);
        assertEquals(1, mentions.size());
        assertEquals(16, mentions.get(0).split("\t", -1).length);
    }

    @Test
    void exportsPlover() throws Exception {
        Path out = dir.resolve("plover.jsonl");
        CliRun r = CliRun.of("export", "--db", store().toString(), "--format", "plover", "--out", out.toString(),
                "--status", "planned");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(1, lines.size());
        assertEquals("visit", new ObjectMapper().readTree(lines.get(0)).at("/mode/0").asText());
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path db = store();
        Path out = dir.resolve("events.parquet");
        Files.writeString(out, "old");
        CliRun r = CliRun.of("export", "--db", db.toString(), "--format", "parquet", "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("use --force"), r.err());
        assertEquals("old", Files.readString(out));
        CliRun forced = CliRun.of("export", "--db", db.toString(), "--format", "parquet", "--out", out.toString(),
                "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.size(out) > 100);
    }

    @Test
    void badArgumentsGetClearErrors() {
        Path db = store();
        Path out = dir.resolve("x.out");
        CliRun badFormat = CliRun.of("export", "--db", db.toString(), "--format", "xml", "--out", out.toString());
        assertEquals(2, badFormat.exit());
        assertTrue(badFormat.err().contains("expected one of gdelt, gdelt-mentions, plover, csv, parquet"),
                badFormat.err());
        CliRun badStatus = CliRun.of("export", "--db", db.toString(), "--format", "csv", "--out", out.toString(),
                "--status", "rumoured");
        assertEquals(2, badStatus.exit());
        assertTrue(badStatus.err().contains("unknown status 'rumoured'"), badStatus.err());
        CliRun noOut = CliRun.of("export", "--db", db.toString(), "--format", "csv");
        assertEquals(2, noOut.exit());
        assertTrue(noOut.err().contains("--out"), noOut.err());
        assertTrue(Files.notExists(out));
        CliRun help = CliRun.of("export", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--dyad"), help.out());
    }
}
