package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.actors.MiniPhrases.words;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word tests the phrase rules share, on hand-built sentences over the mini dictionaries. */
class PhraseWordsTest {
    @Test
    void aPossessiveEndsAfterItsMark() {
        PhraseWords w = words("China/NNP 's/POS president/NN said/VBD");
        assertEquals(2, w.possessiveEnd(1));
        assertEquals(-1, w.possessiveEnd(0));
        assertEquals(-1, w.possessiveEnd(3));
    }

    @Test
    void aNameRunIsUnknownCapitalizedProperNounsThatNameNoDateOrPlace() {
        PhraseWords w = words("President/NNP Kim/NNP Tae/NNP Tuesday/NNP/DATE said/VBD");
        assertEquals(3, w.nameRun(1));
        assertEquals(3, w.nameRun(3), "a date word is no name");
    }

    @Test
    void wordsThatDescribeAnAgentNeedTheAgentAfterThem() {
        PhraseWords w = words("Chinese/JJ long-serving/JJ army/NN chief/JJ said/VBD");
        assertTrue(w.describesAgent(1));
        PhraseWords company = words("Chinese/JJ Toyota/NNP army/NN said/VBD");
        assertFalse(company.describesAgent(1), "a capitalized noun names something else");
        PhraseWords none = words("Chinese/JJ long-serving/JJ lawyer/NN said/VBD");
        assertFalse(none.describesAgent(1));
    }

    @Test
    void aPlaceWordGivesItsCountry() {
        PhraseWords w = words("Chinese/JJ officials/NNS met/VBD officials/NNS in/IN Seoul/NNP");
        assertEquals("CHN", w.actorPlace(0).code());
        assertNull(w.actorPlace(1));
        assertEquals("KOR", w.agentPlace(5, true).code(), "a capital after 'in'");
        assertEquals("KOR", w.agentPlace(5, false).code(), "a capital counts even where a name would not");
        PhraseWords name = words("officials/NNS in/IN China/NNP");
        assertEquals("CHN", name.agentPlace(2, true).code());
        assertNull(name.agentPlace(2, false));
    }

    @Test
    void conjoinedAgentNounsAreAddedInOrder() {
        PhraseWords w = words("Chinese/JJ army/NN and/CC officials/NNS said/VBD");
        List<Agent> agents = new ArrayList<>(List.of(w.lex()[1].agent().orElseThrow()));
        assertEquals(4, w.conjoinedAgents(2, agents));
        assertEquals(List.of("MIL", "GOV"), agents.stream().map(Agent::code).toList());
        List<Agent> alone = new ArrayList<>(List.of(w.lex()[3].agent().orElseThrow()));
        assertEquals(4, w.conjoinedAgents(4, alone), "no conjunction after it: its own end");
        assertEquals(1, alone.size());
    }

    @Test
    void keysCompareWordsWhateverTheirCase() {
        PhraseWords w = words("Former/JJ officials/NNS said/VBD");
        assertTrue(w.is(0, "former"));
        assertFalse(w.is(3, "said"), "past the last token");
    }
}
