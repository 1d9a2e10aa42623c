package org.parley.model;

import java.util.Locale;

/** Whether, and how surely, an event happened. */
public enum Status {
    OCCURRED, ONGOING, PLANNED, EXPECTED, POSSIBLE, HYPOTHETICAL, NEGATED;

    /** Lower-case name as used in files and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown status '" + text + "'; expected one of "
                    + java.util.Arrays.stream(values()).map(Status::label).toList());
        }
    }
}
