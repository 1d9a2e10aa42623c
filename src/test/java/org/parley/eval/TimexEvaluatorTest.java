package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.testing.SharedAnnotator;

class TimexEvaluatorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void scoresFoundValuesAndParleysCorrections() throws Exception {
        // a December article: "since taking office in June" is the June before (SUTime says the June after)
        JsonNode doc = MAPPER.readTree("{\"id\":\"d1\",\"dct\":\"2025-12-27\",\"text\":\"It is his first trip since "
                + "taking office in June.\\nThey met last week.\",\"timexes\":[{\"text\":\"June\",\"start\":44,\"end\":48,"
                + "\"value\":\"2025-06\"},{\"text\":\"last week\",\"start\":59,\"end\":68,\"value\":\"2025-W51\"},"
                + "{\"text\":\"nowhere\",\"start\":0,\"end\":2,\"value\":\"1999\"}]}");
        JsonNode noRef = MAPPER.readTree("{\"id\":\"d2\",\"dct\":\"\",\"text\":\"Thursday\",\"timexes\":[{\"text\":"
                + "\"Thursday\",\"start\":0,\"end\":8,\"value\":\"XXXX-WXX-4\"}]}");
        TimexEvaluator.Report r = new TimexEvaluator(SharedAnnotator.get()).evaluate("t", List.of(doc, noRef));
        assertEquals(3, r.gold());
        assertEquals(2, r.found(), "'It' is no time expression");
        assertEquals(2, r.parleyRight());
        assertEquals(1, r.sutimeRight(), "SUTime alone gets June wrong");
        assertEquals(1, r.unreferenced());
        assertTrue(r.items().stream().anyMatch(i -> i.text().equals("June") && i.sutime().equals("2026-06")));
    }
}
