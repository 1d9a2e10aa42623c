package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

class JsonLineParserTest {
    private final JsonLineParser parser = new JsonLineParser();

    private String reason(String line) {
        return assertThrows(InputProblem.class, () -> parser.parse(line, "a.jsonl:1")).reason();
    }

    @Test
    void readsAllFields() throws InputProblem {
        Article article = parser.parse("{\"id\": \" w-1 \", \"date\": \"2024-06-01\", \"title\": \"Pact\\nsigned\","
                + " \"text\": \"Body one.\\r\\n\\r\\n\\r\\nBody two.\\n\", \"source\": \"Wire\", \"url\": \"https://x.org/1\"}",
                "a.jsonl:7");
        assertEquals("w-1", article.id());
        assertEquals(LocalDate.of(2024, 6, 1), article.date());
        assertEquals("Pact signed", article.title());
        assertEquals("Body one.\n\nBody two.", article.body());
        assertEquals("Wire", article.source());
        assertEquals("https://x.org/1", article.url());
        assertEquals("a.jsonl:7", article.origin());
    }

    @Test
    void optionalFieldsMayBeAbsentOrNull() throws InputProblem {
        Article article = parser.parse("{\"date\": \"2024-06-01\", \"text\": \"Body.\", \"title\": null, \"more\": [1]}",
                "a.jsonl:1");
        assertEquals("", article.title());
        assertEquals("", article.source());
        assertEquals("", article.url());
        assertEquals(ArticleIds.of("", "Body."), article.id());
    }

    @Test
    void acceptsAnIsoDateTimeAndKeepsItsCalendarDate() throws InputProblem {
        Article article = parser.parse("{\"date\": \"2025-12-27T23:30:00-05:00\", \"text\": \"Body.\"}", "a.jsonl:1");
        assertEquals(LocalDate.of(2025, 12, 27), article.date());
        assertEquals("malformed date-time '2025-12-27T25:00' in field 'date' (expected YYYY-MM-DD or an ISO-8601"
                + " date-time)", reason("{\"date\": \"2025-12-27T25:00\", \"text\": \"Body.\"}"));
    }

    @Test
    void requiresDateAndText() {
        assertEquals("missing required field 'date'", reason("{\"text\": \"Body.\"}"));
        assertEquals("missing required field 'date'", reason("{\"date\": null, \"text\": \"Body.\"}"));
        assertEquals("missing required field 'text'", reason("{\"date\": \"2024-06-01\"}"));
        assertEquals("field 'text' is blank", reason("{\"date\": \"2024-06-01\", \"text\": \" \\n \"}"));
    }

    @Test
    void rejectsWrongTypes() {
        assertEquals("field 'date' must be a string, found number", reason("{\"date\": 20240601, \"text\": \"B.\"}"));
        assertEquals("field 'text' must be a string, found array", reason("{\"date\": \"2024-06-01\", \"text\": [\"B.\"]}"));
        assertEquals("field 'title' must be a string, found boolean",
                reason("{\"date\": \"2024-06-01\", \"text\": \"B.\", \"title\": true}"));
        assertEquals("field 'id' must be a string, found number",
                reason("{\"date\": \"2024-06-01\", \"text\": \"B.\", \"id\": 7}"));
        assertEquals("field 'id' is blank", reason("{\"date\": \"2024-06-01\", \"text\": \"B.\", \"id\": \"  \"}"));
    }

    @Test
    void rejectsBadDates() {
        assertEquals("impossible date '2025-13-45' in field 'date' (expected YYYY-MM-DD)",
                reason("{\"date\": \"2025-13-45\", \"text\": \"B.\"}"));
        assertEquals("impossible date '2025-02-29' in field 'date' (expected YYYY-MM-DD)",
                reason("{\"date\": \"2025-02-29\", \"text\": \"B.\"}"));
        assertEquals("malformed date '27/12/2025' in field 'date' (expected YYYY-MM-DD)",
                reason("{\"date\": \"27/12/2025\", \"text\": \"B.\"}"));
    }

    @Test
    void rejectsValuesThatAreNotObjects() {
        assertEquals("expected a JSON object, found array", reason("[1, 2]"));
        assertEquals("expected a JSON object, found string", reason("\"text\""));
        assertEquals("expected a JSON object, found null", reason("null"));
    }

    @Test
    void rejectsInvalidJsonWithAShortMessage() {
        String truncated = reason("{\"date\": \"2024-06-01\", \"text\": \"B.\"");
        assertTrue(truncated.startsWith("not valid JSON: "), truncated);
        assertTrue(!truncated.contains("\n") && !truncated.contains("[Source"), truncated);
        assertTrue(reason("{\"date\": \"2024-06-01\", \"text\": \"B.\"} trailing").startsWith("not valid JSON: "));
        String duplicate = reason("{\"date\": \"2024-06-01\", \"date\": \"2024-06-02\", \"text\": \"B.\"}");
        assertTrue(duplicate.startsWith("not valid JSON: ") && duplicate.contains("date"), duplicate);
    }
}
