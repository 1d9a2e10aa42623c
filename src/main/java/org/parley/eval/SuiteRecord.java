package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One record of a peer event-coding suite in the shared JSON Lines form
 * ({@code {id, date, text, expected:[{source, target, code}], notes:{kind, category, options, ...}}}).
 *
 * @param id       record id, e.g. {@code DEMO-01}
 * @param date     the story's date; {@link #DEFAULT_DATE} when the record has none
 * @param text     the sentence or story
 * @param expected the events it must yield (empty for the kinds that must yield none)
 * @param kind     how to score it
 * @param category the suite's category ({@code DEMO}, {@code COMPOUND}, ...)
 * @param commands control commands that apply from this record on, in order: {@code notes.options} as
 *                 {@code SET: KEY = VALUE}, then {@code notes.option_commands} and comments that open with
 *                 {@code { OPTION:} (e.g. {@code SET: MINIMUM WORDS = 4}, {@code DEFAULT: OFF})
 * @param detail   the kind's own detail: the error type of an {@code error} record, the expected actor codes of an
 *                 {@code actor_resolution} record (comma-separated)
 */
public record SuiteRecord(String id, LocalDate date, String text, List<Triple> expected, Kind kind, String category,
                          List<String> commands, String detail) {
    /** The date given to records that carry none: the date PETRARCH-2's own test harness codes them on. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2015, 8, 13);
    private static final Pattern IN_TEXT_OPTION = Pattern.compile("(?i)\\s*\\{\\s*OPTION:\\s*(.+?)\\s*}?\\s*");

    /** How a record is scored. */
    public enum Kind {
        /** the expected list is the whole answer */
        EVENTS,
        /** nothing may be coded */
        NO_EVENTS,
        /** the story or sentence is discarded: nothing may be coded */
        DISCARD,
        /** the record must be rejected (or, for a dateline, stripped) */
        ERROR,
        /** resolve the text's actors only; {@code detail} lists the expected codes */
        ACTOR_RESOLUTION,
        /** a control record that changes settings; not a test */
        OPTION,
        /** not scored: complex TABARI stories, unchecked records, notes */
        UNSCORED;

        static Kind of(String kind) {
            return switch (kind.toLowerCase(Locale.ROOT)) {
                case "events" -> EVENTS;
                case "no_events" -> NO_EVENTS;
                case "discard" -> DISCARD;
                case "error" -> ERROR;
                case "actor_resolution" -> ACTOR_RESOLUTION;
                case "option" -> OPTION;
                case "complex", "unchecked", "no_verification_record" -> UNSCORED;
                default -> throw new IllegalArgumentException("unknown record kind '" + kind + "'");
            };
        }
    }

    /** An expected event: source, target and CAMEO code, and the event's date where the suite gives it. */
    public record Triple(String source, String target, String code, LocalDate eventDate) {
        public Triple {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(code, "code");
        }

        /** {@code SOURCE>TARGET:CODE}, the actor codes in Parley's spelling ({@link #actorCode}). */
        public String key() {
            return actorCode(source) + ">" + actorCode(target) + ":" + code;
        }

        /**
         * An expected actor code as Parley writes it: TABARI writes an agent with no actor ({@code SET: CONVERT AGENT
         * = TRUE}) as {@code ~MIL}, PETRARCH and Parley as {@code ---MIL}; other codes are unchanged.
         */
        static String actorCode(String code) {
            return code.length() > 1 && code.startsWith("~") ? "---" + code.substring(1) : code;
        }
    }

    public SuiteRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        expected = List.copyOf(expected);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        commands = List.copyOf(commands);
        Objects.requireNonNull(detail, "detail");
    }

    /** Reads one record; {@code origin} (file:line) prefixes any error. */
    public static SuiteRecord fromJson(JsonNode n, String origin) {
        try {
            String id = n.path("id").asText("");
            if (id.isEmpty()) {
                throw new IllegalArgumentException("record has no id");
            }
            JsonNode notes = n.path("notes");
            Kind kind = Kind.of(notes.path("kind").asText(""));
            // the converter flags a date it could not read (TABARI's ACTORSYN-01 has '9501201'): the record cannot be
            // scored, since its expected actors depend on the date
            boolean malformedDate = notes.hasNonNull("malformed_date");
            if (malformedDate) {
                kind = Kind.UNSCORED;
            }
            List<Triple> expected = new ArrayList<>();
            for (JsonNode e : n.path("expected")) {
                String eventDate = e.path("event_date").asText("");
                expected.add(new Triple(e.path("source").asText(""), e.path("target").asText(""),
                        e.path("code").asText(""), eventDate.isEmpty() ? null : LocalDate.parse(eventDate)));
            }
            List<String> commands = new ArrayList<>();
            notes.path("options").fields().forEachRemaining(f -> commands.add("SET: " + f.getKey() + " = "
                    + f.getValue().asText()));
            for (JsonNode command : notes.path("option_commands")) {
                commands.add(command.asText());
            }
            for (JsonNode comment : notes.path("comments")) {
                // TABARI's in-text option: "{ OPTION: SET: MINIMUM WORDS = 4"
                Matcher option = IN_TEXT_OPTION.matcher(comment.asText());
                if (option.matches()) {
                    commands.add(option.group(1).strip());
                }
            }
            String detail = switch (kind) {
                case ERROR -> String.join(",", strings(notes.path("error")));
                case ACTOR_RESOLUTION -> String.join(",", strings(notes.path("expected_actor_codes")));
                default -> "";
            };
            return new SuiteRecord(id, malformedDate ? DEFAULT_DATE : date(n.path("date").asText("")),
                    n.path("text").asText(""), expected, kind,
                    notes.path("category").asText(""), commands, detail);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate date(String text) {
        if (text.isBlank()) {
            return DEFAULT_DATE;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("impossible date '" + text + "'");
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
