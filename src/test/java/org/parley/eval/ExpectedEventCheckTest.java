package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.testing.SampleEvents;

class ExpectedEventCheckTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ExpectedEventCheck check = new ExpectedEventCheck();

    private static ExpectedEvent row(String json) throws Exception {
        return ExpectedEvent.fromJson(MAPPER.readTree(json));
    }

    @Test
    void symmetricRowMatchesEitherOrderWithDateStatusAndLocation() throws Exception {
        ExpectedEvent x = row("{\"id\":\"M4\",\"sentences\":[5],\"source\":[\"CHNGOV\"],\"target\":[\"KORGOV\"],"
                + "\"symmetric\":true,\"any_of\":[\"040\",\"046\"],\"date\":{\"value\":\"2025-W51\"},"
                + "\"status\":\"occurred\",\"location\":\"CHN\"}");
        ExpectedEventCheck.Verdict v = check.check(List.of(x), List.of(SampleEvents.talks())).get(0);
        assertTrue(v.right(), v.detail());
    }

    @Test
    void wrongPartsAreNamed() throws Exception {
        ExpectedEvent x = row("{\"id\":\"X\",\"sentences\":[5],\"source\":[\"KORGOV\"],\"target\":[\"CHNGOV\"],"
                + "\"any_of\":[\"046\"],\"date\":{\"value\":\"2025-12\"},\"status\":\"planned\"}");
        ExpectedEventCheck.Verdict v = check.check(List.of(x), List.of(SampleEvents.talks())).get(0);
        assertFalse(v.right());
        assertTrue(v.detail().contains("date") && v.detail().contains("status"), v.detail());
        assertFalse(v.detail().contains("actors"), v.detail());
    }

    @Test
    void eventsInOtherSentencesDoNotCount() throws Exception {
        ExpectedEvent x = row("{\"id\":\"X\",\"sentences\":[2],\"source\":[\"KORGOV\"],\"target\":[\"CHNGOV\"],"
                + "\"any_of\":[\"046\"],\"date\":{\"value\":\"2025-W51\"},\"status\":\"occurred\"}");
        ExpectedEventCheck.Verdict v = check.check(List.of(x), List.of(SampleEvents.talks())).get(0);
        assertFalse(v.right());
        assertTrue(v.detail().startsWith("no event"), v.detail());
    }

    @Test
    void openBoundsAndAlternatives() throws Exception {
        ExpectedEvent after = row("{\"id\":\"M8\",\"sentences\":[1],\"source\":[\"USAGOV\"],\"target\":[\"CHN\"],"
                + "\"any_of\":[\"020\"],\"alternative\":{\"source\":[\"USAGOV\"],\"target\":[\"CHN\"],\"any_of\":[\"042\"]},"
                + "\"date\":{\"after\":\"2025-12-27\"},\"status\":\"planned\"}");
        assertTrue(check.check(List.of(after), List.of(SampleEvents.plannedVisit())).get(0).right());
        ExpectedEvent before = row("{\"id\":\"B\",\"sentences\":[1],\"source\":[\"USAGOV\"],\"target\":[\"CHN\"],"
                + "\"any_of\":[\"042\"],\"date\":{\"before\":\"2026-11-30\"},\"status\":\"planned\"}");
        assertFalse(check.check(List.of(before), List.of(SampleEvents.plannedVisit())).get(0).right(),
                "an open end is not before a date");
    }

    @Test
    void malformedRowsNameTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> row("{\"id\":\"M1\",\"sentences\":[1],\"source\":[],\"target\":[\"CHN\"],\"any_of\":[\"042\"],"
                        + "\"status\":\"planned\"}"));
        assertTrue(e.getMessage().startsWith("expected event M1"), e.getMessage());
    }
}
