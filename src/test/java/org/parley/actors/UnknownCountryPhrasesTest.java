package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parley.actors.MiniPhrases.codes;
import static org.parley.actors.MiniPhrases.words;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 11: agent words of unknown country, on hand-built sentences over the mini dictionaries. */
class UnknownCountryPhrasesTest {
    private static Found at(int i, String spec) {
        return new UnknownCountryPhrases(words(spec)).unknownCountryPhrase(i);
    }

    @Test
    void anAgentWordWithItsModifiersIsOfUnknownCountry() {
        Found f = at(1, "a/DT senior/JJ official/NN said/VBD");
        assertEquals(List.of("---GOV"), codes(f));
        assertEquals(3, f.next());
    }

    @Test
    void conjoinedAgentsGiveOneMentionEach() {
        assertEquals(List.of("---GOV", "---MIL"), codes(at(0, "officials/NNS and/CC army/NN said/VBD")));
    }

    @Test
    void aWordThatIsNoAgentIsNoPhrase() {
        assertNull(at(0, "Chinese/JJ officials/NNS said/VBD"));
        assertNull(at(0, "analysts/NNS said/VBD"));
    }
}
