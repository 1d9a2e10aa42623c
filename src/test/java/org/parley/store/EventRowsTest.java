package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Attribution;
import org.parley.model.CameoCode;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Evidence;
import org.parley.model.Granularity;
import org.parley.model.Location;
import org.parley.model.Participant;
import org.parley.model.Span;
import org.parley.model.Status;

class EventRowsTest {
    @TempDir
    Path dir;

    private static final Fixtures.Doc DOC = Fixtures.doc("rows", LocalDate.of(2025, 12, 20), "",
            "Seoul’s “envoy” met 🇯🇵 officials.", "It may happen after 2026.");

    @Test
    void theColumnListIsTheTablesColumnOrder() throws SQLException {
        Path db = dir.resolve("columns.duckdb");
        EventStore.open(db).close();
        List<String> written = new java.util.ArrayList<>(EventRows.COLUMNS);
        written.add("cluster_id"); // appended, not read back
        assertEquals(written, Fixtures.strings(db, "SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = 'events' ORDER BY ordinal_position"));
    }

    @Test
    void eventsWithoutAttributionLocationOrDateSpanRoundTrip() {
        Event bare = DOC.event(1, "KOR", "JPN", "010", Fixtures.unknown(), Status.HYPOTHETICAL);
        Event openEnd = new Event("rows", 2, new Participant("IGOUNO", "IGO", "UNO", "", new Span(0, 0), "", ""),
                new Participant("PRK", "PRK", "", "it", new Span(36, 38), "coref:it", ""),
                new CameoCode("0874", "Retreat", 10.0, 2, "", ""),
                new EventDate("2026", LocalDate.of(2027, 1, 1), null, Granularity.YEAR, "AFTER", DateBasis.TEXT,
                        "after 2026", new Span(50, 60)),
                Status.POSSIBLE, "may", null, false, null,
                new Evidence(DOC.sentence(2).text(), "", new Span(40, 40), "", "", ""));
        Event full = DOC.event(1, "KORGOVDIP", "JPNGOV", "1823",
                new EventDate("", null, LocalDate.of(2019, 5, 1), Granularity.DAY, "", DateBasis.INFERRED, "", null),
                Status.EXPECTED, new Attribution("the “envoy”", "", "according to", new Span(0, 11)),
                new Location("🇯🇵", "", new Span(20, 24)), true);
        try (EventStore store = EventStore.inMemory()) {
            store.store(store.startRun("t"), DOC.coded(bare, openEnd, full));
            // Nulls sort last, then sentence, then position: full (2019-05-01 end, null start) is not first.
            assertEquals(List.of(openEnd, bare, full), store.events(EventQuery.all()));
        }
    }

    @Test
    void derivedColumnsAndIdsAreWritten() throws SQLException {
        Path db = dir.resolve("ids.duckdb");
        Event a = DOC.event(1, "KORGOV", "JPN", "042", Fixtures.year(2019), Status.PLANNED);
        Event b = DOC.event(1, "JPN", "KORGOV", "1823", Fixtures.year(2019), Status.OCCURRED);
        Event c = DOC.event(2, "PRK", "USA", "112", Fixtures.unknown(), Status.OCCURRED);
        try (EventStore store = EventStore.open(db)) {
            store.store(store.startRun("t"), DOC.coded(a, b, c));
        }
        assertEquals(List.of("rows:1:0", "rows:1:1", "rows:2:2"),
                Fixtures.strings(db, "SELECT event_id FROM events ORDER BY event_ordinal"));
        assertEquals(List.of("04|PLANNED|2019-01-01|2019-12-31|2025-12-20|KOR|GOV",
                        "18|OCCURRED|2019-01-01|2019-12-31|2025-12-20|JPN|",
                        "11|OCCURRED|||2025-12-20|PRK|"),
                Fixtures.strings(db, "SELECT concat_ws('|', cameo_root, status, coalesce(CAST(date_start AS VARCHAR), ''),"
                        + " coalesce(CAST(date_end AS VARCHAR), ''), article_date, source_country, source_sector)"
                        + " FROM events ORDER BY event_ordinal"));
        assertEquals(EventRows.eventId(c, 2), "rows:2:2");
    }
}
