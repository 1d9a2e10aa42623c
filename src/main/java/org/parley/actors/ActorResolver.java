package org.parley.actors;

import java.util.List;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;

/** The {@code actors} stage: finds the words that name political actors and resolves them to CAMEO codes. */
public interface ActorResolver {
    /** Every actor mention of the document, in text order. */
    List<ActorMention> resolve(AnnotatedDocument document);

    /**
     * This resolver with agent words that no country qualifies coded as actors of unknown country ({@code ---GOV};
     * {@code true}) or as no actor ({@code false}, Parley's standard). A resolver without that reading takes only
     * {@code false}.
     *
     * @throws IllegalArgumentException for {@code true}, if the resolver cannot honour it
     */
    default ActorResolver withUnknownCountryAgents(boolean code) {
        if (code) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " cannot code agents of unknown country");
        }
        return this;
    }

    /**
     * This resolver naming the noun phrases it leaves uncoded, of at most {@code words} words, by their words
     * ({@code THE MINISTRY OF MAGIC}, see {@link UncodedPhrases}), as PETRARCH's {@code new_actor_length} does;
     * {@code 0} names none (Parley's standard).
     *
     * @throws IllegalArgumentException if {@code words} is negative
     */
    default ActorResolver withNewActorLength(int words) {
        if (words < 0) {
            throw new IllegalArgumentException("new actor length must be 0 (off) or more, got " + words);
        }
        return words == 0 ? this : new UncodedPhraseResolver(this, words);
    }
}
