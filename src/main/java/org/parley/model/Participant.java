package org.parley.model;

import java.util.Objects;

/**
 * The source or target of a finished event: the actor code that held on the event's date, and where it came from.
 *
 * @param code    full CAMEO actor code ({@code KORGOV})
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
}
