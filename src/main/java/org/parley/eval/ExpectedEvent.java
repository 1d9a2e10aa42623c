package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of an expected-events list (the format of {@code shared/seed/expected.jsonl}): the sentences that report
 * the event, the acceptable source and target codes and CAMEO codes, an optional alternative reading, the date
 * (a value, or an open bound), the status and optionally the location's country.
 */
public record ExpectedEvent(String id, List<Integer> sentences, Reading reading, Reading alternative,
                            boolean symmetric, String dateValue, LocalDate after, LocalDate before, String status,
                            String location) {
    /** Acceptable source codes, target codes and CAMEO codes. */
    public record Reading(List<String> sources, List<String> targets, List<String> codes) {
        public Reading {
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
            codes = List.copyOf(codes);
        }
    }

    public ExpectedEvent {
        Objects.requireNonNull(id, "id");
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(status, "status");
    }

    /** Reads one JSON object of the list; a missing required field is an error naming the row. */
    public static ExpectedEvent fromJson(JsonNode n) {
        String id = n.path("id").asText("");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("expected event without an id: " + n);
        }
        try {
            Reading main = reading(n, n.path("any_of"));
            JsonNode alt = n.get("alternative");
            Reading alternative = alt == null ? null : reading(alt, alt.path("any_of"));
            JsonNode date = n.path("date");
            return new ExpectedEvent(id, ints(n.path("sentences")), main, alternative, n.path("symmetric").asBoolean(false),
                    date.has("value") ? date.get("value").asText() : null,
                    date.has("after") ? LocalDate.parse(date.get("after").asText()) : null,
                    date.has("before") ? LocalDate.parse(date.get("before").asText()) : null,
                    required(n, "status"), n.has("location") ? n.get("location").asText() : null);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("expected event " + id + ": " + e.getMessage(), e);
        }
    }

    private static Reading reading(JsonNode n, JsonNode codes) {
        return new Reading(strings(n.path("source")), strings(n.path("target")), strings(codes));
    }

    private static String required(JsonNode n, String field) {
        if (!n.hasNonNull(field)) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return n.get(field).asText();
    }

    private static List<String> strings(JsonNode array) {
        if (!array.isArray() || array.isEmpty()) {
            throw new IllegalArgumentException("expected a non-empty array, got " + array);
        }
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asInt()));
        return out;
    }
}
