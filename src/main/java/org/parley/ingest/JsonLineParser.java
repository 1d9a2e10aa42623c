package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parley.model.Article;

/**
 * Parses one JSON Lines record, <code>{"id"?, "date", "title"?, "text", "source"?, "url"?}</code>, into an article.
 * {@code date} and {@code text} are required strings; the others are optional strings. A JSON {@code null} counts
 * as absent, unknown fields are ignored, and duplicate fields are an error. {@code date} is {@code YYYY-MM-DD}; an
 * ISO-8601 date-time such as {@code 2025-12-27T08:30:00Z} is also accepted and its calendar date (as written, not
 * converted to another zone) is used.
 */
final class JsonLineParser {
    private static final String DATE_EXPECTED = "YYYY-MM-DD";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    Article parse(String line, String origin) throws InputProblem {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputProblem("not valid JSON: " + shortMessage(e));
        }
        if (node == null || !node.isObject()) {
            throw new InputProblem("expected a JSON object, found " + kind(node));
        }
        LocalDate date = date(requiredString(node, "date"));
        String body = TextShape.body(requiredString(node, "text"));
        if (body.isEmpty()) {
            throw new InputProblem("field 'text' is blank");
        }
        String title = TextShape.title(optionalString(node, "title"));
        String id = optionalString(node, "id").strip();
        if (node.hasNonNull("id") && id.isEmpty()) {
            throw new InputProblem("field 'id' is blank");
        }
        if (id.isEmpty()) {
            id = ArticleIds.of(title, body);
        }
        String source = optionalString(node, "source").strip();
        String url = optionalString(node, "url").strip();
        return new Article(id, date, title, body, source, url, origin);
    }

    private static String requiredString(JsonNode object, String field) throws InputProblem {
        if (!object.hasNonNull(field)) {
            throw new InputProblem("missing required field '" + field + "'");
        }
        return optionalString(object, field);
    }

    private static String optionalString(JsonNode object, String field) throws InputProblem {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new InputProblem("field '" + field + "' must be a string, found " + kind(value));
        }
        return value.textValue();
    }

    private static LocalDate date(String value) throws InputProblem {
        String trimmed = value.strip();
        if (trimmed.length() > 10 && trimmed.charAt(10) == 'T') {
            try {
                DateTimeFormatter.ISO_DATE_TIME.parse(trimmed);
            } catch (DateTimeException e) {
                throw new InputProblem("malformed date-time '" + trimmed + "' in field 'date' (expected "
                        + DATE_EXPECTED + " or an ISO-8601 date-time)");
            }
            trimmed = trimmed.substring(0, 10);
        }
        return IsoDates.parse(trimmed, "in field 'date'", DATE_EXPECTED);
    }

    private static String kind(JsonNode node) {
        return node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** Jackson's message without the location and source excerpt it appends. */
    private static String shortMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int cut = message.indexOf('\n');
        message = cut < 0 ? message : message.substring(0, cut);
        int marker = message.indexOf(" (start marker at");
        return marker < 0 ? message : message.substring(0, marker);
    }
}
