package org.parley.testing;

import java.util.List;
import org.parley.model.CodedEvent;

/** Coded events written the way tests compare them: {@code SRC>TGT:CODE}, by each side's first role. */
public final class EventStrings {
    private EventStrings() {
    }

    /** One {@code SRC>TGT:CODE} string per event, in the events' order. */
    public static List<String> of(List<CodedEvent> events) {
        return events.stream().map(e -> e.source().roles().get(0).actor().code() + ">"
                + e.target().roles().get(0).actor().code() + ":" + e.code()).toList();
    }
}
