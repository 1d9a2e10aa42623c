package org.parley.model;

import java.util.Objects;

/**
 * The source or target of a finished event: the actor code that held on the event's date, and where it came from.
 *
 * @param code    full CAMEO actor code ({@code KORGOV}), or a named actor's words in upper case
 *                ({@code THE MINISTRY OF MAGIC}, {@link Actor#named})
 * @param country its root ({@code KOR})
 * @param sector  its agent part ({@code GOV}), or empty
 * @param text    the words in the sentence
 * @param span    their characters
 * @param rule    the dictionary entry or rule that resolved it
 * @param role    the dated role used, e.g. {@code President of South Korea 2025-06-04..}, or empty
 */
public record Participant(String code, String country, String sector, String text, Span span, String rule, String role) {
    public Participant {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(role, "role");
    }

    /**
     * Whether this is a named actor ({@link Actor#isNamed}): a phrase no dictionary codes, whose code is its words;
     * the only participant whose code is not its country followed by its sector.
     */
    public boolean named() {
        return !code.equals(country + sector);
    }
}
