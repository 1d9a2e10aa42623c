package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.testing.SampleEvents;

class EventJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final EventJson json = new EventJson(mapper);

    @Test
    void roundTripsEveryField() throws Exception {
        for (Event e : new Event[] {SampleEvents.talks(), SampleEvents.plannedVisit()}) {
            String text = mapper.writeValueAsString(json.toJson(e));
            assertEquals(e, json.fromJson(mapper.readTree(text)));
        }
    }

    @Test
    void writesTheDocumentedLayout() {
        ObjectNode n = json.toJson(SampleEvents.talks());
        assertEquals(Event.SCHEMA, n.get("schema").asText());
        assertEquals("week", n.at("/date/granularity").asText());
        assertEquals("text", n.at("/date/basis").asText());
        assertEquals("04", n.at("/cameo/root").asText());
        assertEquals("occurred", n.get("status").asText());
        assertEquals("CHN", n.at("/location/country").asText());
        ObjectNode planned = json.toJson(SampleEvents.plannedVisit());
        assertTrue(planned.get("attribution").isNull());
        assertTrue(planned.at("/date/end").isNull());
        assertEquals("AFTER", planned.at("/date/modifier").asText());
    }

    @Test
    void rejectsAnotherSchemaAndMissingFields() {
        ObjectNode n = json.toJson(SampleEvents.talks());
        n.put("schema", "parley.event/99");
        IllegalArgumentException schema = assertThrows(IllegalArgumentException.class, () -> json.fromJson(n));
        assertTrue(schema.getMessage().contains("parley.event/99"));
        ObjectNode m = json.toJson(SampleEvents.talks());
        m.remove("status");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> json.fromJson(m));
        assertTrue(missing.getMessage().contains("'status'"), missing.getMessage());
    }
}
