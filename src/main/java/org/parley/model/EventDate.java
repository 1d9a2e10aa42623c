package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened or is to happen.
 *
 * @param value       TIMEX3-style value ({@code 2025-W51}, {@code 2026-01}, {@code 2019}); empty when unknown
 * @param start       first day of the interval, or null when unbounded
 * @param end         last day of the interval, or null when unbounded
 * @param granularity how precisely it is known
 * @param modifier    {@code EARLY}, {@code MID}, {@code LATE}, {@code BEFORE}, {@code AFTER}, or empty
 * @param basis       where it comes from
 * @param text        the words that gave it, empty when the basis is not the text
 * @param span        their characters, or null
 */
public record EventDate(String value, LocalDate start, LocalDate end, Granularity granularity, String modifier,
                        DateBasis basis, String text, Span span) {
    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(text, "text");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("event date ends " + end + " before it starts " + start);
        }
    }

    /** The article's own date, used when the text gives none. */
    public static EventDate ofArticle(LocalDate date) {
        return new EventDate(date.toString(), date, date, Granularity.DAY, "", DateBasis.ARTICLE_DATE, "", null);
    }

    /** A representative day: the start, else the end. Used to pick actor roles. */
    public LocalDate anchor(LocalDate fallback) {
        if (start != null) {
            return start;
        }
        return end != null ? end : fallback;
    }
}
