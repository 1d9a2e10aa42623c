package org.parley.model;

import java.util.Objects;

/**
 * Where an event took place.
 *
 * @param text    the place's words
 * @param country ISO-3 code of the country it is in, or empty if unknown
 * @param span    characters in {@link Article#fullText()}
 */
public record Location(String text, String country, Span span) {
    public Location {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(span, "span");
    }
}
