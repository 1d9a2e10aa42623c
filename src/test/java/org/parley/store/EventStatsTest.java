package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Event;

/** Timelines, actor rankings and the synthetic generator, checked against the events read back one by one. */
class EventStatsTest {
    @TempDir
    Path dir;

    private Path generate(String name, long events, long seed) {
        Path db = dir.resolve(name);
        SyntheticStore.generate(db, events, seed);
        return db;
    }

    @Test
    void generatesDeterministicReadableEvents() throws SQLException {
        Path a = generate("a.duckdb", 2000, 7);
        Path b = generate("b.duckdb", 2000, 7);
        Path c = generate("c.duckdb", 2000, 8);
        try (EventStore sa = EventStore.open(a); EventStore sb = EventStore.open(b); EventStore sc = EventStore.open(c)) {
            StoreSummary s = sa.summary();
            assertEquals(2000, s.events());
            assertEquals(500, s.articles());
            assertEquals(fingerprint(sa), fingerprint(sb));
            assertNotEquals(fingerprint(sa), fingerprint(sc));
            List<Event> all = sa.events(EventQuery.all());
            assertEquals(2000, all.size(), "every generated event reads back (joins its sentence)");
            long undated = all.stream().filter(e -> e.date().start() == null).count();
            assertTrue(undated > 20 && undated < 120, "about 3% undated: " + undated);
            long occurred = all.stream().filter(e -> e.status().name().equals("OCCURRED")).count();
            assertTrue(occurred > 1200 && occurred < 1600, "mostly occurred: " + occurred);
            assertTrue(all.stream().map(e -> e.source().code()).distinct().count() > 40, "countries with sectors");
        }
        assertThrows(IllegalArgumentException.class, () -> SyntheticStore.generate(a, 10, 1), "exists");
    }

    private static long fingerprint(EventStore s) throws SQLException {
        try (Statement st = s.connection().createStatement();
             ResultSet r = st.executeQuery("SELECT sum(hash(event_id, source_code, target_code, cameo_code,"
                     + " date_start, status) % 1000000007) FROM events")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void timelineAgreesWithTheEventsOneByOne() {
        Path db = generate("t.duckdb", 3000, 3);
        try (EventStore store = EventStore.open(db)) {
            for (Timeline.Period by : Timeline.Period.values()) {
                EventQuery q = EventQuery.all().withDyad("CHN", "USA")
                        .between(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 6, 30));
                Timeline t = store.timeline(q, by);
                List<Event> events = store.events(EventQuery.all().withDyad("USA", "CHN"));
                Map<LocalDate, long[]> expected = new TreeMap<>();
                Map<LocalDate, Double> sums = new HashMap<>();
                long undated = 0;
                for (Event e : events) {
                    LocalDate d = e.date().start();
                    if (d == null) {
                        undated++;
                        continue;
                    }
                    if (d.isBefore(q.from()) || d.isAfter(q.to())) {
                        continue;
                    }
                    LocalDate p = by == Timeline.Period.MONTH ? d.withDayOfMonth(1)
                            : d.minusDays(d.getDayOfWeek().getValue() - 1);
                    long[] n = expected.computeIfAbsent(p, k -> new long[5]);
                    n[0]++;
                    n[e.cameo().quadClass()]++;
                    sums.merge(p, e.cameo().goldstein(), Double::sum);
                }
                assertEquals(undated, t.undated());
                assertTrue(expected.size() > 5, "enough periods to test: " + expected.size());
                long total = 0;
                for (int i = 0; i < t.periods().size(); i++) {
                    Timeline.Row row = t.periods().get(i);
                    if (i > 0) {
                        LocalDate prev = t.periods().get(i - 1).start();
                        assertEquals(by == Timeline.Period.MONTH ? prev.plusMonths(1) : prev.plusWeeks(1), row.start(),
                                "no gaps");
                    }
                    long[] n = expected.getOrDefault(row.start(), new long[5]);
                    assertEquals(n[0], row.events(), row.start().toString());
                    for (int k = 0; k < 4; k++) {
                        assertEquals(n[k + 1], row.quad()[k]);
                    }
                    assertEquals(sums.getOrDefault(row.start(), 0.0), row.goldsteinSum(), 1e-9);
                    if (n[0] > 0) {
                        assertEquals(sums.get(row.start()) / n[0], row.meanGoldstein(), 1e-9);
                    }
                    total += row.events();
                }
                assertEquals(expected.values().stream().mapToLong(n -> n[0]).sum(), total);
                assertEquals(by.truncate(q.from()), t.periods().get(0).start(), "periods span the window");
                assertEquals(by.truncate(q.to()), t.periods().get(t.periods().size() - 1).start());
            }
        }
    }

    @Test
    void timelineOfNothingIsEmpty() {
        Path db = generate("e.duckdb", 100, 1);
        try (EventStore store = EventStore.open(db)) {
            Timeline t = store.timeline(EventQuery.all().withDyad("ABC", "XYZ"), Timeline.Period.WEEK);
            assertEquals(List.of(), t.periods());
            assertEquals(0, t.undated());
            Timeline window = store.timeline(EventQuery.all().withDyad("ABC", "XYZ")
                    .between(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 3, 1)), Timeline.Period.MONTH);
            assertEquals(List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1), LocalDate.of(2020, 3, 1)),
                    window.periods().stream().map(Timeline.Row::start).toList(), "a window's periods, all empty");
        }
    }

    @Test
    void topActorsAgreeWithTheEventsOneByOne() {
        Path db = generate("x.duckdb", 2000, 5);
        try (EventStore store = EventStore.open(db)) {
            LocalDate from = LocalDate.of(2020, 1, 1);
            LocalDate to = LocalDate.of(2022, 12, 31);
            EventQuery q = EventQuery.all().between(from, to);
            Map<String, Long> counts = new HashMap<>();
            Map<String, Map<String, Long>> partners = new HashMap<>();
            for (Event e : store.events(q)) {
                String s = e.source().code();
                String t = e.target().code();
                counts.merge(s, 1L, Long::sum);
                if (!t.equals(s)) {
                    counts.merge(t, 1L, Long::sum);
                    partners.computeIfAbsent(s, k -> new HashMap<>()).merge(t, 1L, Long::sum);
                    partners.computeIfAbsent(t, k -> new HashMap<>()).merge(s, 1L, Long::sum);
                }
            }
            List<ActorActivity> top = store.topActors(q, 5);
            assertEquals(5, top.size());
            List<String> expectedOrder = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(5).map(Map.Entry::getKey).toList();
            assertEquals(expectedOrder, top.stream().map(ActorActivity::code).toList());
            for (ActorActivity a : top) {
                assertEquals(counts.get(a.code()), a.events());
                List<ActorActivity.Partner> best = partners.get(a.code()).entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(3).map(x -> new ActorActivity.Partner(x.getKey(), x.getValue())).toList();
                assertEquals(best, a.partners());
            }
            assertThrows(IllegalArgumentException.class, () -> store.topActors(q, 0));
        }
    }

    @Test
    void periodsParseWithClearErrors() {
        assertEquals(Timeline.Period.WEEK, Timeline.Period.parse(" Week "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timeline.Period.parse("day"));
        assertTrue(e.getMessage().contains("unknown period 'day'"), e.getMessage());
    }

    @Test
    void actorsOfUnknownCountryAndNoActorAreNotRanked() {
        try (EventStore store = EventStore.inMemory()) {
            Fixtures.Doc d = Fixtures.doc("u1", Fixtures.DEC_20, "Said", "Officials said.", "Police met Seoul.");
            long run = store.startRun("test");
            store.store(run, d.coded(d.event(1, "---GOV", "---", "023", Fixtures.day(Fixtures.DEC_20),
                            org.parley.model.Status.OCCURRED),
                    d.event(2, "---COP", "KORGOV", "040", Fixtures.day(Fixtures.DEC_20), org.parley.model.Status.OCCURRED),
                    d.event(2, "KORGOV", "---COP", "040", Fixtures.day(Fixtures.DEC_20), org.parley.model.Status.OCCURRED)));
            List<ActorActivity> top = store.topActors(EventQuery.all(), 10);
            assertEquals(List.of("KORGOV"), top.stream().map(ActorActivity::code).toList());
            assertEquals(2, top.get(0).events());
            assertEquals(List.of(), top.get(0).partners(), "no partner names anyone");
        }
    }
}
