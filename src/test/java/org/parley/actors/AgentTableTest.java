package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentTableTest {
    @Test
    void regularPluralsOfTheLastWord() {
        assertEquals("foreign ministers", AgentTable.plural("foreign minister"));
        assertEquals("ministries", AgentTable.plural("ministry"));
        assertEquals("policemen", AgentTable.plural("policeman"));
        assertEquals("attorneys", AgentTable.plural("attorney"));
        assertEquals("churches", AgentTable.plural("church"));
        assertNull(AgentTable.plural("forces"));
    }

    @Test
    void listedTermsWinOverGeneratedPlurals() {
        AgentTable t = new AgentTable(List.of(new Agent("official", "GOV", AgentKind.MEMBER),
                new Agent("officials", "MIL", AgentKind.MEMBER)));
        assertEquals("MIL", t.lookup("officials").orElseThrow().code());
        assertEquals("GOV", t.lookup("Official").orElseThrow().code());
    }

    @Test
    void termsAreUniqueAndTheTableImmutable() {
        assertThrows(IllegalArgumentException.class, () -> new AgentTable(List.of(
                new Agent("army", "MIL", AgentKind.BODY), new Agent("army", "GOV", AgentKind.BODY))));
        AgentTable t = new AgentTable(List.of(new Agent("army", "MIL", AgentKind.BODY)));
        assertThrows(UnsupportedOperationException.class, () -> t.forms().clear());
        assertTrue(t.byCode().containsKey("MIL"));
    }

    @Test
    void agentCodesAreCheckedAndKindsKnowWhetherANameFollows() {
        assertThrows(IllegalArgumentException.class, () -> new Agent("army", "MI", AgentKind.BODY));
        assertTrue(AgentKind.TITLE.takesName());
        assertTrue(!AgentKind.MEMBER.takesName());
        assertEquals(AgentKind.HEAD, AgentKind.parse(" head "));
    }
}
