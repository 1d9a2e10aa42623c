package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parley.actors.MiniPhrases.codes;
import static org.parley.actors.MiniPhrases.coref;
import static org.parley.actors.MiniPhrases.leaders;
import static org.parley.actors.MiniPhrases.words;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.MentionKind;

/** Rule 4: a title with a person or with the place it is of, on hand-built sentences over the mini dictionaries. */
class TitlePhrasesTest {
    private static TitlePhrases rule(PhraseWords w) {
        Coreference coref = coref();
        return new TitlePhrases(w, coref, new PersonPhrases(w, coref, leaders()), new AgentMentions(w.sentence()));
    }

    @Test
    void aTitleBeforeAKnownPersonIsThePerson() {
        Found f = rule(words("former/JJ president/NN Moon/NNP Jae-in/NNP said/VBD")).titlePhrase(0);
        assertEquals(List.of("KORGOV"), codes(f));
        assertEquals(MentionKind.PERSON, f.mentions().get(0).kind());
        assertEquals(4, f.next());
    }

    @Test
    void anAgentOfOrInAPlaceIsThatCountrysAgent() {
        assertEquals(List.of("CHNGOV"), codes(rule(words("officials/NNS of/IN China/NNP said/VBD")).titlePhrase(0)));
        assertEquals(List.of("KORGOV"), codes(rule(words("officials/NNS in/IN Seoul/NNP said/VBD")).titlePhrase(0)));
        assertEquals(List.of("CHNGOV", "KORGOV"),
                codes(rule(words("officials/NNS of/IN China/NNP and/CC South/NNP Korea/NNP")).titlePhrase(0)));
    }

    @Test
    void armedForcesInACountryServeAbroad() {
        assertNull(rule(words("army/NN in/IN China/NNP said/VBD")).titlePhrase(0));
        assertEquals(List.of("CHNMIL"), codes(rule(words("army/NN of/IN China/NNP said/VBD")).titlePhrase(0)));
    }

    @Test
    void aTitleAloneIsNoPhrase() {
        assertNull(rule(words("officials/NNS said/VBD")).titlePhrase(0));
    }
}
