package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AgentTest {
    @Test
    void theCodeGoesAfterOrBeforeTheActorsCode() {
        assertEquals("KORGOV", new Agent("government", "GOV", AgentKind.BODY).codeFor("KOR"));
        assertEquals("NGOSYR", new Agent("human rights body", "NGO", AgentKind.BODY, true).codeFor("SYR"));
    }

    @Test
    void anAgentTheActorAlreadyHoldsAddsNothing() {
        assertEquals("NGM", new Agent("human rights activists", "NGM", AgentKind.BODY, true).codeFor("NGM"));
        assertEquals("HGWGOVMED", new Agent("government newspaper", "GOVMED", AgentKind.BODY).codeFor("HGWGOVMED"));
        assertEquals("IRNGOV", new Agent("government", "GOV", AgentKind.BODY).codeFor("IRNGOV"));
    }

    @Test
    void onlyCodesInLineWithTheGroupsOfThreeCount() {
        assertEquals("GMWGOVWGO", new Agent("world government", "WGO", AgentKind.BODY).codeFor("GMWGOV"),
                "WGO straddles GMW and GOV");
        assertEquals("NGOSYRGOV", new Agent("rights body", "NGO", AgentKind.BODY, true).codeFor("SYRGOV"));
        assertEquals("MEDGOV", new Agent("government", "GOV", AgentKind.BODY, true).codeFor("MEDGOV"),
                "held anywhere in the code, before or after");
        assertEquals("GOVMED", new Agent("media", "MED", AgentKind.BODY).codeFor("GOV"));
    }

    @Test
    void aDictionaryCodeOutsideTheGroupsOfThreeLinesUpFromItsEndToo() {
        Agent gov = new Agent("government", "GOV", AgentKind.BODY);
        assertEquals("ITHTVGOV", gov.codeFor("ITHTV"));
        assertEquals("ITHTVGOV", gov.codeFor("ITHTVGOV"), "the agent added last is held");
        assertEquals("GOVTVMIL", gov.codeFor("GOVTVMIL"), "and the root still counts");
        assertEquals("ITHTVGOVMIL", new Agent("army", "MIL", AgentKind.BODY).codeFor("ITHTVGOV"));
    }

    @Test
    void codesAreGroupsOfThreeLetters() {
        assertThrows(IllegalArgumentException.class, () -> new Agent("x", "GO", AgentKind.BODY));
    }
}
