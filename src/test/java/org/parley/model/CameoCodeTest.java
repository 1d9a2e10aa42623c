package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CameoCodeTest {
    private static CameoCode code(String code) {
        return new CameoCode(code, "name", 0, 1, "", "");
    }

    @Test
    void rootIsTheFirstTwoDigits() {
        assertEquals("04", code("042").root());
        assertEquals("14", code("1411").root());
        assertEquals("20", code("20").root());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "01, 1", "05, 1", "057, 1",
            "06, 2", "08, 2", "0841, 2",
            "09, 3", "13, 3", "094, 3",
            "14, 4", "1411, 4", "20, 4", "204, 4"})
    void quadClassOfFollowsTheRootBoundaries(String code, int quadClass) {
        assertEquals(quadClass, CameoCode.quadClassOf(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "12345", "04a", "", "4 2", "-42"})
    void codeThatIsNotTwoToFourDigitsIsRejected(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> code(bad));
        assertEquals("CAMEO code must be 2 to 4 digits, got '" + bad + "'", e.getMessage());
    }

    @Test
    void goldsteinMayBeAtEitherEndOfTheScale() {
        assertEquals(-10, new CameoCode("20", "mass violence", -10, 4, "", "").goldstein());
        assertEquals(10, new CameoCode("07", "provide aid", 10, 2, "", "").goldstein());
    }

    @Test
    void goldsteinOutsideTheScaleIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CameoCode("190", "fight", -10.5, 4, "", ""));
        assertEquals("Goldstein weight of 190 must be in [-10, 10], got -10.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CameoCode("07", "aid", 10.01, 2, "", ""));
    }

    @Test
    void goldsteinThatIsNotANumberIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CameoCode("042", "visit", Double.NaN, 1, "", ""));
        assertEquals("Goldstein weight of 042 must be in [-10, 10], got NaN", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {5, -1})
    void quadClassOutsideZeroToFourIsRejected(int quadClass) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CameoCode("042", "visit", 1.9, quadClass, "", ""));
        assertEquals("QuadClass of 042 must be 0..4, got " + quadClass, e.getMessage());
    }

    @Test
    void quadClassZeroMarksACodeOutsideCameo() {
        assertEquals(0, new CameoCode("903", "Not a CAMEO code", 0, 0, "", "").quadClass());
        assertEquals("174K", new CameoCode("174K", "Not a CAMEO code", 0, 0, "", "").code(),
                "a dictionary's own code may end in a letter");
        assertEquals("a code outside CAMEO must be 2 to 4 digits and at most one letter, got '17KL'",
                assertThrows(IllegalArgumentException.class,
                        () -> new CameoCode("17KL", "Not a CAMEO code", 0, 0, "", "")).getMessage());
    }

    @Test
    void nullFieldsAreRejectedByName() {
        assertEquals("code", assertThrows(NullPointerException.class,
                () -> new CameoCode(null, "n", 0, 1, "", "")).getMessage());
        assertEquals("name", assertThrows(NullPointerException.class,
                () -> new CameoCode("01", null, 0, 1, "", "")).getMessage());
        assertEquals("ploverType", assertThrows(NullPointerException.class,
                () -> new CameoCode("01", "n", 0, 1, null, "")).getMessage());
        assertEquals("ploverMode", assertThrows(NullPointerException.class,
                () -> new CameoCode("01", "n", 0, 1, "", null)).getMessage());
        assertEquals("ploverContexts", assertThrows(NullPointerException.class,
                () -> new CameoCode("01", "n", 0, 1, "", "", null)).getMessage());
    }

    @Test
    void contextsAreCopiedAndMustNotBeBlank() {
        java.util.List<String> contexts = new java.util.ArrayList<>(java.util.List.of("military"));
        CameoCode code = new CameoCode("190", "Use conventional military force", -10, 4, "ASSAULT", "", contexts);
        contexts.add("legal");
        assertEquals(java.util.List.of("military"), code.ploverContexts(), "a copy, not a view");
        assertEquals(java.util.List.of(), new CameoCode("042", "Make a visit", 1.9, 1, "CONSULT", "visit").ploverContexts());
        assertThrows(IllegalArgumentException.class,
                () -> new CameoCode("190", "n", -10, 4, "ASSAULT", "", java.util.List.of(" ")));
    }

    @Test
    void isCameoTakesTwoToFourDigitsOnly() {
        org.junit.jupiter.api.Assertions.assertTrue(CameoCode.isCameo("042"));
        org.junit.jupiter.api.Assertions.assertTrue(CameoCode.isCameo("1823"));
        org.junit.jupiter.api.Assertions.assertFalse(CameoCode.isCameo("174K"));
        org.junit.jupiter.api.Assertions.assertFalse(CameoCode.isCameo("---"));
        org.junit.jupiter.api.Assertions.assertFalse(CameoCode.isCameo("12345"));
    }
}
