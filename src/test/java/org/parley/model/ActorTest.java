package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorTest {
    private static void assertActor(String code, String country, String sector, Actor actor) {
        assertEquals(code, actor.code(), "code");
        assertEquals(country, actor.country(), "country");
        assertEquals(sector, actor.sector(), "sector");
    }

    @Test
    void ofSplitsALowerCaseCodeIntoCountryAndSector() {
        assertActor("KORGOV", "KOR", "GOV", Actor.of("korgov"));
    }

    @Test
    void ofTrimsTheCode() {
        assertActor("PRKMIL", "PRK", "MIL", Actor.of("  PrkMil\t"));
    }

    @Test
    void aBareCountryHasNoSector() {
        assertActor("JPN", "JPN", "", Actor.of("JPN"));
    }

    @Test
    void severalAgentCodesFormTheSector() {
        assertActor("USAMILREB", "USA", "MILREB", Actor.of("usamilreb"));
    }

    @Test
    void igoCodesHaveIgoAsTheirRoot() {
        assertActor("IGOUNO", "IGO", "UNO", Actor.of("IGOUNO"));
        assertActor("IGOEUREEC", "IGO", "EUREEC", Actor.of("igoeureec"));
    }

    @Test
    void tooShortCodeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Actor.of("ko"));
        assertEquals("actor code must have at least three letters, got 'ko'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Actor.of("   "));
    }

    @Test
    void codeNotInGroupsOfThreeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Actor.of("korg"));
        assertEquals("actor code must be upper-case letters in groups of three, got 'KORG'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Actor.of("KORGOVM"));
    }

    @Test
    void asWrittenKeepsADictionaryCodeOutsideTheGroupsOfThree() {
        Actor tv = Actor.asWritten("ithtv");
        assertActor("ITHTV", "ITH", "TV", tv);
        assertFalse(tv.inGroupsOfThree());
        assertTrue(tv.hasCountry());
        assertActor("YEMNO", "YEM", "NO", Actor.asWritten("YEMNO"));
        assertEquals(Actor.of("KORGOV"), Actor.asWritten("KORGOV"));
        assertTrue(Actor.asWritten("KORGOV").inGroupsOfThree());
        assertTrue(Actor.of("KOR").inGroupsOfThree());
    }

    @Test
    void asWrittenStillNeedsARootAndLettersOrDigits() {
        assertThrows(IllegalArgumentException.class, () -> Actor.asWritten("KO"));
        assertThrows(IllegalArgumentException.class, () -> Actor.asWritten("ITH-TV"));
        assertThrows(IllegalArgumentException.class, () -> Actor.asWritten("ITH TV"));
        assertThrows(IllegalArgumentException.class, () -> Actor.asWritten("--TV"));
    }

    @Test
    void codeWithPunctuationOrSpacesIsRejected() {
        assertEquals("actor code must be upper-case letters in groups of three, got 'KOR-GO'",
                assertThrows(IllegalArgumentException.class, () -> Actor.of("KOR-GO")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Actor.of("KOR GOV"));
    }

    @Test
    void nullCodeIsRejected() {
        assertEquals("code", assertThrows(NullPointerException.class, () -> Actor.of(null)).getMessage());
    }

    @Test
    void constructorAcceptsAConsistentSplit() {
        assertEquals(Actor.of("korgov"), new Actor("KORGOV", "KOR", "GOV"));
    }

    @Test
    void constructorRejectsLowerCase() {
        assertThrows(IllegalArgumentException.class, () -> new Actor("korgov", "kor", "gov"));
    }

    @Test
    void constructorRejectsAnInconsistentSplit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Actor("KORGOV", "KOR", "MIL"));
        assertEquals("actor code KORGOV is not country KOR + sector MIL", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Actor("KORGOV", "JPN", "GOV"));
    }

    @Test
    void constructorRejectsACountryThatIsNotTheFirstThreeLetters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Actor("KORGOV", "KORGOV", ""));
        assertEquals("actor code KORGOV is not country KORGOV + sector : the country is its first three letters",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Actor("KORGOV", "", "KORGOV"));
    }

    @Test
    void anUnknownCountryIsTheMarkerBeforeTheSector() {
        Actor a = Actor.of("---gov");
        assertActor("---GOV", "---", "GOV", a);
        assertFalse(a.hasCountry());
        assertFalse(a.isNone());
        assertEquals(a, Actor.withoutCountry("GOV"));
        assertTrue(Actor.of("KORGOV").hasCountry());
    }

    @Test
    void theMarkerAloneIsNoActor() {
        assertTrue(Actor.NONE.isNone());
        assertFalse(Actor.NONE.hasCountry());
        assertEquals(Actor.NONE, Actor.of("---"));
        assertFalse(Actor.of("---MIL").isNone());
        assertEquals("an actor without a country needs a sector; no actor at all is Actor.NONE",
                assertThrows(IllegalArgumentException.class, () -> Actor.withoutCountry("")).getMessage());
    }

    @Test
    void theMarkerStandsOnlyForTheRoot() {
        assertThrows(IllegalArgumentException.class, () -> Actor.of("GOV---"));
        assertThrows(IllegalArgumentException.class, () -> Actor.of("--GOV"));
        assertThrows(IllegalArgumentException.class, () -> Actor.of("------"));
    }

    @Test
    void aNamedActorIsAPhrasesWordsInUpperCaseOfUnknownCountry() {
        Actor a = Actor.named("  the Ministry\tof  Fisheries ");
        assertActor("THE MINISTRY OF FISHERIES", "---", "", a);
        assertTrue(a.isNamed());
        assertFalse(a.hasCountry());
        assertFalse(a.isNone());
        assertTrue(a.inGroupsOfThree());
        assertEquals(a, new Actor("THE MINISTRY OF FISHERIES", "---", ""));
        assertTrue(Actor.named("toll").isNamed(), "one word is a name too: its country is not its code");
        assertEquals("TOLL", Actor.named("toll").code());
    }

    @Test
    void codesAreNotNamedActors() {
        assertFalse(Actor.of("KORGOV").isNamed());
        assertFalse(Actor.of("---GOV").isNamed());
        assertFalse(Actor.NONE.isNamed());
        assertFalse(Actor.asWritten("ITHTV").isNamed());
    }

    @Test
    void aNamedActorNeedsUpperCaseWordsAndNoMarker() {
        assertEquals("a named actor needs words",
                assertThrows(IllegalArgumentException.class, () -> Actor.named(" ")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Actor("The Board", "---", ""));
        assertThrows(IllegalArgumentException.class, () -> new Actor("THE  BOARD", "---", ""));
        assertThrows(IllegalArgumentException.class, () -> new Actor("---X", "---", ""));
        assertThrows(IllegalArgumentException.class, () -> new Actor("THE BOARD", "---", "GOV"),
                "a named actor has no sector");
        assertThrows(IllegalArgumentException.class, () -> new Actor("THE BOARD", "KOR", ""),
                "nor a country");
    }

    @Test
    void theDiscardCodeIsNoCountryAndKeepsItsMarkUnderAnAgent() {
        assertTrue(Actor.DISCARD.discards());
        assertFalse(Actor.DISCARD.hasCountry());
        assertTrue(Actor.asWritten("###CVL").discards(), "'Nazgul crowds'");
        assertEquals("CVL", Actor.of("###CVL").sector());
        assertFalse(Actor.of("GON").discards());
        assertFalse(Actor.NONE.discards());
        assertThrows(IllegalArgumentException.class, () -> Actor.of("##"));
    }

    @Test
    void anInternationalOrNonStateRootNamesItsOrganisationAfterIt() {
        assertTrue(Actor.of("IGOUNO").isNonState());
        assertTrue(Actor.asWritten("IGOUNOIAE").isNonState());
        assertFalse(Actor.of("KORGOV").isNonState());
        assertFalse(Actor.NONE.isNonState());
    }
}
