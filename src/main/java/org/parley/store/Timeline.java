package org.parley.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Events per period, by the start of the event's date.
 *
 * @param by      the period length
 * @param periods every period from the first with events (or of the window's start, when given) to the last (or
 *                of the window's end), empty ones included, oldest first
 * @param undated matching events with no start date, left out of the periods
 */
public record Timeline(Period by, List<Row> periods, long undated) {
    public Timeline {
        periods = List.copyOf(periods);
    }

    /** The length of a period: weeks start on Monday (ISO), months on the 1st. */
    public enum Period {
        WEEK, MONTH;

        /** DuckDB's {@code date_trunc} part: a constant, never user text. */
        String part() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The first day of the period holding {@code day}. */
        public LocalDate truncate(LocalDate day) {
            return this == WEEK ? day.minusDays(day.getDayOfWeek().getValue() - 1L) : day.withDayOfMonth(1);
        }

        LocalDate next(LocalDate start) {
            return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
        }

        public static Period parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown period '" + text + "'; expected week or month");
            }
        }
    }

    /**
     * One period.
     *
     * @param start         its first day
     * @param events        events starting in it
     * @param quad          events per QuadClass: index 0 is QuadClass 1 (verbal cooperation) .. 3 is 4 (material
     *                      conflict)
     * @param meanGoldstein mean Goldstein weight, 0 when there are no events
     * @param goldsteinSum  sum of Goldstein weights
     */
    public record Row(LocalDate start, long events, long[] quad, double meanGoldstein, double goldsteinSum) {
        public Row {
            quad = quad.clone();
        }

        /** Cooperation minus conflict: QuadClass 1 + 2 - 3 - 4. */
        public long balance() {
            return quad[0] + quad[1] - quad[2] - quad[3];
        }

        static Row empty(LocalDate start) {
            return new Row(start, 0, new long[4], 0, 0);
        }
    }
}
