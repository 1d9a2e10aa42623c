package org.parley.model;

import java.util.Objects;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies relation names, e.g.
 * {@code nsubj}, {@code obj}, {@code obl:in}, {@code nmod:poss}).
 *
 * @param relation  relation name, with its subtype if any
 * @param governor  index of the head token, or {@value #ROOT} for the sentence root
 * @param dependent index of the dependent token
 */
public record Dependency(String relation, int governor, int dependent) {
    public static final int ROOT = -1;

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (relation.isBlank()) {
            throw new IllegalArgumentException("dependency relation must not be blank");
        }
        if (governor < ROOT || dependent < 0) {
            throw new IllegalArgumentException("bad dependency token indices " + governor + " -> " + dependent);
        }
    }

    /** The relation without its subtype: {@code obl} for {@code obl:in}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype after the colon ({@code in} for {@code obl:in}), or the empty string. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
