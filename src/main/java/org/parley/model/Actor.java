package org.parley.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO actor code, e.g. {@code KORGOV}: a country or organisation code optionally followed by one or more
 * three-letter agent (sector) codes.
 *
 * <p>The root may be the unknown-country marker {@code ---} ({@link #UNKNOWN_COUNTRY}), as the peer coders write it:
 * {@code ---GOV} is a government whose country the sentence does not say (only with the coding option that codes
 * bare agent words, see {@code docs/DICTIONARIES.md}, "Coding options"), and {@code ---} alone ({@link #NONE}) is no
 * actor at all: the empty side of an event kept without one. The root may also be TABARI's discard code {@code ###}
 * ({@link #DISCARD}): a PETRARCH or TABARI actor file's way of saying that a sentence naming the phrase reports no
 * event; the actors stage reads it and no event ever carries it.
 *
 * <p>Parley's own codes, and every code a user types, are groups of three ({@link #of}). A PETRARCH or TABARI
 * dictionary may write its own codes outside them ({@code ITHTV}: root {@code ITH}, sector {@code TV}); read with the
 * option that keeps a dictionary's codes as written, such a code is an actor too ({@link #asWritten}), and code
 * that splits sectors into groups of three checks {@link #inGroupsOfThree} first.
 *
 * <p>A <em>named</em> actor ({@link #named}, {@link #isNamed}) is a noun phrase no dictionary codes, named by its own
 * words, as PETRARCH's {@code new_actor_length} option writes one: the code is the words in upper case
 * ({@code THE MINISTRY OF MAGIC}), the country {@code ---} (none is known) and the sector empty. It is the only actor
 * whose code is not its country followed by its sector; only the coding option that asks for such actors makes
 * them (see {@code docs/DICTIONARIES.md}, "Coding options").
 *
 * @param code    the full code, upper-case: a three-character root followed by letters or digits (in groups of
 *                three unless a dictionary wrote it otherwise); for a named actor its words in upper case
 * @param country ISO 3166-1 alpha-3 code (or {@code IGO}/{@code NGO}-style root) of the first three letters, or
 *                {@code ---} when the country is unknown; never null
 * @param sector  the agent code after the root (e.g. {@code GOV}), or empty
 */
public record Actor(String code, String country, String sector) {
    private static final Pattern CODE = Pattern.compile("(---|###|[A-Z0-9]{3})[A-Z0-9]*");
    private static final Pattern GROUPS = Pattern.compile("(---|###|[A-Z0-9]{3})([A-Z0-9]{3})*");
    /** The root of an actor whose country is not known. */
    public static final String UNKNOWN_COUNTRY = "---";
    /** No actor: the missing side of an event coded with one side only. */
    public static final Actor NONE = new Actor(UNKNOWN_COUNTRY, UNKNOWN_COUNTRY, "");
    /** Roots that are not countries: intergovernmental, non-governmental, international militant, multinational. */
    public static final java.util.Set<String> NON_STATE_ROOTS = java.util.Set.of("IGO", "NGO", "IMG", "MNC");
    /** The root of TABARI's discard code: a name coded {@code [###]} marks its sentence as reporting no event. */
    public static final String DISCARD_ROOT = "###";
    /** A name that discards its sentence ({@link #DISCARD_ROOT}); the actors stage keeps it out of every event. */
    public static final Actor DISCARD = new Actor(DISCARD_ROOT, DISCARD_ROOT, "");
    /** A named actor's code: upper-case words (no lower-case letter) separated by single blanks. */
    private static final Pattern WORDS = Pattern.compile("[^\\s\\p{Ll}]+( [^\\s\\p{Ll}]+)*");

    public Actor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        if (!code.equals(country + sector) && country.equals(UNKNOWN_COUNTRY) && sector.isEmpty()) {
            if (!WORDS.matcher(code).matches() || code.startsWith(UNKNOWN_COUNTRY)) {
                throw new IllegalArgumentException("a named actor's code must be upper-case words separated by "
                        + "single blanks, got '" + code + "'");
            }
        } else {
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("actor code must be a three-character root followed by upper-case "
                        + "letters or digits, got '" + code + "'");
            }
            if (!code.equals(country + sector)) {
                throw new IllegalArgumentException("actor code " + code + " is not country " + country + " + sector "
                        + sector);
            }
            if (country.length() != 3) {
                throw new IllegalArgumentException("actor code " + code + " is not country " + country + " + sector "
                        + sector + ": the country is its first three letters");
            }
        }
    }

    /** Parses a code such as {@code KORGOV} into root {@code KOR} and sector {@code GOV}; {@code ---GOV} has no country. */
    public static Actor of(String code) {
        String c = normalised(code);
        if (!GROUPS.matcher(c).matches()) {
            throw new IllegalArgumentException("actor code must be upper-case letters in groups of three, got '"
                    + c + "'");
        }
        return new Actor(c, c.substring(0, 3), c.substring(3));
    }

    /**
     * A code as a user's dictionary writes it, also outside the groups of three: {@code ITHTV} is root {@code ITH}
     * and sector {@code TV}. Codes in groups of three read as with {@link #of}.
     */
    public static Actor asWritten(String code) {
        String c = normalised(code);
        return new Actor(c, c.substring(0, 3), c.substring(3));
    }

    private static String normalised(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (c.length() < 3) {
            throw new IllegalArgumentException("actor code must have at least three letters, got '" + code + "'");
        }
        return c;
    }

    /**
     * A noun phrase that no dictionary codes, named by its words: {@code "the Ministry of Magic"} is the actor
     * {@code THE MINISTRY OF MAGIC}, of unknown country ({@code ---}) and no sector. Blanks between words are
     * collapsed; words are upper-cased.
     *
     * @throws IllegalArgumentException if {@code words} is blank
     */
    public static Actor named(String words) {
        Objects.requireNonNull(words, "words");
        String w = words.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
        if (w.isEmpty()) {
            throw new IllegalArgumentException("a named actor needs words");
        }
        return new Actor(w, UNKNOWN_COUNTRY, "");
    }

    /** Whether this is a named actor ({@link #named}): a phrase's words, not a code. */
    public boolean isNamed() {
        return !code.equals(country + sector);
    }

    /**
     * Whether the sector is CAMEO's groups of three (or empty); false only for a dictionary's own code as written
     * (a named actor has no sector: true).
     */
    public boolean inGroupsOfThree() {
        return sector.length() % 3 == 0;
    }

    /** An agent of an unknown country: {@code ---} followed by {@code sector}, e.g. {@code ---GOV}. */
    public static Actor withoutCountry(String sector) {
        Objects.requireNonNull(sector, "sector");
        if (sector.isEmpty()) {
            throw new IllegalArgumentException("an actor without a country needs a sector; no actor at all is Actor.NONE");
        }
        return of(UNKNOWN_COUNTRY + sector);
    }

    /** Whether the root is a known country or organisation (not {@link #UNKNOWN_COUNTRY}, nor {@link #DISCARD_ROOT}). */
    public boolean hasCountry() {
        return !country.equals(UNKNOWN_COUNTRY) && !discards();
    }

    /**
     * Whether the root is an international or non-state one ({@link #NON_STATE_ROOTS}), whose code after the root
     * names the organisation: {@code IGOUNO} (the UN) and {@code IGOUNOIAE} (the IAEA) are two actors of one root.
     */
    public boolean isNonState() {
        return NON_STATE_ROOTS.contains(country);
    }

    /**
     * Whether this is a dictionary's discard code ({@link #DISCARD}, also with an agent: "Nasgul crowds" is
     * {@code ###CVL}): the sentence naming it reports no event.
     */
    public boolean discards() {
        return country.equals(DISCARD_ROOT);
    }

    /** Whether this is {@link #NONE}: no actor (a named actor is an actor, of unknown country). */
    public boolean isNone() {
        return code.equals(UNKNOWN_COUNTRY);
    }
}
