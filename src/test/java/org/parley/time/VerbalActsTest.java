package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VerbalActsTest {
    @ParameterizedTest
    @ValueSource(strings = {"010", "0211", "036", "1053", "112", "128", "138"})
    void statementsAppealsIntentsDemandsDisapprovalRejectionsAndThreatsAreSpeech(String code) {
        assertTrue(VerbalActs.isVerbalAct(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"042", "057", "064", "0874", "173", "190", "1", ""})
    void meetingsAgreementsActionsAndForceAreNot(String code) {
        assertFalse(VerbalActs.isVerbalAct(code));
    }

    @Test
    void aMissingCodeIsAnError() {
        assertThrows(NullPointerException.class, () -> VerbalActs.isVerbalAct(null));
    }
}
