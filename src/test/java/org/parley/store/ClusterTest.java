package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.EventDate;
import org.parley.model.Granularity;
import org.parley.model.Status;
import org.parley.pipeline.CodedArticle;

class ClusterTest {
    @TempDir
    Path dir;

    private static final LocalDate MON = LocalDate.of(2025, 12, 8);

    private static EventDate week(LocalDate monday) {
        return Fixtures.interval("2025-W" + monday.getDayOfYear() / 7, monday, monday.plusDays(6), Granularity.WEEK,
                "", "last week", null);
    }

    private static void store(EventStore s, CodedArticle... articles) {
        long run = s.startRun("test");
        for (CodedArticle a : articles) {
            assertInstanceOf(StoreResult.Stored.class, s.store(run, a));
        }
    }

    /** "held talks last week" (046, KORGOV -> CHNGOV), then "the two sides discussed" (040, CHNGOV -> KORGOV). */
    private static CodedArticle talks() {
        Fixtures.Doc d = Fixtures.doc("a1", MON.plusDays(9), "Talks", "Seoul held talks with Beijing last week.");
        return d.coded(d.event(1, "KORGOV", "CHNGOV", "046", week(MON), Status.OCCURRED));
    }

    private static CodedArticle discussed(String id, LocalDate monday) {
        Fixtures.Doc d = Fixtures.doc(id, monday.plusDays(8), "Discussed", "The two sides discussed trade.");
        return d.coded(d.event(1, "CHNGOV", "KORGOV", "040", week(monday), Status.OCCURRED));
    }

    @Test
    void twoReportsOfOneMeetingFormOneCluster() {
        try (EventStore s = EventStore.inMemory()) {
            store(s, talks(), discussed("a2", MON));
            List<EventCluster> cs = s.clusters(EventQuery.all());
            assertEquals(1, cs.size(), cs.toString());
            EventCluster c = cs.get(0);
            assertEquals("046", c.cameoCode());
            assertEquals("04", c.cameoRoot());
            assertEquals(2, c.mentions());
            assertEquals(2, c.articles());
            assertEquals(1, c.sources());
            assertEquals("CHNGOV", c.source());
            assertEquals("KORGOV", c.target());
            assertEquals(ClusterPolicy.OCCURRED, c.statusClass());
            assertEquals(MON, c.dateStart());
            assertEquals(MON.plusDays(6), c.dateEnd());
            assertEquals(MON.plusDays(8), c.firstReport());
            assertEquals(MON.plusDays(9), c.lastReport());
            assertEquals(0.5, c.confidence());
            assertNull(c.fulfilledBy());
        }
    }

    @Test
    void aStoreOpenedWithMoreSlackJoinsNearbyWeeks() {
        try (EventStore s = EventStore.open(dir.resolve("slack.duckdb"), new ClusterPolicy(1, Set.of("04")))) {
            assertEquals(1, s.clusterPolicy().slackDays());
            store(s, talks(), discussed("a2", MON.plusDays(7)));
            assertEquals(1, s.clusters(EventQuery.all()).size(), "a day apart: one cluster with one day of slack");
        }
    }

    @Test
    void differentWeeksAreDifferentClusters() {
        try (EventStore s = EventStore.inMemory()) {
            store(s, talks(), discussed("a2", MON.plusDays(7)));
            List<EventCluster> cs = s.clusters(EventQuery.all());
            assertEquals(2, cs.size(), cs.toString());
            assertEquals(List.of(1, 1), cs.stream().map(EventCluster::mentions).toList());
        }
    }

    @Test
    void slackJoinsNearbyIntervals() {
        ClusterPolicy p = new ClusterPolicy(3, Set.of("04"));
        LocalDate d = LocalDate.of(2025, 1, 10);
        assertEquals(true, p.near(d, d, d.plusDays(3), d.plusDays(4)));
        assertEquals(false, p.near(d, d, d.plusDays(4), d.plusDays(4)));
        assertEquals(true, p.near(null, d, d.plusDays(2), null));
        assertEquals(false, ClusterPolicy.defaults().near(d, d, d.plusDays(1), d.plusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> new ClusterPolicy(-1, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new ClusterPolicy(0, Set.of("4")));
    }

    @Test
    void symmetryIsPerCode() {
        ClusterPolicy p = ClusterPolicy.defaults();
        assertEquals(List.of("CHNGOV", "KORGOV"), List.of(p.pair("046", "KORGOV", "CHNGOV")), "talks: unordered");
        assertEquals(List.of("KORGOV", "CHN"), List.of(p.pair("042", "KORGOV", "CHN")), "a visit keeps its direction");
    }

    @Test
    void aPlannedVisitAndTheVisitAreLinkedNotMerged() {
        LocalDate jan5 = LocalDate.of(2026, 1, 5);
        Fixtures.Doc plan = Fixtures.doc("p1", LocalDate.of(2025, 12, 30), "Plan", "Moon will visit Beijing next week.");
        Fixtures.Doc done = Fixtures.doc("p2", LocalDate.of(2026, 1, 7), "Visit", "Moon visited Beijing on Tuesday.");
        try (EventStore s = EventStore.inMemory()) {
            store(s, plan.coded(plan.event(1, "KORGOV", "CHNGOV", "042", week(jan5), Status.PLANNED)),
                    done.coded(done.event(1, "KORGOV", "CHNGOV", "042", Fixtures.day(jan5.plusDays(1)),
                            Status.OCCURRED)));
            List<EventCluster> cs = s.clusters(EventQuery.all());
            assertEquals(2, cs.size(), cs.toString());
            EventCluster planned = s.clusters(EventQuery.all().withStatus(Status.PLANNED)).get(0);
            EventCluster occurred = s.clusters(EventQuery.all().withStatus(Status.OCCURRED)).get(0);
            assertEquals(occurred.clusterId(), planned.fulfilledBy());
            assertNull(occurred.fulfilledBy());
            assertEquals(1, planned.mentions());
        }
    }

    @Test
    void undatedMentionsClusterOnlyWithinTheirArticle() {
        Fixtures.Doc a = Fixtures.doc("u1", MON, "U", "They talked.", "They talked again.");
        Fixtures.Doc b = Fixtures.doc("u2", MON, "U", "They talked.");
        try (EventStore s = EventStore.inMemory()) {
            store(s, a.coded(a.event(1, "KORGOV", "CHNGOV", "040", Fixtures.unknown(), Status.OCCURRED),
                            a.event(2, "CHNGOV", "KORGOV", "040", Fixtures.unknown(), Status.OCCURRED)),
                    b.coded(b.event(1, "KORGOV", "CHNGOV", "040", Fixtures.unknown(), Status.OCCURRED)));
            assertEquals(List.of(2, 1), s.clusters(EventQuery.all()).stream().map(EventCluster::mentions).toList());
        }
    }

    @Test
    void incrementalAcrossCallsAndReopensEqualsOneSession() {
        Path db = dir.resolve("inc.duckdb");
        try (EventStore s = EventStore.open(db)) {
            store(s, talks());
        }
        try (EventStore s = EventStore.open(db)) {
            store(s, discussed("a2", MON), discussed("a3", MON.plusDays(14)));
        }
        List<EventCluster> incremental;
        try (EventStore s = EventStore.open(db)) {
            incremental = s.clusters(EventQuery.all());
        }
        try (EventStore s = EventStore.inMemory()) {
            store(s, talks(), discussed("a2", MON), discussed("a3", MON.plusDays(14)));
            assertEquals(s.clusters(EventQuery.all()), incremental);
        }
        assertEquals(List.of(2, 1), incremental.stream().map(EventCluster::mentions).toList());
    }

    @Test
    void eventsRecordTheirCluster() throws Exception {
        Path db = dir.resolve("ids.duckdb");
        try (EventStore s = EventStore.open(db)) {
            store(s, talks(), discussed("a2", MON));
        }
        assertEquals(List.of("1", "1"), Fixtures.strings(db, "SELECT cluster_id FROM events ORDER BY event_id"));
    }

    @Test
    void aVersionOneStoreIsMigratedAndClusteredInStoredOrder() throws Exception {
        Path db = dir.resolve("v1.duckdb");
        List<EventCluster> expected;
        try (EventStore s = EventStore.open(db)) {
            store(s, talks(), discussed("a2", MON), discussed("a3", MON.plusDays(14)));
            expected = s.clusters(EventQuery.all());
        }
        // Make it a version-1 store: no clusters table, no cluster_id column.
        Fixtures.execute(db, "DROP TABLE clusters");
        Fixtures.execute(db, "ALTER TABLE events DROP COLUMN cluster_id");
        Fixtures.execute(db, "UPDATE schema_info SET version = 1");
        try (EventStore s = EventStore.open(db)) {
            assertEquals(expected, s.clusters(EventQuery.all()));
            store(s, discussed("a4", MON));
            assertEquals(List.of(3, 1), s.clusters(EventQuery.all()).stream().map(EventCluster::mentions).toList());
        }
        assertEquals(List.of(String.valueOf(Schema.VERSION)), Fixtures.strings(db, "SELECT version FROM schema_info"));
        assertEquals(0, Fixtures.count(db, "SELECT count(*) FROM events WHERE cluster_id IS NULL"));
    }

    @Test
    void aVersionZeroStoreIsRefusedWithAClearMessage() throws Exception {
        Path db = dir.resolve("v0.duckdb");
        EventStore.open(db).close();
        Fixtures.execute(db, "UPDATE schema_info SET version = 0");
        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(db));
        assertEquals(true, e.getMessage().contains("re-ingest"), e.getMessage());
    }

    private static CodedArticle unnamed(String id, String source, String target) {
        Fixtures.Doc d = Fixtures.doc(id, MON.plusDays(8), "Said", "An official said on Monday.");
        return d.coded(d.event(1, source, target, "023", week(MON), Status.OCCURRED),
                d.event(1, source, target, "023", week(MON), Status.OCCURRED));
    }

    @Test
    void actorsOfUnknownCountryOrNoActorClusterOnlyWithinTheirArticle() {
        try (EventStore s = EventStore.inMemory()) {
            store(s, unnamed("a1", "---GOV", "---"), unnamed("a2", "---GOV", "---"), unnamed("a3", "KORGOV", "---"));
            List<EventCluster> cs = s.clusters(EventQuery.all());
            assertEquals(3, cs.size(), "two officials of unknown countries are not one speaker: " + cs);
            for (EventCluster c : cs) {
                assertEquals(2, c.mentions(), "the article's own two mentions: " + c);
                assertEquals(1, c.articles());
            }
        }
    }

    @Test
    void identifiedActorsAreThoseWithAKnownCountry() {
        assertEquals(true, ClusterPolicy.identified("KORGOV"));
        assertEquals(false, ClusterPolicy.identified("---GOV"));
        assertEquals(false, ClusterPolicy.identified("---"));
    }
}
