package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.StoredEvent;

class EventExporterTest {
    @TempDir
    Path dir;

    @Test
    void parquetReadsBackWithTheSameValues() throws Exception {
        Path out = dir.resolve("it's events.parquet"); // a quote in the path must not break the SQL
        assertEquals(2, EventExporter.export(ExportSamples.both(), ExportFormat.PARQUET, out, false));
        assertSameValues(readBack("SELECT * FROM read_parquet(?)", out));
    }

    @Test
    void csvReadsBackWithTheSameValues() throws Exception {
        Path out = dir.resolve("events.csv");
        EventExporter.export(ExportSamples.both(), ExportFormat.CSV, out, false);
        assertSameValues(readBack("SELECT * FROM read_csv_auto(?)", out));
    }

    /** Every column of every row, as text; SQL NULL reads as "" (how {@link EventColumns} shows no value). */
    private static List<List<String>> readBack(String sql, Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, file.toString());
            try (ResultSet r = p.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    header.add(r.getMetaData().getColumnName(i));
                }
                rows.add(header);
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        Object v = r.getObject(i);
                        row.add(v == null ? "" : v.toString());
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static void assertSameValues(List<List<String>> rows) {
        assertEquals(EventColumns.ALL.stream().map(EventColumns.Column::name).toList(), rows.get(0));
        List<StoredEvent> events = ExportSamples.both();
        assertEquals(events.size() + 1, rows.size());
        for (int i = 0; i < events.size(); i++) {
            StoredEvent e = events.get(i);
            List<String> expected = EventColumns.ALL.stream().map(c -> c.value().apply(e.event())).toList();
            assertEquals(expected, rows.get(i + 1));
        }
    }

    @Test
    void ploverReadsBackWithJackson() throws Exception {
        Path out = dir.resolve("events.jsonl");
        assertEquals(2, EventExporter.export(ExportSamples.both(), ExportFormat.PLOVER, out, false));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        JsonNode talks = new ObjectMapper().readTree(lines.get(0));
        assertEquals("a1:5:0", talks.get("id").asText());
        assertEquals("2025-12-15", talks.get("date").asText());
        assertEquals("CONSULT", talks.at("/event/0").asText());
        assertEquals(0, talks.get("mode").size());
        assertEquals("KOR", talks.at("/source/0/code").asText());
        assertEquals("GOV", talks.at("/source/0/sector").asText());
        assertEquals("CHN", talks.at("/recipient/0/code").asText());
        assertEquals("Beijing", talks.at("/event_loc/name").asText());
        assertEquals(ExportSamples.talks().event().evidence().sentenceText(), talks.get("text").asText());
        JsonNode visit = new ObjectMapper().readTree(lines.get(1));
        assertEquals("visit", visit.at("/mode/0").asText());
        assertFalse(visit.has("event_loc"), "no place named, no location object");
        assertTrue(visit.get("parley_date_end").isNull());
    }

    @Test
    void everyGdeltRowHasSixtyOneColumns() throws Exception {
        Path out = dir.resolve("events.tsv");
        EventExporter.export(ExportSamples.both(), ExportFormat.GDELT, out, false);
        List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2, rows.size());
        rows.forEach(r -> assertEquals(61, r.split("\t", -1).length));
    }

    @Test
    void anExistingFileNeedsForce() throws Exception {
        Path out = dir.resolve("events.csv");
        Files.writeString(out, "keep me");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> EventExporter.export(ExportSamples.both(), ExportFormat.CSV, out, false));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        assertEquals("keep me", Files.readString(out));
        EventExporter.export(ExportSamples.both(), ExportFormat.CSV, out, true);
        assertTrue(Files.readString(out).startsWith("article_id,"));
        assertEquals(List.of(out), files(), "no temporary file is left behind");
    }

    @Test
    void aFailedExportLeavesNoFile() {
        Path out = dir.resolve("missing-parent").resolve("x").resolve("events.parquet");
        // an event list that fails half-way: null is not a stored event
        List<StoredEvent> bad = new ArrayList<>(ExportSamples.both());
        bad.add(null);
        assertThrows(RuntimeException.class, () -> EventExporter.export(bad, ExportFormat.GDELT, out, false));
        assertTrue(Files.notExists(out));
        assertEquals(List.of(), filesIn(out.getParent()));
    }

    @Test
    void unknownFormatsListTheFormats() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("xml"));
        assertEquals("unknown export format 'xml'; expected one of gdelt, gdelt-mentions, plover, csv, parquet",
                e.getMessage());
        assertEquals(ExportFormat.GDELT_MENTIONS, ExportFormat.parse("GDELT-Mentions"));
    }

    private List<Path> files() throws Exception {
        return filesIn(dir);
    }

    private static List<Path> filesIn(Path d) {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
