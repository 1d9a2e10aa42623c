package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** TABARI agent files on a hand-written fixture ({@code src/test/resources/actors/tabari-mini.agents}). */
class TabariAgentReaderTest {
    private final DictionaryFile f = TabariAgentReader.read(Fixtures.path("tabari-mini.agents"));
    private final AgentTable agents = f.dictionaries().agents();

    @Test
    void codesWithBlanksInsideTheBracketsAndSemicolonComments() {
        assertEquals(7, agents.size());
        assertEquals("OPP", agents.lookup("loyal opposition").orElseThrow().code());
        assertEquals(AgentKind.TITLE, agents.lookup("foreign minister").orElseThrow().kind());
        assertEquals(AgentKind.BODY, agents.lookup("foreign ministry").orElseThrow().kind());
        Agent body = agents.lookup("watchdog group").orElseThrow();
        assertTrue(body.prefix());
        assertEquals("NGOSYR", body.codeFor("SYR"));
        assertEquals("ELI", agents.lookup("retired general").orElseThrow().code());
    }

    @Test
    void stemsAndGapsAreReported() {
        assertEquals(List.of(5), f.warnings(DictionaryWarning.Kind.STEM).stream().map(DictionaryWarning::line).toList());
        assertEquals(List.of(6), f.warnings(DictionaryWarning.Kind.GAP).stream().map(DictionaryWarning::line).toList());
        assertEquals(2, f.warnings().size(), f.warnings().toString());
        assertEquals("MIL", agents.lookup("soldiers").orElseThrow().code(), "a regular plural instead of the stem");
        assertEquals("GOV", agents.lookup("top diplomat").orElseThrow().code());
    }

    @Test
    void anAgentCodeWithoutTildeIsAnError() {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> TabariAgentReader.read(Fixtures.text("SOLDIER_  [MIL] ;no tilde"), "x.agents"));
        assertTrue(e.getMessage().startsWith("x.agents:1: an agent code is written"), e.getMessage());
    }
}
