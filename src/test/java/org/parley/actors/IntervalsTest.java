package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorRole;

class IntervalsTest {
    private static ActorRole role(String from, String to) {
        return new ActorRole(Actor.of("KORGOV"), from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), "");
    }

    @Test
    void overlapIncludesTheBoundaryDayAndOpenEnds() {
        assertTrue(Intervals.overlap(role("2017-05-10", "2022-05-09"), role("2022-05-09", null)));
        assertFalse(Intervals.overlap(role("2017-05-10", "2022-05-09"), role("2022-05-10", null)));
        assertTrue(Intervals.overlap(role(null, null), role("2000-01-01", "2000-01-01")));
        assertFalse(Intervals.overlap(role(null, "1999-12-31"), role("2000-01-01", null)));
    }
}
