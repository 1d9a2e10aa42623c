package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.Attribution;
import org.parley.model.Event;
import org.parley.model.Granularity;
import org.parley.model.Location;
import org.parley.model.Span;
import org.parley.model.Status;

/** Validation of queries, and each filter run against a store of five hand-made events. */
class EventQueryTest {
    private static final LocalDate DEC_20 = Fixtures.DEC_20;
    /** Article dated 2025-12-20. */
    private static final Fixtures.Doc SUMMIT = Fixtures.doc("summit", DEC_20, "Lee visits Tokyo",
            "Lee visited Tokyo on Friday.", "The two leaders will meet again in January.");
    /** Article dated 2025-06-01, about events long before it. */
    private static final Fixtures.Doc HISTORY = Fixtures.doc("history", LocalDate.of(2025, 6, 1), "Looking back",
            "US forces held drills with North Korea in 2019.", "China may have met Seoul.",
            "Before 2019, Pyongyang did not criticise Washington.");

    /** KORGOV visits JPNGOV, 2025-12-19. */
    static final Event VISIT = SUMMIT.event(1, "KORGOV", "JPNGOV", "042", Fixtures.day(LocalDate.of(2025, 12, 19)),
            Status.OCCURRED, null, new Location("Tokyo", "JPN", new Span(30, 35)), false);
    /** KORGOV will meet JPNGOV in January 2026. */
    static final Event MEETING = SUMMIT.event(2, "KORGOV", "JPNGOV", "036",
            Fixtures.interval("2026-01", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Granularity.MONTH, "",
                    "in January", new Span(80, 90)),
            Status.PLANNED, new Attribution("officials", "KORGOV", "say", new Span(50, 59)), null, false);
    /** USAMIL vs PRKMIL in 2019, reported in a 2025 article. */
    static final Event DRILLS = HISTORY.event(1, "USAMIL", "PRKMIL", "190", Fixtures.year(2019), Status.OCCURRED,
            null, null, true);
    /** CHNGOV meets KOR, date unknown. */
    static final Event MAYBE = HISTORY.event(2, "CHNGOV", "KOR", "057", Fixtures.unknown(), Status.POSSIBLE);
    /** PRK vs USA before 2019: open start. */
    static final Event BEFORE = HISTORY.event(3, "PRK", "USA", "112",
            Fixtures.interval("2019", null, LocalDate.of(2018, 12, 31), Granularity.YEAR, "BEFORE", "Before 2019",
                    new Span(120, 131)),
            Status.NEGATED);

    private static EventStore store;

    @BeforeAll
    static void fill() {
        store = EventStore.inMemory();
        long run = store.startRun("fixture");
        store.store(run, SUMMIT.coded(VISIT, MEETING));
        store.store(run, HISTORY.coded(DRILLS, MAYBE, BEFORE));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Event> find(EventQuery q) {
        return store.events(q);
    }

    @Test
    void allEventsComeOrderedByEventDateThenArticleAndSentence() {
        assertEquals(List.of(DRILLS, VISIT, MEETING, MAYBE, BEFORE), find(EventQuery.all()));
    }

    @Test
    void actorMatchesSourceOrTargetByPrefix() {
        assertEquals(List.of(VISIT, MEETING, MAYBE), find(EventQuery.all().withActor("KOR")));
        assertEquals(List.of(VISIT, MEETING), find(EventQuery.all().withActor("KORGOV")));
        assertEquals(List.of(DRILLS), find(EventQuery.all().withActor("PRKMIL")));
        assertEquals(List.of(DRILLS, BEFORE), find(EventQuery.all().withActor("prk")));
        assertEquals(List.of(), find(EventQuery.all().withActor("RUS")));
    }

    @Test
    void dyadMatchesEitherDirection() {
        assertEquals(List.of(VISIT, MEETING), find(EventQuery.all().withDyad("JPN", "KOR")));
        assertEquals(List.of(VISIT, MEETING), find(EventQuery.all().withDyad("KORGOV", "JPN")));
        // USAMIL -> PRKMIL and PRK -> USA.
        assertEquals(List.of(DRILLS, BEFORE), find(EventQuery.all().withDyad("PRK", "USA")));
        assertEquals(List.of(BEFORE), find(EventQuery.all().withDyad("USA", "PRK").withCodePrefix("11")));
        assertEquals(List.of(), find(EventQuery.all().withDyad("KOR", "USA")));
    }

    @Test
    void datesFilterOnTheEventDateNotTheArticleDate() {
        // HISTORY is dated 2025-06-01; DRILLS happened in 2019.
        assertEquals(List.of(DRILLS), find(EventQuery.all().between(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 1))));
        assertEquals(List.of(), find(EventQuery.all().between(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1))));
    }

    @Test
    void dateWindowsMatchByOverlap() {
        // [2025-12-25, 2026-01-05] overlaps January 2026 but not 2025-12-19.
        assertEquals(List.of(MEETING), find(EventQuery.all().between(LocalDate.of(2025, 12, 25),
                LocalDate.of(2026, 1, 5))));
        // Bounds are inclusive on both sides.
        assertEquals(List.of(VISIT), find(EventQuery.all().between(LocalDate.of(2025, 12, 19),
                LocalDate.of(2025, 12, 31))));
        assertEquals(List.of(VISIT, MEETING), find(EventQuery.all().between(LocalDate.of(2025, 12, 19),
                LocalDate.of(2026, 1, 1))));
        assertEquals(List.of(DRILLS), find(EventQuery.all().between(LocalDate.of(2019, 12, 31),
                LocalDate.of(2020, 5, 1))));
    }

    @Test
    void openEventBoundsAndOpenWindows() {
        // BEFORE ends 2018-12-31 with no start: it matches windows reaching back before 2019.
        assertEquals(List.of(BEFORE), find(EventQuery.all().between(null, LocalDate.of(2018, 6, 30))));
        assertEquals(List.of(BEFORE), find(EventQuery.all().between(LocalDate.of(1950, 1, 1), LocalDate.of(1950, 1, 1))));
        assertEquals(List.of(DRILLS, BEFORE), find(EventQuery.all().between(null, LocalDate.of(2019, 1, 1))));
        assertEquals(List.of(MEETING), find(EventQuery.all().between(LocalDate.of(2026, 1, 15), null)));
        // MAYBE's date is unknown: it matches no date filter, however wide.
        assertEquals(List.of(DRILLS, VISIT, MEETING, BEFORE),
                find(EventQuery.all().between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))));
    }

    @Test
    void codePrefixMatchesCameoCodes() {
        assertEquals(List.of(VISIT), find(EventQuery.all().withCodePrefix("04")));
        assertEquals(List.of(VISIT), find(EventQuery.all().withCodePrefix("042")));
        assertEquals(List.of(VISIT, MEETING, MAYBE), find(EventQuery.all().withCodePrefix("0")));
        assertEquals(List.of(DRILLS, BEFORE), find(EventQuery.all().withCodePrefix("1")));
        assertEquals(List.of(), find(EventQuery.all().withCodePrefix("0421")));
    }

    @Test
    void statusArticleAndLimitFilter() {
        assertEquals(List.of(MEETING), find(EventQuery.all().withStatus(Status.PLANNED)));
        assertEquals(List.of(DRILLS, VISIT), find(EventQuery.all().withStatus(Status.OCCURRED)));
        assertEquals(List.of(DRILLS, MAYBE, BEFORE), find(EventQuery.all().withArticle("history")));
        assertEquals(List.of(), find(EventQuery.all().withArticle("nope")));
        assertEquals(List.of(DRILLS, VISIT), find(EventQuery.all().withLimit(2)));
        assertEquals(List.of(VISIT), find(EventQuery.all().withActor("KOR").withStatus(Status.OCCURRED)));
    }

    @Test
    void userValuesAreParametersNotSql() {
        assertEquals(List.of(), find(EventQuery.all().withArticle("x' OR '1'='1")));
        assertEquals(List.of(), find(EventQuery.all().withArticle("%")));
    }

    @Test
    void actorCodesAreNormalisedAndChecked() {
        assertEquals("KORGOV", EventQuery.all().withActor(" korGov ").actor());
        assertEquals(new EventQuery.Dyad("KOR", "PRK"), new EventQuery.Dyad("kor", "prk"));
        for (String bad : List.of("KO", "KORG", "KOR-GOV", "", "K0R GOV")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> EventQuery.all().withActor(bad), bad);
            assertTrue(e.getMessage().contains("groups of three"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withDyad("KOR", "US"));
        assertThrows(NullPointerException.class, () -> EventQuery.all().withDyad("KOR", null));
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventQuery.all().between(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
        assertTrue(e.getMessage().contains("2020-01-02"), e.getMessage());
        assertEquals(LocalDate.of(2020, 1, 1),
                EventQuery.all().between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)).to());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a4", "04.2", "12345", "-1"})
    void codePrefixesMustBeOneToFourDigits(String bad) {
        assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withCodePrefix(bad));
    }

    @Test
    void otherFiltersAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withLimit(0));
        assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withArticle(" "));
        assertNull(EventQuery.all().withLimit(null).limit());
        assertEquals(" 04 ".trim(), EventQuery.all().withCodePrefix(" 04 ").codePrefix());
    }
}
