package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reading {@code agents.tsv}: terms with code and kind; malformed lines are errors naming file and line. */
class AgentTableReaderTest {
    private static final String HEADER = String.join("\t", AgentTableReader.HEADER);

    @Test
    void fixtureLoads() {
        AgentTable t = AgentTableReader.read(Fixtures.path("agents-mini.tsv"));
        assertEquals(6, t.size());
        Agent president = t.lookup("president").orElseThrow();
        assertEquals("GOV", president.code());
        assertEquals(AgentKind.HEAD, president.kind());
        assertEquals(AgentKind.BODY, t.lookup("defence ministry").orElseThrow().kind());
        assertEquals("MIL", t.lookup("defence ministry").orElseThrow().code());
    }

    private static DictionaryFormatException bad(String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = HEADER;
        System.arraycopy(lines, 0, all, 1, lines.length);
        return assertThrows(DictionaryFormatException.class, () -> AgentTableReader.read(Fixtures.text(all), "a.tsv"));
    }

    @Test
    void malformedLinesAreErrors() {
        assertEquals(2, bad("GOV\thead\tpresident").line(), "three columns");
        assertEquals(2, bad("GOVX\thead\tpresident\t").line(), "bad code");
        assertEquals(2, bad("GOV\tboss\tpresident\t").line(), "unknown kind");
        assertEquals(2, bad("GOV\thead\t\t").line(), "no terms");
        assertEquals(2, bad("GOV\thead\tPresident\t").line(), "upper-case term");
        assertEquals(2, bad("GOV\thead\tpresident||premier\t").line(), "empty term");
        assertEquals(3, bad("GOV\thead\tpresident\t", "MIL\ttitle\tpresident\t").line(), "term twice");
    }
}
