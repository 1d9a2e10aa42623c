package org.parley.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Strict {@code YYYY-MM-DD} parsing with messages that tell malformed dates from impossible ones. */
final class IsoDates {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDates() {
    }

    /**
     * Parses {@code value} as a calendar date.
     *
     * @param where    where the value was found, e.g. {@code in first line}
     * @param expected what the input should look like, quoted in the message
     */
    static LocalDate parse(String value, String where, String expected) throws InputProblem {
        if (!SHAPE.matcher(value).matches()) {
            throw new InputProblem("malformed date '" + value + "' " + where + " (expected " + expected + ")");
        }
        try {
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw new InputProblem("impossible date '" + value + "' " + where + " (expected " + expected + ")");
        }
    }
}
