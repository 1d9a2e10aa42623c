package org.parley.model;

import java.util.Objects;

/**
 * Who asserts an event: "analysts say", "according to South Korea's foreign ministry", "Seoul said (Pyongyang
 * fired ...)". The event is the reported one; the speaker is kept here, never made an event of its own.
 *
 * @param text  the words naming the source of the claim
 * @param actor actor code of the claimant on the article's date if its words name an actor, else empty
 * @param cue   the reporting word ({@code say}, {@code deny}, {@code according to}, {@code believe})
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
