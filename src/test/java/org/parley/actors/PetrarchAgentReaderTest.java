package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.model.MentionKind;

/** PETRARCH agent files on a hand-written fixture ({@code src/test/resources/actors/petrarch-mini.agents.txt}). */
class PetrarchAgentReaderTest {
    private final DictionaryFile f = PetrarchAgentReader.read(Fixtures.path("petrarch-mini.agents.txt"));
    private final AgentTable agents = f.dictionaries().agents();

    @Test
    void termsAreLowerCaseWithTheirCodeAndAKindFromTheHeadNoun() {
        assertAgent("president", "GOV", AgentKind.TITLE, false);
        assertAgent("police", "COP", AgentKind.BODY, false);
        assertAgent("armed forces", "MIL", AgentKind.BODY, false);
        assertAgent("fighter pilot", "MILAFC", AgentKind.TITLE, false);
        assertAgent("human rights body", "NGO", AgentKind.TITLE, true);
        assertTrue(f.dictionaries().countries().all().isEmpty() && f.dictionaries().people().all().isEmpty());
    }

    @Test
    void substitutionSetsStandForEachOfTheirWords() {
        assertAgent("foreign minister", "GOV", AgentKind.TITLE, false);
        assertAgent("foreign ministry", "GOV", AgentKind.BODY, false);
        assertAgent("minister of war", "MIL", AgentKind.TITLE, false);
        assertAgent("ministry of war", "MIL", AgentKind.BODY, false);
        for (String t : List.of("congressman", "congresswoman", "congressperson")) {
            assertAgent(t, "LEG", AgentKind.TITLE, false);
        }
    }

    @Test
    void irregularPluralsAreListedAndRegularOnesGenerated() {
        assertAgent("attorneys general", "JUD", AgentKind.TITLE, false);
        assertEquals("GOV", agents.lookup("presidents").orElseThrow().code());
        assertEquals("REB", agents.lookup("rebels").orElseThrow().code());
        assertTrue(agents.lookup("polices").isEmpty(), "POLICE {} asks for no plural");
        assertTrue(agents.lookup("police").isPresent());
    }

    @Test
    void warningsForWhatIsReadDifferentlyOrLeftOut() {
        assertEquals(List.of(16), lines(DictionaryWarning.Kind.DUPLICATE));
        assertEquals("REB", agents.lookup("rebel").orElseThrow().code(), "the first REBEL wins");
        assertEquals(List.of(17), lines(DictionaryWarning.Kind.CODE_CASE));
        assertAgent("security council staff", "GOV", AgentKind.TITLE, false);
        assertEquals(List.of(18), lines(DictionaryWarning.Kind.REPAIRED));
        assertAgent("sea elf", "ENV", AgentKind.TITLE, false);
        assertEquals(List.of(19), lines(DictionaryWarning.Kind.BAD_CODE));
        assertTrue(agents.lookup("wizard council").isEmpty());
        assertEquals(List.of(20), lines(DictionaryWarning.Kind.NO_CODE));
        assertEquals(5, f.warnings().size(), f.warnings().toString());
    }

    @Test
    void malformedLinesNameTheFileAndLine() {
        fails("!MINIST!_OF_WAR [~MIL]", 1, "!MINIST! is not defined above");
        fails("POLICE { [~COP]", 1, "'{' without '}'");
        fails("POLICE [COP]", 1, "[~CODE] (after the actor's code) or [CODE~]");
        fails("POLICE [~COP] [~MIL]", 1, "takes one code");
        fails("PRESIDENT [~GOV]\n!X! = A,,B", 2, "empty item");
        fails("!X! = A\n!X! = B", 2, "defined twice");
        fails("  [~GOV]", 1, "needs a phrase");
        fails("FOO {BAR} BAZ [~GOV]", 1, "after the plural");
        fails("FOO!BAR [~GOV]", 1, "!NAME!");
    }

    @Test
    void theResolverUsesSuffixAndPrefixAgentsAndTheirKinds() {
        DictionaryActorResolver r = new DictionaryActorResolver(Fixtures.mini().with(f.dictionaries()));
        List<ActorMention> ms = r.resolve(Docs.on("2020-01-01")
                .sentence("Chinese/JJ human/JJ rights/NNS body/NN and/CC Chinese/JJ foreign/JJ ministry/NN").build());
        assertEquals(2, ms.size(), ms.toString());
        assertEquals("NGOCHN", ms.get(0).roles().get(0).actor().code(), "[NGO~] goes before the country");
        assertEquals("CHNGOV", ms.get(1).roles().get(0).actor().code());
        assertEquals(MentionKind.ORGANISATION, ms.get(1).kind(), "a ministry is an institution");
        assertFalse(ms.get(0).rule().isEmpty());
    }

    private void assertAgent(String term, String code, AgentKind kind, boolean prefix) {
        Agent a = agents.all().stream().filter(x -> x.term().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError("no agent '" + term + "' in " + agents.all()));
        assertEquals(code, a.code(), term);
        assertEquals(kind, a.kind(), term);
        assertEquals(prefix, a.prefix(), term);
    }

    private List<Integer> lines(DictionaryWarning.Kind kind) {
        return f.warnings(kind).stream().map(DictionaryWarning::line).toList();
    }

    private static void fails(String text, int line, String problem) {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> PetrarchAgentReader.read(Fixtures.text(text.split("\n", -1)), "bad.agents"), text);
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.agents:" + line + ": ") && e.getMessage().contains(problem),
                e.getMessage());
    }
}
