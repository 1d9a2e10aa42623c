package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Granularity;

class TimexValueTest {
    private static TimexValue parse(String v) {
        return TimexValue.parse(v).orElseThrow(() -> new AssertionError("not parsed: " + v));
    }

    @Test
    void calendarValuesBecomeIntervals() {
        assertEquals(LocalDate.of(2019, 12, 31), parse("2019").end());
        assertEquals(Granularity.YEAR, parse("2019").granularity());
        assertEquals(LocalDate.of(2024, 2, 29), parse("2024-02").end());
        assertEquals(Granularity.DAY, parse("2025-12-27T10:00").granularity());
        assertEquals(LocalDate.of(2026, 4, 1), parse("2026-Q2").start());
        assertEquals(LocalDate.of(2026, 12, 31), parse("2026-H2").end());
        assertEquals(LocalDate.of(2026, 3, 1), parse("2026-SP").start());
        assertEquals(LocalDate.of(2010, 1, 1), parse("201").start());
        assertEquals(LocalDate.of(2019, 12, 31), parse("201").end());
    }

    @Test
    void isoWeeksStartOnMonday() {
        TimexValue w = parse("2025-W51");
        assertEquals(LocalDate.of(2025, 12, 15), w.start());
        assertEquals(LocalDate.of(2025, 12, 21), w.end());
        assertEquals(Granularity.WEEK, w.granularity());
        assertEquals(LocalDate.of(2020, 12, 28), parse("2020-W53").start());
    }

    @Test
    void nonCalendarValuesAreNotParsed() {
        for (String v : new String[] {"", "P3M", "PRESENT_REF", "XXXX-06", "2025-13", "2025-02-30", "nonsense"}) {
            assertTrue(TimexValue.parse(v).isEmpty(), v);
        }
    }

    @Test
    void shiftsKeepTheGranularity() {
        assertEquals("2025-06", parse("2026-06").shiftYears(-1).value());
        assertEquals("2026-11", parse("2025-11").shiftYears(1).value());
        assertEquals("2025-SU", parse("2026-SU").shiftYears(-1).value());
        assertEquals("2025-12-23", parse("2025-12-30").shiftWeeks(-1).value());
        assertEquals("2025-12", parse("2025-12").shiftWeeks(-1).value(), "weeks shift only days");
    }
}
