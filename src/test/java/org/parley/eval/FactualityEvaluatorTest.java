package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.events.PatternDictionary;
import org.parley.model.Status;
import org.parley.testing.SharedAnnotator;

class FactualityEvaluatorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return MAPPER.readTree(s);
    }

    @Test
    void mapsStatusesToMeantimeAttributesOverDefinedGoldValues() throws Exception {
        String text = "Arnor did not attack Gondor.\nArnor will visit Rohan.\nThe weather was fine.";
        JsonNode doc = json("{\"id\":\"9\",\"dct\":\"2020-01-01\",\"text\":\"" + text.replace("\n", "\\n") + "\"}");
        List<JsonNode> mentions = List.of(
                json("{\"id\":\"9#1\",\"start\":14,\"end\":20,\"event_text\":\"attack\",\"time\":\"NON_FUTURE\","
                        + "\"certainty\":\"CERTAIN\",\"polarity\":\"NEG\"}"),
                json("{\"id\":\"9#2\",\"start\":40,\"end\":45,\"event_text\":\"visit\",\"time\":\"FUTURE\","
                        + "\"certainty\":\"CERTAIN\",\"polarity\":\"POS\"}"),
                json("{\"id\":\"9#3\",\"start\":57,\"end\":64,\"event_text\":\"weather\",\"time\":\"UNDERSPECIFIED\","
                        + "\"certainty\":\"CERTAIN\",\"polarity\":\"POS\"}"));
        FactualityEvaluator.Report r = new FactualityEvaluator(SharedAnnotator.get(), PatternDictionary.builtIn())
                .evaluate(List.of(doc), mentions);
        assertEquals(3, r.mentions());
        assertEquals(2, r.found(), "'weather' heads no event pattern");
        assertEquals(2, r.timeGold());
        assertEquals(2, r.timeRight());
        assertEquals(2, r.polarityRight());
    }

    @Test
    void statusMapping() {
        assertEquals("FUTURE", FactualityEvaluator.timeOf(Status.EXPECTED));
        assertEquals("NON_FUTURE", FactualityEvaluator.timeOf(Status.NEGATED));
        assertEquals("PROBABLE", FactualityEvaluator.certaintyOf(Status.EXPECTED));
        assertEquals("POSSIBLE", FactualityEvaluator.certaintyOf(Status.HYPOTHETICAL));
        assertEquals("CERTAIN", FactualityEvaluator.certaintyOf(Status.PLANNED));
    }
}
