package org.parley.events;

import java.util.List;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;

/** The {@code events} stage: who did what to whom, sentence by sentence, as CAMEO codes. */
public interface EventCoder {
    /** Every event the document reports, in text order. */
    List<CodedEvent> code(AnnotatedDocument document, List<ActorMention> actors);
}
