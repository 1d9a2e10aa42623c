package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.Status;

/**
 * When two event mentions report the same event, and so belong to one cluster (see {@code docs/FORMATS.md},
 * "Clusters"). Two mentions match when they have
 * <ul>
 *   <li>the same source and target actor codes; in either order when the mention's CAMEO code is symmetric
 *   ({@link #symmetricCodes}, code prefixes: by default {@code 040} consult, {@code 041} discuss by telephone,
 *   {@code 044} meet at a third location, {@code 046} negotiate, {@code 057} sign an agreement: "A met B" and "B met
 *   A" are one meeting, while a visit, 042, has a direction);</li>
 *   <li>the same CAMEO root code (two digits);</li>
 *   <li>the same status class ({@link #statusClass}): occurred/ongoing; planned/expected/possible/hypothetical;
 *   negated;</li>
 *   <li>date intervals that overlap, or are at most {@link #slackDays} days apart. A null bound is open (unbounded)
 *   on its side. A mention without any date (both bounds null) never matches a mention of another article; it
 *   joins a cluster only when a mention of its own article joined that cluster before it.</li>
 * </ul>
 * An actor of unknown country ({@code ---GOV}) or no actor ({@code ---}, the missing side of a one-sided event) names
 * no one in particular: a mention with one ({@link #identified}) matches like one without a date, only within its own
 * article.
 * A planned-class cluster and an occurred-class cluster that otherwise match are not merged: the planned one is
 * linked to the occurred one ({@code fulfilled_by}).
 *
 * @param slackDays      how many days apart two intervals may be and still match; 0 (the default) means they
 *                       must share a day; at most 366
 * @param symmetricCodes CAMEO code prefixes (2 to 4 digits) whose actor pairs are unordered
 */
public record ClusterPolicy(int slackDays, Set<String> symmetricCodes) {
    /** Status class of occurred and ongoing events. */
    public static final String OCCURRED = "occurred";
    /** Status class of planned, expected, possible and hypothetical events. */
    public static final String PLANNED = "planned";
    /** Status class of negated events. */
    public static final String NEGATED = "negated";

    private static final Pattern PREFIX = Pattern.compile("\\d{2,4}");
    private static final ClusterPolicy DEFAULTS = new ClusterPolicy(0, Set.of("040", "041", "044", "046", "057"));

    public ClusterPolicy {
        Objects.requireNonNull(symmetricCodes, "symmetricCodes");
        if (slackDays < 0 || slackDays > 366) {
            throw new IllegalArgumentException("cluster slack must be 0..366 days, got " + slackDays);
        }
        for (String r : symmetricCodes) {
            if (r == null || !PREFIX.matcher(r).matches()) {
                throw new IllegalArgumentException("symmetric CAMEO code prefixes must be 2 to 4 digits, got '" + r + "'");
            }
        }
        symmetricCodes = Set.copyOf(symmetricCodes);
    }

    /** Slack 0; symmetric codes 040, 041, 044, 046 and 057. */
    public static ClusterPolicy defaults() {
        return DEFAULTS;
    }

    /** The realis class of a status: {@link #OCCURRED}, {@link #PLANNED} or {@link #NEGATED}. */
    public static String statusClass(Status s) {
        return switch (s) {
            case OCCURRED, ONGOING -> OCCURRED;
            case PLANNED, EXPECTED, POSSIBLE, HYPOTHETICAL -> PLANNED;
            case NEGATED -> NEGATED;
        };
    }

    /**
     * Whether an actor code names a known actor: not one of unknown country ({@code ---GOV}) nor no actor
     * ({@code ---}); see {@link org.parley.model.Actor#UNKNOWN_COUNTRY}.
     */
    public static boolean identified(String actorCode) {
        return !actorCode.startsWith(org.parley.model.Actor.UNKNOWN_COUNTRY);
    }

    /** Whether actor order is ignored for this CAMEO code. */
    public boolean symmetric(String code) {
        return symmetricCodes.stream().anyMatch(code::startsWith);
    }

    /**
     * The cluster key's actor pair: {@code {source, target}}, or the two codes in alphabetical order when the
     * mention's code is symmetric.
     */
    public String[] pair(String code, String source, String target) {
        if (symmetric(code) && source.compareTo(target) > 0) {
            return new String[] {target, source};
        }
        return new String[] {source, target};
    }

    /**
     * Whether two dated intervals {@code [s1, e1]} and {@code [s2, e2]} overlap or lie at most {@link #slackDays}
     * apart; null bounds are open.
     */
    public boolean near(LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2) {
        boolean firstNotTooEarly = e1 == null || s2 == null || !e1.plusDays(slackDays).isBefore(s2);
        boolean secondNotTooEarly = e2 == null || s1 == null || !e2.plusDays(slackDays).isBefore(s1);
        return firstNotTooEarly && secondNotTooEarly;
    }
}
