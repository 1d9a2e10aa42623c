package org.parley.events;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Actor;

/**
 * Settings of the events stage that a user or a suite's control records may change. {@link #STANDARD} is how Parley
 * codes when nothing is set.
 *
 * @param minimumWords  a sentence with fewer words (runs of characters between blanks) is not coded; 0 codes every
 *                      sentence
 * @param defaultSource the source of an event whose sentence names none for it (the verb has no subject actor, a
 *                      passive no "by" actor); empty: such an event is not coded
 * @param defaultTarget the target of an event whose sentence names none for it; empty: such an event is not coded
 * @param sourceReach   where a missing source is looked for before the default source is taken
 * @param targetReach   where a missing target is looked for before the default target is taken
 * @param commaClauses  which comma-delimited phrases are left out of coding
 * @param scope         how many events a sentence may yield ({@link CodingScope})
 */
public record CodingOptions(int minimumWords, Optional<Actor> defaultSource, Optional<Actor> defaultTarget,
                            DefaultReach sourceReach, DefaultReach targetReach, CommaClauses commaClauses,
                            CodingScope scope) {
    /**
     * Parley's own settings: every sentence is coded, an event needs a source and a target in its sentence, no
     * comma-delimited phrase is left out, and a sentence yields every event it reports ({@link CodingScope#PHRASE}).
     */
    public static final CodingOptions STANDARD = new CodingOptions(0, Optional.empty(), Optional.empty());

    /**
     * Minimum length and default actors; missing actors looked for on their own side, no phrase left out, Parley's
     * own scope.
     */
    public CodingOptions(int minimumWords, Optional<Actor> defaultSource, Optional<Actor> defaultTarget) {
        this(minimumWords, defaultSource, defaultTarget, DefaultReach.OWN_SIDE, DefaultReach.OWN_SIDE,
                CommaClauses.OFF, CodingScope.PHRASE);
    }

    public CodingOptions {
        if (minimumWords < 0) {
            throw new IllegalArgumentException("minimum words must be 0 or more, got " + minimumWords);
        }
        Objects.requireNonNull(defaultSource, "defaultSource");
        Objects.requireNonNull(defaultTarget, "defaultTarget");
        Objects.requireNonNull(sourceReach, "sourceReach");
        Objects.requireNonNull(targetReach, "targetReach");
        Objects.requireNonNull(commaClauses, "commaClauses");
        Objects.requireNonNull(scope, "scope");
    }

    public CodingOptions withMinimumWords(int words) {
        return new CodingOptions(words, defaultSource, defaultTarget, sourceReach, targetReach, commaClauses, scope);
    }

    /** These options with other default actors (empty: none), looked for on their own side only. */
    public CodingOptions withDefaults(Optional<Actor> source, Optional<Actor> target) {
        return withDefaults(source, DefaultReach.OWN_SIDE, target, DefaultReach.OWN_SIDE);
    }

    /** These options with other default actors (empty: none) and where a missing actor is looked for first. */
    public CodingOptions withDefaults(Optional<Actor> source, DefaultReach sourceReach, Optional<Actor> target,
                                      DefaultReach targetReach) {
        return new CodingOptions(minimumWords, source, target, sourceReach, targetReach, commaClauses, scope);
    }

    /** These options leaving out other comma-delimited phrases. */
    public CodingOptions withCommaClauses(CommaClauses clauses) {
        return new CodingOptions(minimumWords, defaultSource, defaultTarget, sourceReach, targetReach, clauses,
                scope);
    }

    /** These options with another coding scope. */
    public CodingOptions withScope(CodingScope other) {
        return new CodingOptions(minimumWords, defaultSource, defaultTarget, sourceReach, targetReach, commaClauses,
                other);
    }

    /** Whether a sentence of {@code text} is long enough to be coded. */
    public boolean codes(String text) {
        if (minimumWords == 0) {
            return true;
        }
        String trimmed = text.strip();
        int words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        return words >= minimumWords;
    }

    /** Whether any default actor is set: then a sentence without actors may still yield events. */
    public boolean hasDefaults() {
        return defaultSource.isPresent() || defaultTarget.isPresent();
    }
}
