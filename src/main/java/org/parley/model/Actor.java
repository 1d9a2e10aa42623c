package org.parley.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO actor code, e.g. {@code KORGOV}: a country or organisation code optionally followed by one or more
 * three-letter agent (sector) codes.
 *
 * @param code    the full code, upper-case, a multiple of three letters
 * @param country ISO 3166-1 alpha-3 code (or {@code IGO}/{@code NGO}-style root) of the first three letters; never null
 * @param sector  the agent code after the root (e.g. {@code GOV}), or empty
 */
public record Actor(String code, String country, String sector) {
    private static final Pattern CODE = Pattern.compile("([A-Z0-9]{3})+");

    public Actor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("actor code must be upper-case letters in groups of three, got '" + code + "'");
        }
        if (!code.equals(country + sector)) {
            throw new IllegalArgumentException("actor code " + code + " is not country " + country + " + sector " + sector);
        }
        if (country.length() != 3) {
            throw new IllegalArgumentException("actor code " + code + " is not country " + country + " + sector "
                    + sector + ": the country is its first three letters");
        }
    }

    /** Parses a code such as {@code KORGOV} into root {@code KOR} and sector {@code GOV}. */
    public static Actor of(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (c.length() < 3) {
            throw new IllegalArgumentException("actor code must have at least three letters, got '" + code + "'");
        }
        return new Actor(c, c.substring(0, 3), c.substring(3));
    }
}
