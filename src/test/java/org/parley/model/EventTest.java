package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class EventTest {
    private static final Participant MOON = new Participant("KORELI", "KOR", "ELI", "Moon Jae-in", new Span(0, 11),
            "people:Moon Jae-in", "Former president 2022-05-10..");
    private static final Participant TOKYO = new Participant("JPNGOV", "JPN", "GOV", "Tokyo", new Span(20, 25),
            "capitals:Tokyo", "");
    private static final CameoCode VISIT = new CameoCode("042", "Make a visit", 1.9, 1, "CONSULT", "visit");
    private static final EventDate DATE = EventDate.ofArticle(LocalDate.of(2025, 12, 27));
    private static final Evidence EVIDENCE = new Evidence("Moon Jae-in visited Tokyo.", "visited", new Span(12, 19),
            "verbs:visit", "dict-1", "0.1.0");

    private static Event event(String articleId, int sentence, Participant source, Participant target,
                               CameoCode cameo, EventDate date, Status status, String cue, Evidence evidence) {
        return new Event(articleId, sentence, source, target, cameo, date, status, cue, null, false, null, evidence);
    }

    private static void assertNullRejected(String field, Executable build) {
        assertEquals(field, assertThrows(NullPointerException.class, build).getMessage());
    }

    @Test
    void attributionAndLocationAreOptional() {
        Event e = event("a1", 1, MOON, TOKYO, VISIT, DATE, Status.OCCURRED, "past tense", EVIDENCE);
        assertNull(e.attribution());
        assertNull(e.location());
        assertEquals(VISIT, e.cameo());
    }

    @Test
    void titleSentenceZeroIsAllowed() {
        assertEquals(0, event("a1", 0, MOON, TOKYO, VISIT, DATE, Status.OCCURRED, "", EVIDENCE).sentence());
    }

    @Test
    void negativeSentenceIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> event("a1", -1, MOON, TOKYO, VISIT, DATE, Status.OCCURRED, "", EVIDENCE));
        assertEquals("sentence index must be >= 0, got -1", e.getMessage());
    }

    @Test
    void requiredFieldsAreRejectedByName() {
        Status s = Status.OCCURRED;
        assertNullRejected("articleId", () -> event(null, 1, MOON, TOKYO, VISIT, DATE, s, "", EVIDENCE));
        assertNullRejected("source", () -> event("a1", 1, null, TOKYO, VISIT, DATE, s, "", EVIDENCE));
        assertNullRejected("target", () -> event("a1", 1, MOON, null, VISIT, DATE, s, "", EVIDENCE));
        assertNullRejected("cameo", () -> event("a1", 1, MOON, TOKYO, null, DATE, s, "", EVIDENCE));
        assertNullRejected("date", () -> event("a1", 1, MOON, TOKYO, VISIT, null, s, "", EVIDENCE));
        assertNullRejected("status", () -> event("a1", 1, MOON, TOKYO, VISIT, DATE, null, "", EVIDENCE));
        assertNullRejected("statusCue", () -> event("a1", 1, MOON, TOKYO, VISIT, DATE, s, null, EVIDENCE));
        assertNullRejected("evidence", () -> event("a1", 1, MOON, TOKYO, VISIT, DATE, s, "", null));
    }
}
