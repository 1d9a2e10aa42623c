package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.testing.SampleEvents;

class JsonlEventWriterTest {
    @Test
    void oneParsableLinePerEvent() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        new JsonlEventWriter(out, new EventJson(mapper)).write(List.of(SampleEvents.talks(), SampleEvents.plannedVisit()));
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size());
        assertEquals(SampleEvents.talks(), new EventJson(mapper).fromJson(mapper.readTree(lines.get(0))));
        assertEquals("a2", mapper.readTree(lines.get(1)).get("article_id").asText());
    }
}
