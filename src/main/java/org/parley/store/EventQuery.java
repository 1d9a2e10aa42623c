package org.parley.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parley.model.Status;

/**
 * Which events {@link EventStore#events} returns. Every filter is optional (null means "any"); given filters must
 * all hold. Start from {@link #all()} and narrow with the {@code with...} methods.
 *
 * <p>Actor codes match by prefix, so {@code KOR} matches {@code KOR}, {@code KORGOV} and {@code KORMILGOV}. They
 * are trimmed and upper-cased, and must then be letters or digits in groups of three.
 *
 * <p>Dates filter on the <em>event's</em> date interval, never the article's: an event matches when its
 * {@code [start, end]} overlaps {@code [from, to]} (both inclusive). A null event bound is open on that side
 * (an event "before 2019" matches any window ending before 2019). An event whose date is entirely unknown (both
 * bounds null) matches no date filter.
 *
 * @param actor      a code that the source or the target starts with, or null
 * @param dyad       two codes that the source and target start with, in either direction, or null
 * @param from       first day of the window, or null for no lower limit
 * @param to         last day of the window, or null for no upper limit
 * @param codePrefix a CAMEO code prefix of 1 to 4 digits ({@code 04} matches {@code 042}), or null
 * @param status     the status events must have, or null
 * @param articleId  the article events must come from, or null
 * @param limit      the most events to return, at least 1, or null for all
 */
public record EventQuery(String actor, Dyad dyad, LocalDate from, LocalDate to, String codePrefix, Status status,
                         String articleId, Integer limit) {
    private static final Pattern ACTOR = Pattern.compile("([A-Z0-9]{3})+");
    private static final Pattern CODE_PREFIX = Pattern.compile("\\d{1,4}");
    private static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, null);

    public EventQuery {
        actor = actor == null ? null : actorCode(actor, "actor");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date window starts " + from + " after it ends " + to);
        }
        if (codePrefix != null) {
            codePrefix = codePrefix.trim();
            if (!CODE_PREFIX.matcher(codePrefix).matches()) {
                throw new IllegalArgumentException("CAMEO code prefix must be 1 to 4 digits, got '" + codePrefix + "'");
            }
        }
        if (articleId != null && articleId.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    /** The query without filters: every event. */
    public static EventQuery all() {
        return ALL;
    }

    /** This query, also requiring an actor code prefix on the source or the target. */
    public EventQuery withActor(String code) {
        return new EventQuery(code, dyad, from, to, codePrefix, status, articleId, limit);
    }

    /** This query, also requiring the source and target to start with {@code a} and {@code b}, either way. */
    public EventQuery withDyad(String a, String b) {
        return new EventQuery(actor, new Dyad(a, b), from, to, codePrefix, status, articleId, limit);
    }

    /** Events whose date interval overlaps {@code [from, to]}; either may be null. */
    public EventQuery between(LocalDate from, LocalDate to) {
        return new EventQuery(actor, dyad, from, to, codePrefix, status, articleId, limit);
    }

    /** This query, also requiring a CAMEO code prefix. */
    public EventQuery withCodePrefix(String prefix) {
        return new EventQuery(actor, dyad, from, to, prefix, status, articleId, limit);
    }

    /** This query, also requiring a status; null for any. */
    public EventQuery withStatus(Status s) {
        return new EventQuery(actor, dyad, from, to, codePrefix, s, articleId, limit);
    }

    /** This query, also requiring the events to come from one article; null for any. */
    public EventQuery withArticle(String id) {
        return new EventQuery(actor, dyad, from, to, codePrefix, status, id, limit);
    }

    /** This query, returning at most {@code n} events; null for all. */
    public EventQuery withLimit(Integer n) {
        return new EventQuery(actor, dyad, from, to, codePrefix, status, articleId, n);
    }

    /**
     * Two actor code prefixes; an event matches when its source starts with one and its target with the other.
     *
     * @param a one side
     * @param b the other side
     */
    public record Dyad(String a, String b) {
        public Dyad {
            a = actorCode(a, "dyad side");
            b = actorCode(b, "dyad side");
        }
    }

    static String actorCode(String code, String what) {
        Objects.requireNonNull(code, what);
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (!ACTOR.matcher(c).matches()) {
            throw new IllegalArgumentException(what + " code must be letters or digits in groups of three "
                    + "(e.g. KOR, KORGOV), got '" + code + "'");
        }
        return c;
    }
}
