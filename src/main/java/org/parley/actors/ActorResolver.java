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
}
