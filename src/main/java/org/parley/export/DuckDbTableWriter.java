package org.parley.export;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.model.StoredEvent;

/**
 * CSV and Parquet through DuckDB: the columns of {@link EventColumns}, typed, go into a temporary table of a private
 * in-memory DuckDB (values as prepared-statement parameters), which {@code COPY} writes to the file.
 */
final class DuckDbTableWriter {
    /** Column types other than VARCHAR. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("sentence", "INTEGER"),
            Map.entry("source_begin", "INTEGER"), Map.entry("source_end", "INTEGER"),
            Map.entry("target_begin", "INTEGER"), Map.entry("target_end", "INTEGER"),
            Map.entry("quad_class", "INTEGER"), Map.entry("goldstein", "DOUBLE"),
            Map.entry("date_start", "DATE"), Map.entry("date_end", "DATE"),
            Map.entry("historical", "BOOLEAN"));

    private DuckDbTableWriter() {
    }

    /** The SQL type of a column of {@link EventColumns}. */
    static String type(String column) {
        return TYPES.getOrDefault(column, "VARCHAR");
    }

    static void write(List<StoredEvent> events, Path file, String format) throws SQLException {
        List<EventColumns.Column> columns = EventColumns.ALL;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE export_events (" + columns.stream()
                        .map(col -> '"' + col.name() + "\" " + type(col.name()))
                        .collect(Collectors.joining(", ")) + ")");
            }
            String insert = "INSERT INTO export_events VALUES ("
                    + columns.stream().map(col -> "?").collect(Collectors.joining(", ")) + ")";
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(insert)) {
                for (StoredEvent e : events) {
                    for (int i = 0; i < columns.size(); i++) {
                        EventColumns.Column col = columns.get(i);
                        p.setObject(i + 1, value(type(col.name()), col.value().apply(e.event())));
                    }
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            String options = "PARQUET".equals(format) ? "FORMAT PARQUET" : "FORMAT CSV, HEADER";
            try (Statement s = c.createStatement()) {
                s.execute("COPY export_events TO " + literal(file.toAbsolutePath().toString()) + " (" + options + ")");
            }
        }
    }

    private static Object value(String type, String text) {
        if (type.equals("VARCHAR")) {
            return text;
        }
        if (text.isEmpty()) {
            return null;
        }
        return switch (type) {
            case "INTEGER" -> Integer.valueOf(text);
            case "DOUBLE" -> Double.valueOf(text);
            case "DATE" -> LocalDate.parse(text);
            case "BOOLEAN" -> Boolean.valueOf(text);
            default -> throw new IllegalStateException("no conversion to " + type);
        };
    }

    /**
     * A SQL string literal: DuckDB's {@code COPY} takes no parameter for its file, so the path is quoted, with
     * single quotes doubled (standard SQL strings have no other escapes).
     */
    static String literal(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a path must not contain a NUL character");
        }
        return "'" + text.replace("'", "''") + "'";
    }
}
