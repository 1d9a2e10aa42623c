package org.parley.export;

import java.util.Locale;
import java.util.Optional;

/**
 * PLOVER's event categories, with the quad category the PLOVER manual (draft 0.7b1, "Quad categories in PLOVER")
 * puts each in. The CAMEO-to-PLOVER mapping of 2021 calls the demand category {@code REQUEST}; the manual's table
 * still says {@code DEMAND}. Both are read, and both are verbal conflict.
 */
enum PloverCategory {
    AGREE, CONSULT, SUPPORT, CONCEDE,
    COOPERATE, AID, RETREAT, INVESTIGATE,
    DEMAND, REQUEST, ACCUSE, REJECT, SANCTION, THREATEN,
    PROTEST, MOBILIZE, COERCE, ASSAULT;

    /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    int quad() {
        return switch (this) {
            case AGREE, CONSULT, SUPPORT, CONCEDE -> 1;
            case COOPERATE, AID, RETREAT, INVESTIGATE -> 2;
            case DEMAND, REQUEST, ACCUSE, REJECT, SANCTION, THREATEN -> 3;
            case PROTEST, MOBILIZE, COERCE, ASSAULT -> 4;
        };
    }

    /** The category a CAMEO table entry names ({@code CONSULT}), or empty for an empty or unknown name. */
    static Optional<PloverCategory> named(String name) {
        try {
            return name.isBlank() ? Optional.empty() : Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
