package org.parley.time;

import java.util.List;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.Timing;

/** The {@code time} stage: when each event happened or is to happen, and whether it happened at all. */
public interface EventTimer {
    /**
     * One timing per coded event, in the same order. The whole document is timed at once so that an undated event
     * can take its date from an earlier report of the same event.
     */
    List<Timing> time(AnnotatedDocument document, List<CodedEvent> events);
}
