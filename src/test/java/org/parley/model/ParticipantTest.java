package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParticipantTest {
    private static Participant of(Actor a, String words) {
        return new Participant(a.code(), a.country(), a.sector(), words, new Span(0, words.length()), "test", "");
    }

    @Test
    void aNamedActorIsTheOnlyParticipantWhoseCodeIsNotCountryAndSector() {
        assertTrue(of(Actor.named("the harbour board"), "the harbour board").named());
        assertFalse(of(Actor.of("KORGOV"), "Seoul").named());
        assertFalse(of(Actor.of("---GOV"), "the government").named());
        assertFalse(of(Actor.NONE, "").named());
        assertFalse(of(Actor.asWritten("ITHTV"), "the channel").named());
    }

    @Test
    void everyFieldIsRequired() {
        assertThrows(NullPointerException.class,
                () -> new Participant(null, "KOR", "", "Korea", new Span(0, 5), "test", ""));
        assertThrows(NullPointerException.class,
                () -> new Participant("KOR", "KOR", "", "Korea", null, "test", ""));
    }
}
