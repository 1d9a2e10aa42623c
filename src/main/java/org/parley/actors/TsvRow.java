package org.parley.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.model.Actor;

/**
 * One data line of a dictionary file, with typed accessors that fail with the file name and line number.
 *
 * @param file   file name, for messages
 * @param line   1-based line number
 * @param fields the tab-separated fields, trimmed
 */
record TsvRow(String file, int line, List<String> fields) {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    TsvRow {
        fields = List.copyOf(fields);
    }

    /** A problem with this line. */
    DictionaryFormatException error(String problem) {
        return new DictionaryFormatException(file, line, problem);
    }

    /** A field that must not be empty. */
    String required(int column, String name) {
        String value = fields.get(column);
        if (value.isEmpty()) {
            throw error("column '" + name + "' must not be empty");
        }
        return value;
    }

    /** A {@code |}-separated list; empty when the field is empty. Empty items ({@code a||b}) are errors. */
    List<String> list(int column, String name) {
        String value = fields.get(column);
        List<String> out = new ArrayList<>();
        if (value.isEmpty()) {
            return out;
        }
        for (String item : value.split("\\|", -1)) {
            String trimmed = item.trim();
            if (trimmed.isEmpty()) {
                throw error("column '" + name + "' has an empty item in '" + value + "'");
            }
            out.add(trimmed);
        }
        return out;
    }

    /** A {@code YYYY-MM-DD} date, or null when the field is empty and {@code optional}. */
    LocalDate date(int column, String name, boolean optional) {
        String value = fields.get(column);
        if (value.isEmpty()) {
            if (optional) {
                return null;
            }
            throw error("column '" + name + "' must hold a date YYYY-MM-DD");
        }
        if (!DATE.matcher(value).matches()) {
            throw error("column '" + name + "' must be a date YYYY-MM-DD, got '" + value + "'");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new DictionaryFormatException(file, line, "column '" + name + "' is not a real date: '" + value + "'", e);
        }
    }

    /** A CAMEO actor code such as {@code KORGOV} (upper-case letters in groups of three). */
    Actor actor(int column, String name) {
        String value = required(column, name);
        if (!value.equals(value.toUpperCase(java.util.Locale.ROOT))) {
            throw error("column '" + name + "' must be an upper-case CAMEO code, got '" + value + "'");
        }
        try {
            return Actor.of(value);
        } catch (IllegalArgumentException e) {
            throw new DictionaryFormatException(file, line, "column '" + name + "': " + e.getMessage(), e);
        }
    }
}
