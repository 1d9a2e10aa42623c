package org.parley.actors;

import java.time.LocalDate;
import org.parley.model.ActorRole;

/** Date interval arithmetic for roles whose open ends are null. */
final class Intervals {
    private Intervals() {
    }

    /** Whether two roles hold on at least one common day. */
    static boolean overlap(ActorRole a, ActorRole b) {
        return before(a.from(), b.to()) && before(b.from(), a.to());
    }

    /** {@code from <= to}, where a null from is minus infinity and a null to plus infinity. */
    private static boolean before(LocalDate from, LocalDate to) {
        return from == null || to == null || !from.isAfter(to);
    }
}
