package org.parley.time;

import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.Timing;

/** The {@code time} stage: when each event happened or is to happen, and whether it happened at all. */
public interface EventTimer {
    Timing time(AnnotatedDocument document, CodedEvent event);
}
