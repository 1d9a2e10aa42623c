package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorRole;

class ReferentTest {
    @Test
    void surnameKeysAreFirstAndLastWordsWithoutParticles() {
        assertEquals(List.of("lee", "myung", "jae-myung"), Referent.surnameKeys(List.of("Lee Jae Myung", "Lee Jae-myung")));
        assertEquals(List.of("donald", "trump"), Referent.surnameKeys(List.of("Donald Trump")));
        assertEquals(List.of("bashar", "al-assad", "assad"), Referent.surnameKeys(List.of("Bashar al-Assad")));
        assertEquals(List.of("hasina"), Referent.surnameKeys(List.of("Sheikh Hasina")));
        assertEquals(List.of("ferdinand", "marcos"), Referent.surnameKeys(List.of("Ferdinand Marcos Jr.")));
    }

    @Test
    void rootOnADateAndSectors() {
        Referent tusk = new Referent("people:Donald Tusk", List.of(
                new ActorRole(Actor.of("IGOEUREEC"), LocalDate.of(2014, 12, 1), LocalDate.of(2019, 11, 30), ""),
                new ActorRole(Actor.of("POLGOV"), LocalDate.of(2023, 12, 13), null, "")), List.of("tusk"), true);
        assertEquals("IGO", tusk.rootOn(LocalDate.of(2016, 1, 1)));
        assertEquals("POL", tusk.rootOn(LocalDate.of(2025, 1, 1)));
        assertEquals("IGO", tusk.rootOn(LocalDate.of(2021, 1, 1)), "between roles: the last one begun");
        assertTrue(tusk.hasSector());
        assertFalse(new Referent("country:China", List.of(ActorRole.always(Actor.of("CHN"))), List.of(), false).hasSector());
    }
}
