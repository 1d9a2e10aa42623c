package org.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Granularity;

/**
 * A calendar TIMEX3 value as an interval: {@code 2019}, {@code 2025-10}, {@code 2025-12-27}, {@code 2025-W51},
 * {@code 2026-Q1}, {@code 2026-SP}, {@code 2026-H2}, {@code 201} (a decade). A time of day is dropped.
 *
 * @param value       the normalized value
 * @param start       first day
 * @param end         last day
 * @param granularity its precision
 */
public record TimexValue(String value, LocalDate start, LocalDate end, Granularity granularity) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");

    public TimexValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(granularity, "granularity");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval of " + value + " ends before it starts");
        }
    }

    /** Parses a calendar value; anything else (durations, {@code PRESENT_REF}, sets) gives empty. */
    public static Optional<TimexValue> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            Matcher m;
            if ((m = DAY.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return Optional.of(new TimexValue(d.toString(), d, d, Granularity.DAY));
            }
            if ((m = MONTH.matcher(v)).matches()) {
                YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                return Optional.of(new TimexValue(ym.toString(), ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH));
            }
            if ((m = WEEK.matcher(v)).matches()) {
                return Optional.of(week(num(m, 1), num(m, 2)));
            }
            if ((m = QUARTER.matcher(v)).matches()) {
                int q = num(m, 2);
                LocalDate s = LocalDate.of(num(m, 1), 3 * q - 2, 1);
                return Optional.of(new TimexValue(v, s, s.plusMonths(3).minusDays(1), Granularity.QUARTER));
            }
            if ((m = HALF.matcher(v)).matches()) {
                LocalDate s = LocalDate.of(num(m, 1), num(m, 2) == 1 ? 1 : 7, 1);
                return Optional.of(new TimexValue(v, s, s.plusMonths(6).minusDays(1), Granularity.HALF_YEAR));
            }
            if ((m = SEASON.matcher(v)).matches()) {
                return Optional.of(season(num(m, 1), m.group(2)));
            }
            if ((m = YEAR.matcher(v)).matches()) {
                int y = num(m, 1);
                return Optional.of(new TimexValue(v, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR));
            }
            if ((m = DECADE.matcher(v)).matches()) {
                int y = num(m, 1) * 10;
                return Optional.of(new TimexValue(m.group(1), LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31),
                        Granularity.DECADE));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** ISO week {@code week} of week-based year {@code year}. */
    public static TimexValue week(int year, int week) {
        LocalDate monday = LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new TimexValue(String.format("%04d-W%02d", year, week), monday, monday.plusDays(6), Granularity.WEEK);
    }

    private static TimexValue season(int year, String season) {
        // meteorological seasons, northern hemisphere; winter runs December to February
        LocalDate s = switch (season) {
            case "SP" -> LocalDate.of(year, 3, 1);
            case "SU" -> LocalDate.of(year, 6, 1);
            case "FA" -> LocalDate.of(year, 9, 1);
            default -> LocalDate.of(year, 12, 1);
        };
        return new TimexValue(year + "-" + season, s, s.plusMonths(3).minusDays(1), Granularity.SEASON);
    }

    /** The same kind of value moved by whole years (months, seasons, quarters, years) or weeks and days. */
    public TimexValue shiftYears(int years) {
        return switch (granularity) {
            case DAY -> parse(start.plusYears(years).toString()).orElseThrow();
            case WEEK -> {
                LocalDate moved = start.plusYears(years);
                yield week(moved.get(IsoFields.WEEK_BASED_YEAR), moved.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case MONTH -> parse(YearMonth.from(start).plusYears(years).toString()).orElseThrow();
            case QUARTER, HALF_YEAR, SEASON -> parse((start.getYear() + years) + value.substring(4)).orElseThrow();
            case YEAR -> parse(String.valueOf(start.getYear() + years)).orElseThrow();
            case DECADE, UNKNOWN -> this;
        };
    }

    /** A day moved by whole weeks. */
    public TimexValue shiftWeeks(int weeks) {
        if (granularity != Granularity.DAY) {
            return this;
        }
        return parse(start.plusWeeks(weeks).toString()).orElseThrow();
    }
}
