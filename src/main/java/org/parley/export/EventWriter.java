package org.parley.export;

import java.io.IOException;
import java.util.List;
import org.parley.model.Event;

/** Writes events in one output format. Implementations write to the {@link Appendable} given at construction. */
public interface EventWriter {
    /** Writes a batch of events; may be called several times. */
    void write(List<Event> events) throws IOException;

    /** Writes anything the format needs after the last event (a table's closing line). */
    default void finish() throws IOException {
    }
}
