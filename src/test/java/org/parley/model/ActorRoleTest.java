package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActorRoleTest {
    private static final Actor KORGOV = Actor.of("KORGOV");
    private static final LocalDate FROM = LocalDate.of(2017, 5, 10);
    private static final LocalDate TO = LocalDate.of(2022, 5, 9);

    @Test
    void holdsOnBothEdgesOfAClosedInterval() {
        ActorRole role = new ActorRole(KORGOV, FROM, TO, "President of South Korea");
        assertTrue(role.holdsOn(FROM), "first day");
        assertTrue(role.holdsOn(TO), "last day");
        assertTrue(role.holdsOn(LocalDate.of(2019, 6, 30)));
    }

    @Test
    void doesNotHoldJustOutsideAClosedInterval() {
        ActorRole role = new ActorRole(KORGOV, FROM, TO, "");
        assertFalse(role.holdsOn(FROM.minusDays(1)), "day before");
        assertFalse(role.holdsOn(TO.plusDays(1)), "day after");
    }

    @Test
    void openStartHoldsOnEveryDayUpToItsEnd() {
        ActorRole role = new ActorRole(KORGOV, null, TO, "");
        assertTrue(role.holdsOn(LocalDate.of(1900, 1, 1)));
        assertTrue(role.holdsOn(TO));
        assertFalse(role.holdsOn(TO.plusDays(1)));
    }

    @Test
    void openEndHoldsOnEveryDayFromItsStart() {
        ActorRole role = new ActorRole(KORGOV, FROM, null, "");
        assertFalse(role.holdsOn(FROM.minusDays(1)));
        assertTrue(role.holdsOn(FROM));
        assertTrue(role.holdsOn(LocalDate.of(2100, 1, 1)));
    }

    @Test
    void alwaysHoldsOnAnyDayWithoutNote() {
        ActorRole role = ActorRole.always(KORGOV);
        assertTrue(role.holdsOn(LocalDate.of(1900, 1, 1)));
        assertTrue(role.holdsOn(LocalDate.of(2100, 12, 31)));
        assertEquals("", role.note());
        assertEquals(KORGOV, role.actor());
    }

    @Test
    void aOneDayRoleHoldsOnlyThatDay() {
        ActorRole role = new ActorRole(KORGOV, FROM, FROM, "acting");
        assertTrue(role.holdsOn(FROM));
        assertFalse(role.holdsOn(FROM.plusDays(1)));
        assertFalse(role.holdsOn(FROM.minusDays(1)));
    }

    @Test
    void endBeforeStartIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ActorRole(KORGOV, FROM, FROM.minusDays(1), ""));
        assertEquals("role KORGOV ends 2017-05-09 before it starts 2017-05-10", e.getMessage());
    }

    @Test
    void nullActorOrNoteIsRejected() {
        assertEquals("actor", assertThrows(NullPointerException.class,
                () -> new ActorRole(null, FROM, TO, "")).getMessage());
        assertEquals("note", assertThrows(NullPointerException.class,
                () -> new ActorRole(KORGOV, FROM, TO, null)).getMessage());
    }
}
