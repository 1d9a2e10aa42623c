package org.parley.events;

import java.util.List;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;

/** The {@code events} stage: who did what to whom, sentence by sentence, as CAMEO codes. */
public interface EventCoder {
    /** Every event the document reports, in text order. */
    List<CodedEvent> code(AnnotatedDocument document, List<ActorMention> actors);

    /**
     * This coder with other {@link CodingOptions}. A coder without settings of its own takes only
     * {@link CodingOptions#STANDARD}.
     *
     * @throws IllegalArgumentException for other options than the standard ones, if the coder cannot honour them
     */
    default EventCoder with(CodingOptions options) {
        if (!options.equals(CodingOptions.STANDARD)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " takes no coding options");
        }
        return this;
    }
}
