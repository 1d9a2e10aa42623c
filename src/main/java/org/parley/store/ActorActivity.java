package org.parley.store;

import java.util.List;

/**
 * How active an actor code is: events with it as source or target (an event with it on both sides counts once),
 * and its most frequent partners.
 *
 * @param code     the actor code as stored, e.g. {@code KORGOV}
 * @param events   its events
 * @param partners its top partners, most events first
 */
public record ActorActivity(String code, long events, List<Partner> partners) {
    public ActorActivity {
        partners = List.copyOf(partners);
    }

    /** A partner code and the events the two share. */
    public record Partner(String code, long events) {
    }
}
