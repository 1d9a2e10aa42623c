package org.parley.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Locale;

/** The formats {@code parley code} and {@code parley events} print. */
public enum OutputFormat {
    TABLE, JSONL, CSV;

    public EventWriter writer(Appendable out) {
        return switch (this) {
            case TABLE -> new TableEventWriter(out);
            case JSONL -> new JsonlEventWriter(out, new EventJson(new ObjectMapper()));
            case CSV -> new CsvEventWriter(out);
        };
    }

    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text + "'; expected one of "
                    + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
