package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Attribution;
import org.parley.model.Event;
import org.parley.model.Span;
import org.parley.testing.SampleEvents;

class TableEventWriterTest {
    @Test
    void headerAndOneLinePerEvent() throws IOException {
        StringBuilder out = new StringBuilder();
        TableEventWriter w = new TableEventWriter(out);
        w.write(List.of(SampleEvents.talks(), SampleEvents.plannedVisit()));
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("DATE"));
        assertTrue(lines.get(1).startsWith("2025-W51"), lines.get(1));
        assertTrue(lines.get(1).contains("KORGOV") && lines.get(1).contains("046"), lines.get(1));
        assertTrue(lines.get(2).startsWith("a:>2025-12-28"), "open-ended future date: " + lines.get(2));
        assertTrue(lines.get(2).contains("planned"));
    }

    @Test
    void saidByShowsTheSpeakersCodeElseItsWords() throws IOException {
        StringBuilder out = new StringBuilder();
        TableEventWriter w = new TableEventWriter(out);
        Event seoulSays = SampleEvents.assertedBy(SampleEvents.talks(),
                new Attribution("Seoul", "KORGOV", "say", new Span(0, 5)));
        w.write(List.of(seoulSays, SampleEvents.talks(), SampleEvents.plannedVisit()));
        List<String> lines = out.toString().lines().toList();
        int column = lines.get(0).indexOf("SAID BY");
        assertTrue(column > lines.get(0).indexOf("TARGET"), lines.get(0));
        assertTrue(lines.get(1).substring(column).startsWith("KORGOV "), lines.get(1));
        assertTrue(lines.get(2).substring(column).startsWith("the ministry "), "no code: the words " + lines.get(2));
        assertTrue(lines.get(3).substring(column).startsWith("  "), "nobody cited: " + lines.get(3));
    }
}
