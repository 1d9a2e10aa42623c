package org.parley.events;

/**
 * Where the events stage looks for a missing source or target before it takes the default actor of the coding
 * options.
 */
public enum DefaultReach {
    /**
     * Only on the actor's own side of the predicate: a source is the subject side's, a target the object side's
     * (TABARI's {@code PRIOR} and {@code AFTER}); Parley's own reading, and how {@code --default-source} and
     * {@code --default-target} work.
     */
    OWN_SIDE,
    /**
     * First among the actors of the other side: an event without a source takes the first of its targets as the source
     * and keeps the others as targets; one without a target takes the second and later sources as its targets. Only
     * then the default. This is TABARI's reading of a {@code DEFAULT:} command without {@code PRIOR} / {@code AFTER};
     * it turns a partner into an actor ("X restored ties with Gondor and Bree", X unknown, gives Gondor > Bree), so
     * Parley uses it only where a suite asks for it.
     */
    EITHER_SIDE
}
