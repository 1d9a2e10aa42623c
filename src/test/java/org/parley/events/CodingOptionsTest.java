package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;

class CodingOptionsTest {
    @Test
    void standardCodesEverySentenceAndHasNoDefaults() {
        assertTrue(CodingOptions.STANDARD.codes("Talks."));
        assertTrue(CodingOptions.STANDARD.codes(""));
        assertFalse(CodingOptions.STANDARD.hasDefaults());
    }

    @Test
    void minimumWordsCountsRunsBetweenBlanks() {
        CodingOptions four = CodingOptions.STANDARD.withMinimumWords(4);
        assertFalse(four.codes("Arnor's army attacked."), "three words; the possessive is part of its word");
        assertTrue(four.codes("  Arnor's army attacked   Gondor. "));
        assertFalse(four.codes("   "));
        assertEquals(4, four.minimumWords());
    }

    @Test
    void defaultsAreKeptApartAndReplacedTogether() {
        CodingOptions o = CodingOptions.STANDARD.withDefaults(Optional.of(Actor.of("ABC")), Optional.empty());
        assertTrue(o.hasDefaults());
        assertEquals("ABC", o.defaultSource().orElseThrow().code());
        assertTrue(o.defaultTarget().isEmpty());
        CodingOptions off = o.withMinimumWords(3).withDefaults(Optional.empty(), Optional.empty());
        assertFalse(off.hasDefaults());
        assertEquals(3, off.minimumWords());
    }

    @Test
    void rejectsANegativeMinimum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodingOptions.STANDARD.withMinimumWords(-1));
        assertTrue(e.getMessage().contains("minimum words"), e.getMessage());
    }

    @Test
    void standardRequiresADyadAndCodesNoBareAgents() {
        assertTrue(CodingOptions.STANDARD.requireDyad());
        assertFalse(CodingOptions.STANDARD.unknownCountryAgents());
    }

    @Test
    void dyadAndAgentSettingsChangeApartAndSurviveOtherChanges() {
        CodingOptions o = CodingOptions.STANDARD.withRequireDyad(false).withUnknownCountryAgents(true);
        assertFalse(o.requireDyad());
        assertTrue(o.unknownCountryAgents());
        CodingOptions later = o.withMinimumWords(3).withDefaults(Optional.of(Actor.of("ABC")), Optional.empty());
        assertFalse(later.requireDyad());
        assertTrue(later.unknownCountryAgents());
        assertEquals(CodingOptions.STANDARD, o.withRequireDyad(true).withUnknownCountryAgents(false));
        assertTrue(CodingOptions.STANDARD.withUnknownCountryAgents(true).requireDyad());
    }

    @Test
    void newActorLengthIsOffUntilSetAndSurvivesOtherChanges() {
        assertEquals(0, CodingOptions.STANDARD.newActorLength());
        CodingOptions four = CodingOptions.STANDARD.withNewActorLength(4);
        assertEquals(4, four.newActorLength());
        CodingOptions later = four.withMinimumWords(3).withRequireDyad(false).withUnknownCountryAgents(true)
                .withScope(CodingScope.CLAUSE).withCommaClauses(CommaClauses.PEER_DEFAULTS)
                .withDefaults(Optional.of(Actor.of("ABC")), Optional.empty());
        assertEquals(4, later.newActorLength());
        assertEquals(CodingOptions.STANDARD, four.withNewActorLength(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodingOptions.STANDARD.withNewActorLength(-1));
        assertEquals("new actor length must be 0 (off) or more, got -1", e.getMessage());
    }

    @Test
    void noActorIsNoDefault() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodingOptions.STANDARD.withDefaults(Optional.of(Actor.NONE), Optional.empty()));
        assertEquals("a default actor must be an actor, not --- (no actor)", e.getMessage());
    }

    @Test
    void scopeIsParleysOwnUntilSetAndSurvivesOtherChanges() {
        assertEquals(CodingScope.PHRASE, CodingOptions.STANDARD.scope());
        CodingOptions clause = CodingOptions.STANDARD.withScope(CodingScope.CLAUSE).withMinimumWords(4)
                .withDefaults(Optional.of(Actor.of("ABC")), Optional.empty());
        assertEquals(CodingScope.CLAUSE, clause.scope());
        assertEquals(4, clause.minimumWords());
        assertEquals(CodingScope.PHRASE, new CodingOptions(0, Optional.empty(), Optional.empty()).scope());
        assertFalse(clause.equals(clause.withScope(CodingScope.ALL)), "the scope is part of the options' identity");
    }

    @Test
    void scopesParseByNameInAnyCase() {
        assertEquals(CodingScope.ALL, CodingScope.parse("all"));
        assertEquals(CodingScope.SENTENCE, CodingScope.parse(" Sentence "));
        assertEquals("clause", CodingScope.CLAUSE.label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CodingScope.parse("word"));
        assertTrue(e.getMessage().contains("phrase, all, clause or sentence"), e.getMessage());
    }

    @Test
    void commaClausesAndReachesAreKeptByTheOtherChanges() {
        assertEquals(CommaClauses.OFF, CodingOptions.STANDARD.commaClauses());
        assertEquals(DefaultReach.OWN_SIDE, CodingOptions.STANDARD.sourceReach());
        CodingOptions o = CodingOptions.STANDARD.withCommaClauses(CommaClauses.PEER_DEFAULTS)
                .withDefaults(Optional.of(Actor.of("ABC")), DefaultReach.EITHER_SIDE, Optional.empty(),
                        DefaultReach.OWN_SIDE)
                .withMinimumWords(4);
        assertEquals(CommaClauses.PEER_DEFAULTS, o.commaClauses());
        assertEquals(DefaultReach.EITHER_SIDE, o.sourceReach());
        assertEquals(DefaultReach.OWN_SIDE,
                o.withDefaults(Optional.empty(), Optional.empty()).sourceReach(), "new defaults, own side again");
        assertThrows(NullPointerException.class, () -> o.withCommaClauses(null));
    }

    @Test
    void thePassiveNeedsNoByPhraseUnlessAsked() {
        assertEquals(false, CodingOptions.STANDARD.passiveNeedsBy());
        CodingOptions petrarch = CodingOptions.STANDARD.withPassiveNeedsBy(true);
        assertEquals(true, petrarch.passiveNeedsBy());
        assertEquals(true, petrarch.withScope(CodingScope.CLAUSE).withRequireDyad(false).withMinimumWords(8)
                .withUnknownCountryAgents(true).withNewActorLength(3).passiveNeedsBy(), "the other withers keep it");
        assertEquals(false, petrarch.withPassiveNeedsBy(false).passiveNeedsBy());
    }
}
