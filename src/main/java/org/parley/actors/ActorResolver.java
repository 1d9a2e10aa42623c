package org.parley.actors;

import java.util.List;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;

/** The {@code actors} stage: finds the words that name political actors and resolves them to CAMEO codes. */
public interface ActorResolver {
    /** Every actor mention of the document, in text order. */
    List<ActorMention> resolve(AnnotatedDocument document);
}
