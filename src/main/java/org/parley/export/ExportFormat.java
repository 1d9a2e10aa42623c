package org.parley.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The file formats {@code parley export} writes. */
public enum ExportFormat {
    GDELT, GDELT_MENTIONS, PLOVER, CSV, PARQUET;

    /** The name on the command line ({@code gdelt-mentions}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ExportFormat::label).toList();
    }

    public static ExportFormat parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.label().equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + text + "'; expected one of "
                + String.join(", ", labels()));
    }
}
