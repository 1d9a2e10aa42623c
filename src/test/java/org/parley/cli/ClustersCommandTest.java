package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Granularity;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Status;
import org.parley.pipeline.CodedArticle;
import org.parley.store.EventStore;
import org.parley.testing.SampleEvents;

/** {@code parley events --clusters} and {@code --plans} on a store built by hand. */
class ClustersCommandTest {
    @TempDir
    Path dir;

    private static Event event(String id, String code, LocalDate start, LocalDate end, Status status) {
        Event t = SampleEvents.talks();
        EventDate date = new EventDate(start.toString(), start, end, Granularity.DAY, "", DateBasis.TEXT, "", null);
        return new Event(id, t.sentence(), t.source(), t.target(), org.parley.testing.SampleEvents.talks().cameo()
                .code().equals(code) ? t.cameo() : new org.parley.model.CameoCode(code, "c" + code, 1.0, 1, "", ""),
                date, status, "cue", null, false, null, t.evidence());
    }

    private Path store() {
        Path db = dir.resolve("clusters.duckdb");
        LocalDate jan5 = LocalDate.of(2026, 1, 5);
        List<Event> events = new ArrayList<>();
        events.add(event("p1", "042", jan5, jan5.plusDays(6), Status.PLANNED));
        events.add(event("p2", "043", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 2), Status.EXPECTED));
        events.add(event("p3", "036", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Status.PLANNED));
        events.add(event("o1", "042", jan5.plusDays(1), jan5.plusDays(1), Status.OCCURRED));
        events.add(event("o2", "042", jan5.plusDays(1), jan5.plusDays(1), Status.OCCURRED));
        try (EventStore store = EventStore.open(db)) {
            long run = store.startRun("test");
            int day = 0;
            for (Event e : events) {
                String text = e.evidence().sentenceText();
                Article article = new Article(e.articleId(), LocalDate.of(2026, 1, 1).plusDays(day++), "", text,
                        "src-" + e.articleId(), "", "t");
                Sentence sentence = new Sentence(e.sentence(), new Span(0, text.length()), text, List.of(), List.of(),
                        List.of(), List.of());
                store.store(run, new CodedArticle(new AnnotatedDocument(article, List.of(sentence)), List.of(),
                        List.of(e)));
            }
        }
        return db;
    }

    @Test
    void printsOneRowPerCluster() throws Exception {
        CliRun r = CliRun.of("events", "--db", store().toString(), "--clusters", "--format", "jsonl");
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            rows.add(new ObjectMapper().readTree(line));
        }
        assertEquals(4, rows.size(), r.out());
        JsonNode visit = rows.stream().filter(n -> n.get("status_class").asText().equals("occurred")).findFirst()
                .orElseThrow();
        assertEquals(2, visit.get("mentions").asInt());
        assertEquals(2, visit.get("sources").asInt());
        assertEquals("042", visit.get("code").asText());
        CliRun table = CliRun.of("events", "--db", dir.resolve("clusters.duckdb").toString(), "--clusters");
        assertTrue(table.out().startsWith("cluster_id"), table.out());
    }

    @Test
    void plansAreFulfilledOverdueOrOpen() throws Exception {
        CliRun r = CliRun.of("events", "--db", store().toString(), "--status", "planned", "--plans", "--format",
                "jsonl");
        assertEquals(0, r.exit(), r.err());
        List<String> states = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            JsonNode n = new ObjectMapper().readTree(line);
            states.add(n.get("code").asText() + ":" + n.get("state").asText());
            if (n.get("state").asText().equals("fulfilled")) {
                assertEquals("2026-01-06", n.get("fulfilled_start").asText());
            }
        }
        assertEquals(List.of("043:overdue", "042:fulfilled", "036:open"), states);
        CliRun bad = CliRun.of("events", "--db", dir.resolve("clusters.duckdb").toString(), "--status", "occurred",
                "--plans");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--plans"), bad.err());
    }
}
