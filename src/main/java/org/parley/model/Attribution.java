package org.parley.model;

import java.util.Objects;

/**
 * Who asserts an event: "analysts say", "according to South Korea's foreign ministry".
 *
 * @param text  the words naming the source of the claim
 * @param actor actor code of the claimant if resolved, else empty
 * @param cue   the reporting word ({@code say}, {@code according to}, {@code believe})
 * @param span  characters of {@code text}
 */
public record Attribution(String text, String actor, String cue, Span span) {
    public Attribution {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(span, "span");
    }
}
