package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An actor code that holds over a date interval: a president is {@code KORGOV} while in office and
 * {@code KORELI} afterwards. Open ends are null.
 *
 * @param actor the code
 * @param from  first day the role holds, or null for "since ever"
 * @param to    last day the role holds, or null for "still holds"
 * @param note  what the role is (e.g. {@code President of South Korea}), possibly empty
 */
public record ActorRole(Actor actor, LocalDate from, LocalDate to, String note) {
    public ActorRole {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(note, "note");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("role " + actor.code() + " ends " + to + " before it starts " + from);
        }
    }

    public static ActorRole always(Actor actor) {
        return new ActorRole(actor, null, null, "");
    }

    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
