package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatusTest {
    @Test
    void parseIgnoresCaseAndSurroundingSpace() {
        assertEquals(Status.PLANNED, Status.parse("planned"));
        assertEquals(Status.ONGOING, Status.parse("  Ongoing\t"));
        assertEquals(Status.NEGATED, Status.parse("NEGATED"));
        assertEquals(Status.HYPOTHETICAL, Status.parse("hypoTHETical"));
    }

    @Test
    void unknownStatusMessageListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Status.parse("happened"));
        assertEquals("unknown status 'happened'; expected one of "
                + "[occurred, ongoing, planned, expected, possible, hypothetical, negated]", e.getMessage());
    }

    @Test
    void emptyStatusIsUnknown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Status.parse(""));
        assertEquals(0, e.getMessage().indexOf("unknown status ''"));
    }

    @Test
    void labelIsTheLowerCaseName() {
        assertEquals("occurred", Status.OCCURRED.label());
        assertEquals("hypothetical", Status.HYPOTHETICAL.label());
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void labelParsesBack(Status status) {
        assertEquals(status, Status.parse(status.label()));
    }
}
