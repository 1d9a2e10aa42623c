package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.events.CodingOptions;
import org.parley.events.CodingScope;
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
    void withoutPriorOrAfterTheDefaultIsAppliedAndTheDifferenceReported() {
        SuiteSettings s = run("DEFAULT: SOURCE [ABC] TARGET [XYZ] AFTER");
        assertEquals(Optional.of(Actor.of("ABC")), s.options().defaultSource());
        assertEquals(1, s.applied().size());
        assertEquals(1, s.unsupported().size());
        assertTrue(s.unsupported().get(0).contains("without PRIOR/AFTER"), s.unsupported().toString());
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
