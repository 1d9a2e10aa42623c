package org.parley.events;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Actor;

/**
 * Settings of the coding stages that a user or a suite's control records may change. {@link #STANDARD} is how Parley
 * codes when nothing is set. The events stage reads all but {@code unknownCountryAgents} and {@code newActorLength},
 * which the engine hands to the actors stage ({@code app/Engine#withCoding}).
 *
 * @param minimumWords         a sentence with fewer words (runs of characters between blanks) is not coded; 0 codes
 *                             every sentence
 * @param defaultSource        the source of an event whose sentence names none for it (the verb has no subject actor,
 *                             a passive no "by" actor); empty: such an event is not coded
 * @param defaultTarget        the target of an event whose sentence names none for it; empty: such an event is not
 *                             coded
 * @param sourceReach          where a missing source is looked for before the default source is taken
 * @param targetReach          where a missing target is looked for before the default target is taken
 * @param commaClauses         which comma-delimited phrases are left out of coding
 * @param scope                how many events a sentence may yield ({@link CodingScope})
 * @param requireDyad          true (the standard): an event needs a source and a target; false: an event whose
 *                             pattern matched with one side only (and no default actor for the other) is kept, the
 *                             empty side coded {@link Actor#NONE} ({@code ---}), as PETRARCH's {@code require_dyad =
 *                             false} does
 * @param unknownCountryAgents false (the standard): an agent word that no country qualifies ("the government",
 *                             "police", "students") is no actor unless the article names one country only; true: it
 *                             is an actor of unknown country ({@code ---GOV}, {@link Actor#withoutCountry}), as
 *                             PETRARCH codes it always and TABARI with {@code SET: CONVERT AGENT = TRUE}
 * @param newActorLength       0 (the standard): a noun phrase no dictionary codes is no actor; N &gt; 0: such a
 *                             phrase of at most N words in a place an actor may take is an actor named by its words
 *                             ({@link Actor#named}: {@code THE MINISTRY OF MAGIC}), as PETRARCH's
 *                             {@code new_actor_length = N} does; read by the actors stage, like
 *                             {@code unknownCountryAgents}
 * @param passiveNeedsBy       false (the standard): a passive verb ("Gondor was criticized") has its subject as the
 *                             one done to, with or without a {@code by} phrase; true: a verb is read as passive only
 *                             with a {@code by} phrase, as PETRARCH-2 reads it, so "Gondor was criticized over its
 *                             dispute with Rohan" makes Gondor the critic of Rohan
 */
public record CodingOptions(int minimumWords, Optional<Actor> defaultSource, Optional<Actor> defaultTarget,
                            DefaultReach sourceReach, DefaultReach targetReach, CommaClauses commaClauses,
                            CodingScope scope, boolean requireDyad, boolean unknownCountryAgents,
                            int newActorLength, boolean passiveNeedsBy) {
    /**
     * Parley's own settings: every sentence is coded, an event needs a source and a target in its sentence, no
     * comma-delimited phrase is left out, a sentence yields every event it reports ({@link CodingScope#PHRASE}), and
     * an agent word alone is no actor.
     */
    public static final CodingOptions STANDARD = new CodingOptions(0, Optional.empty(), Optional.empty());

    /**
     * Minimum length and default actors; missing actors looked for on their own side, no phrase left out, Parley's
     * own scope, dyad and agent settings.
     */
    public CodingOptions(int minimumWords, Optional<Actor> defaultSource, Optional<Actor> defaultTarget) {
        this(minimumWords, defaultSource, defaultTarget, DefaultReach.OWN_SIDE, DefaultReach.OWN_SIDE,
                CommaClauses.OFF, CodingScope.PHRASE);
    }

    /** Options with Parley's standard dyad and agent settings. */
    public CodingOptions(int minimumWords, Optional<Actor> defaultSource, Optional<Actor> defaultTarget,
                         DefaultReach sourceReach, DefaultReach targetReach, CommaClauses commaClauses,
                         CodingScope scope) {
        this(minimumWords, defaultSource, defaultTarget, sourceReach, targetReach, commaClauses, scope, true, false, 0,
                false);
    }

    public CodingOptions {
        if (minimumWords < 0) {
            throw new IllegalArgumentException("minimum words must be 0 or more, got " + minimumWords);
        }
        if (newActorLength < 0) {
            throw new IllegalArgumentException("new actor length must be 0 (off) or more, got " + newActorLength);
        }
        Objects.requireNonNull(defaultSource, "defaultSource");
        Objects.requireNonNull(defaultTarget, "defaultTarget");
        Objects.requireNonNull(sourceReach, "sourceReach");
        Objects.requireNonNull(targetReach, "targetReach");
        Objects.requireNonNull(commaClauses, "commaClauses");
        Objects.requireNonNull(scope, "scope");
        for (Optional<Actor> d : java.util.List.of(defaultSource, defaultTarget)) {
            if (d.isPresent() && d.get().isNone()) {
                throw new IllegalArgumentException("a default actor must be an actor, not --- (no actor)");
            }
        }
    }

    public CodingOptions withMinimumWords(int words) {
        return new CodingOptions(words, defaultSource, defaultTarget, sourceReach, targetReach, commaClauses, scope,
                requireDyad, unknownCountryAgents, newActorLength, passiveNeedsBy);
    }

    /** These options with other default actors (empty: none), looked for on their own side only. */
    public CodingOptions withDefaults(Optional<Actor> source, Optional<Actor> target) {
        return withDefaults(source, DefaultReach.OWN_SIDE, target, DefaultReach.OWN_SIDE);
    }

    /** These options with other default actors (empty: none) and where a missing actor is looked for first. */
    public CodingOptions withDefaults(Optional<Actor> source, DefaultReach sourceReach, Optional<Actor> target,
                                      DefaultReach targetReach) {
        return new CodingOptions(minimumWords, source, target, sourceReach, targetReach, commaClauses, scope,
                requireDyad, unknownCountryAgents, newActorLength, passiveNeedsBy);
    }

    /** These options leaving out other comma-delimited phrases. */
    public CodingOptions withCommaClauses(CommaClauses clauses) {
        return new CodingOptions(minimumWords, defaultSource, defaultTarget, sourceReach, targetReach, clauses,
                scope, requireDyad, unknownCountryAgents, newActorLength, passiveNeedsBy);
    }

    /** These options with another coding scope. */
    public CodingOptions withScope(CodingScope other) {
        return new CodingOptions(minimumWords, defaultSource, defaultTarget, sourceReach, targetReach, commaClauses,
                other, requireDyad, unknownCountryAgents, newActorLength, passiveNeedsBy);
    }

    /** These options with events that need both sides ({@code true}) or keep one-sided ones ({@code false}). */
    public CodingOptions withRequireDyad(boolean require) {
        return new CodingOptions(minimumWords, defaultSource, defaultTarget, sourceReach, targetReach, commaClauses,
                scope, require, unknownCountryAgents, newActorLength, passiveNeedsBy);
    }

    /** These options with bare agent words coded as actors of unknown country ({@code true}) or not at all. */
    public CodingOptions withUnknownCountryAgents(boolean code) {
        return new CodingOptions(minimumWords, defaultSource, defaultTarget, sourceReach, targetReach, commaClauses,
                scope, requireDyad, code, newActorLength, passiveNeedsBy);
    }

    /**
     * These options with uncoded noun phrases of at most {@code words} words named by their words ({@code 0}: off),
     * as PETRARCH's {@code new_actor_length}.
     */
    public CodingOptions withNewActorLength(int words) {
        return new CodingOptions(minimumWords, defaultSource, defaultTarget, sourceReach, targetReach, commaClauses,
                scope, requireDyad, unknownCountryAgents, words, passiveNeedsBy);
    }

    /**
     * These options reading a verb as passive only with a {@code by} phrase ({@code true}, as PETRARCH-2) or by its
     * form ({@code false}, the standard).
     */
    public CodingOptions withPassiveNeedsBy(boolean needsBy) {
        return new CodingOptions(minimumWords, defaultSource, defaultTarget, sourceReach, targetReach, commaClauses,
                scope, requireDyad, unknownCountryAgents, newActorLength, needsBy);
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
