package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.events.CodingOptions;
import org.parley.events.CodingScope;
import org.parley.events.CommaClauses;
import org.parley.events.DefaultReach;
import org.parley.model.Actor;

class SuiteSettingsTest {
    private static SuiteSettings run(String... commands) {
        SuiteSettings s = new SuiteSettings(CodingOptions.STANDARD);
        for (String c : commands) {
            s.apply(c);
        }
        return s;
    }

    @Test
    void minimumWordsWhateverTheSpacingAndCase() {
        SuiteSettings s = run("set:minimum words=5", "SET:  MINIMUM   WORDS =  7 ");
        assertEquals(7, s.options().minimumWords(), "the later command wins");
        assertEquals(List.of("SET: MINIMUM WORDS = 5", "SET: MINIMUM WORDS = 7"), s.applied());
        assertEquals(List.of(), s.unsupported());
    }

    @Test
    void defaultActorsWithPriorAndAfterAreApplied() {
        SuiteSettings s = run("DEFAULT: SOURCE [ABCDEF] PRIOR TARGET [XYZ] AFTER");
        assertEquals(Optional.of(Actor.of("ABCDEF")), s.options().defaultSource());
        assertEquals(Optional.of(Actor.of("XYZ")), s.options().defaultTarget());
        assertEquals(List.of(), s.unsupported());
        SuiteSettings off = run("DEFAULT: SOURCE [ABC] PRIOR TARGET [XYZ] AFTER", "SET: MINIMUM WORDS = 3", "DEFAULT: OFF");
        assertEquals(CodingOptions.STANDARD.withMinimumWords(3), off.options());
    }

    @Test
    void aDefaultForOneSideOnlyLeavesTheOtherEmpty() {
        SuiteSettings s = run("DEFAULT: TARGET [XYZ] AFTER");
        assertTrue(s.options().defaultSource().isEmpty());
        assertEquals(Optional.of(Actor.of("XYZ")), s.options().defaultTarget());
    }

    @Test
    void withoutPriorOrAfterTheMissingActorIsFirstLookedForOnTheOtherSide() {
        SuiteSettings s = run("DEFAULT: SOURCE [ABC] TARGET [XYZ] AFTER");
        assertEquals(Optional.of(Actor.of("ABC")), s.options().defaultSource());
        assertEquals(DefaultReach.EITHER_SIDE, s.options().sourceReach());
        assertEquals(DefaultReach.OWN_SIDE, s.options().targetReach());
        SuiteSettings t = run("DEFAULT: SOURCE [ABC] PRIOR TARGET [XYZ]");
        assertEquals(DefaultReach.OWN_SIDE, t.options().sourceReach());
        assertEquals(DefaultReach.EITHER_SIDE, t.options().targetReach());
        assertEquals(List.of(), t.unsupported());
        t.apply("DEFAULT: OFF");
        assertEquals(CodingOptions.STANDARD, t.options(), "OFF resets where actors are looked for too");
    }

    @Test
    void tabariCommaCommandsSetTheLengthsTheyNameAndOffTurnsThemOff() {
        SuiteSettings s = run("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8");
        CommaClauses c = s.options().commaClauses();
        assertEquals(new CommaClauses.Range(4, 6), c.middle());
        assertEquals(new CommaClauses.Range(3, 8), c.begin());
        assertEquals(new CommaClauses.Range(3, 6), c.end());
        s.apply("COMMA: OFF");
        assertEquals(CommaClauses.OFF, s.options().commaClauses());
        s.apply("COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0");
        assertTrue(s.options().commaClauses().begin().isEmpty());
        assertEquals(new CommaClauses.Range(2, 10), s.options().commaClauses().middle());
        assertEquals(List.of(), s.unsupported());
        assertEquals(3, s.applied().size());
    }

    @Test
    void petrarchCommaKeysStartFromThePeerDefaultsAndChangeOneLengthEach() {
        SuiteSettings s = run("SET: COMMA_EMAX = 6");
        assertEquals(CommaClauses.PEER_DEFAULTS.withEnd(new CommaClauses.Range(2, 6)), s.options().commaClauses());
        s.apply("set: comma_bmin = 3");
        s.apply("SET: COMMA_BMAX = 6");
        s.apply("SET: COMMA_MAX = 0");
        CommaClauses c = s.options().commaClauses();
        assertEquals(new CommaClauses.Range(3, 6), c.begin());
        assertTrue(c.middle().isEmpty(), "max 0 turns the middle phrases off");
        assertEquals(new CommaClauses.Range(2, 6), c.end());
        assertEquals(List.of(), s.unsupported());
    }

    @Test
    void aCommaCommandWithoutLengthsIsNotSupported() {
        SuiteSettings s = run("COMMA: SOMETIMES");
        assertEquals(CodingOptions.STANDARD, s.options());
        assertEquals(List.of("COMMA: SOMETIMES"), s.unsupported());
    }

    @Test
    void unknownCommandsAndUnusableCodesAreReportedNotApplied() {
        SuiteSettings s = run("SET: LABEL = TRUE", "DEFAULT: SOURCE [AB] PRIOR", "DEFAULT: NOW",
                "SET: LABEL = TRUE");
        assertEquals(CodingOptions.STANDARD, s.options());
        assertEquals(List.of(), s.applied());
        assertEquals(3, s.unsupported().size(), "each distinct command once: " + s.unsupported());
        assertEquals("SET: LABEL = TRUE", s.unsupported().get(0));
        assertTrue(s.unsupported().get(1).startsWith("DEFAULT: SOURCE [AB] PRIOR ("), s.unsupported().get(1));
    }

    @Test
    void startsFromTheGivenOptions() {
        SuiteSettings s = new SuiteSettings(CodingOptions.STANDARD.withMinimumWords(9));
        s.apply("DEFAULT: OFF");
        assertEquals(9, s.options().minimumWords());
    }

    @Test
    void requireDyadAndConvertAgentSwitchTheirOptionsBothWays() {
        SuiteSettings s = run("SET: REQUIRE_DYAD = FALSE", "set: convert agent = true");
        assertEquals(false, s.options().requireDyad());
        assertEquals(true, s.options().unknownCountryAgents());
        assertEquals(List.of("SET: REQUIRE_DYAD = FALSE", "SET: CONVERT AGENT = TRUE"), s.applied());
        s.apply("SET: REQUIRE_DYAD = True");
        s.apply("SET: CONVERT AGENT = FALSE");
        assertEquals(CodingOptions.STANDARD, s.options());
        assertEquals(List.of(), s.unsupported());
        assertEquals(List.of("SET: REQUIRE_DYAD = MAYBE"), run("SET: REQUIRE_DYAD = maybe").unsupported());
    }

    @Test
    void newActorLengthSetsTheLongestNamedPhraseAndZeroTurnsItOff() {
        SuiteSettings s = run("SET: new_actor_length = 4");
        assertEquals(4, s.options().newActorLength());
        assertEquals(List.of("SET: NEW_ACTOR_LENGTH = 4"), s.applied());
        s.apply("SET: NEW_ACTOR_LENGTH = 0");
        assertEquals(CodingOptions.STANDARD, s.options());
        assertEquals(List.of(), s.unsupported());
        assertEquals(List.of("SET: NEW_ACTOR_LENGTH = FOUR"), run("SET: NEW_ACTOR_LENGTH = four").unsupported());
    }

    @Test
    void tabarisAgentWithoutActorReadsAsParleysUnknownCountry() {
        assertEquals("---MIL>GON:064", new SuiteRecord.Triple("~MIL", "GON", "064", null).key());
        assertEquals("ARN>---MOSREB:064", new SuiteRecord.Triple("ARN", "~MOSREB", "064", null).key());
        assertEquals("---GOV>---:023", new SuiteRecord.Triple("---GOV", "---", "023", null).key());
    }

    @Test
    void codeByCommandsSetTheScopeAndTheLastOneWins() {
        assertEquals(CodingScope.SENTENCE, run("SET: CODE BY SENTENCE").options().scope());
        assertEquals(CodingScope.ALL, run("SET: CODE BY SENTENCE", "set: code all").options().scope());
        SuiteSettings back = run("SET: CODE ALL", "SET: CODE BY CLAUSE");
        assertEquals(CodingScope.CLAUSE, back.options().scope());
        assertEquals(List.of("SET: CODE ALL", "SET: CODE BY CLAUSE"), back.applied());
        assertEquals(List.of(), back.unsupported());
        assertEquals(List.of("SET: CODE BY WORD"), run("SET: CODE BY WORD").unsupported());
    }

    @Test
    void forwardGroupsRecordsIntoStoriesUntilTurnedOff() {
        SuiteSettings on = run("FORWARD: ^^*****NNN*SSS");
        assertEquals(Optional.of("001"), on.stories().orElseThrow().story("FRWD-001-002"));
        assertEquals(CodingOptions.STANDARD, on.options(), "stories are the suite's, not the coder's");
        assertTrue(run("FORWARD: ^^*****NNN*SSS", "FORWARD: ^^*****NNN*SSS OFF").stories().isEmpty());
        assertTrue(run().stories().isEmpty());
        SuiteSettings doc = run("FORWARD: ^^*****NNN*SSS DOC");
        assertTrue(doc.stories().isPresent());
        assertTrue(doc.unsupported().get(0).contains("DOC"), doc.unsupported().toString());
        SuiteSettings bad = run("FORWARD: ******SSS");
        assertTrue(bad.stories().isEmpty());
        assertTrue(bad.unsupported().get(0).contains("marks no story characters"), bad.unsupported().toString());
    }
}
