package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Attribution;
import org.parley.model.Span;
import org.parley.testing.SampleEvents;

class CsvEventWriterTest {
    @Test
    void headerThenOneRowPerEventWithEveryColumn() throws IOException {
        StringBuilder out = new StringBuilder();
        CsvEventWriter w = new CsvEventWriter(out);
        w.write(List.of(SampleEvents.talks()));
        w.write(List.of(SampleEvents.plannedVisit()));
        w.finish();
        List<List<String>> rows = parse(out.toString());
        assertEquals(3, rows.size());
        assertEquals(EventColumns.ALL.size(), rows.get(0).size());
        assertEquals("article_id", rows.get(0).get(0));
        for (List<String> row : rows) {
            assertEquals(EventColumns.ALL.size(), row.size());
        }
        int text = rows.get(0).indexOf("source_text");
        assertEquals("South Korea's vice minister, \"Park\"", rows.get(1).get(text));
        int sentence = rows.get(0).indexOf("sentence_text");
        assertTrue(rows.get(1).get(sentence).contains("\nSecond line"));
        assertEquals("", rows.get(2).get(rows.get(0).indexOf("location_text")));
    }

    @Test
    void theSpeakersCodeHasAColumn() throws IOException {
        StringBuilder out = new StringBuilder();
        CsvEventWriter w = new CsvEventWriter(out);
        w.write(List.of(SampleEvents.assertedBy(SampleEvents.talks(),
                new Attribution("Seoul", "KORGOV", "say", new Span(0, 5))), SampleEvents.talks()));
        w.finish();
        List<List<String>> rows = parse(out.toString());
        int actor = rows.get(0).indexOf("attribution_actor");
        assertEquals(rows.get(0).indexOf("attribution_text") + 1, actor);
        assertEquals("KORGOV", rows.get(1).get(actor));
        assertEquals("Seoul", rows.get(1).get(actor - 1));
        assertEquals("", rows.get(2).get(actor), "the ministry names no actor");
    }

    @Test
    void emptyOutputStillHasTheHeader() throws IOException {
        StringBuilder out = new StringBuilder();
        CsvEventWriter w = new CsvEventWriter(out);
        w.finish();
        assertEquals(1, parse(out.toString()).size());
    }

    @Test
    void quotesOnlyWhenNeeded() {
        assertEquals("plain", CsvEventWriter.quote("plain"));
        assertEquals("\"a,b\"", CsvEventWriter.quote("a,b"));
        assertEquals("\"say \"\"no\"\"\"", CsvEventWriter.quote("say \"no\""));
    }

    /** A minimal RFC 4180 reader, enough to check the writer. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
