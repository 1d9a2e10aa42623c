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

/** Rule 3: a country with an agent, on hand-built sentences over the mini dictionaries. */
class CountryPhrasesTest {
    private static CountryPhrases rule(PhraseWords w) {
        Coreference coref = coref();
        return new CountryPhrases(w, coref, new PersonPhrases(w, coref, leaders()), new AgentMentions(w.sentence()));
    }

    @Test
    void aNationalityWithAnAgentIsThatCountrysAgent() {
        Found f = rule(words("South/JJ Korean/JJ officials/NNS said/VBD")).countryPhrase(0);
        assertEquals(List.of("KORGOV"), codes(f));
        assertEquals(3, f.next());
    }

    @Test
    void conjoinedCountriesGiveOneMentionEach() {
        Found f = rule(words("Chinese/JJ and/CC South/JJ Korean/JJ officials/NNS said/VBD")).countryPhrase(0);
        assertEquals(List.of("CHNGOV", "KORGOV"), codes(f));
    }

    @Test
    void aFormerHeadIsAnElite() {
        assertEquals(List.of("CHNELI"), codes(rule(words("former/JJ Chinese/JJ president/NN said/VBD")).countryPhrase(0)));
    }

    @Test
    void aCountrysPersonIsThePerson() {
        Found f = rule(words("South/NNP Korea/NNP 's/POS Moon/NNP Jae-in/NNP said/VBD")).countryPhrase(0);
        assertEquals(List.of("KORGOV"), codes(f));
        assertEquals(MentionKind.PERSON, f.mentions().get(0).kind());
        assertNull(rule(words("Chinese/JJ 's/POS Moon/NNP Jae-in/NNP said/VBD")).countryPhrase(0),
                "a person of another country is not the possessor's");
    }

    @Test
    void noCountryNoPhrase() {
        assertNull(rule(words("officials/NNS said/VBD")).countryPhrase(0));
        assertNull(rule(words("China/NNP said/VBD")).countryPhrase(0), "a country alone is rule 9's");
    }
}
