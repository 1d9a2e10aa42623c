package org.parley.actors;

import java.util.Objects;
import org.parley.model.ActorRole;

/**
 * One dated role of a person, with where the fact comes from.
 *
 * @param role   the code over its interval, with the role's description as note
 * @param source the source note of the line, e.g. {@code public record: president of South Korea since 2025-06-04}
 */
public record PersonRole(ActorRole role, String source) {
    public PersonRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
    }
}
