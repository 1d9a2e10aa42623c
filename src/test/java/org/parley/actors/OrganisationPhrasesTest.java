package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parley.actors.MiniPhrases.codes;
import static org.parley.actors.MiniPhrases.coref;
import static org.parley.actors.MiniPhrases.leaders;
import static org.parley.actors.MiniPhrases.words;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 5: an organisation, on hand-built sentences over the mini dictionaries. */
class OrganisationPhrasesTest {
    private static OrganisationPhrases rule(PhraseWords w) {
        return new OrganisationPhrases(w, new PersonPhrases(w, coref(), leaders()));
    }

    @Test
    void anOrganisationsPeopleAreTheOrganisation() {
        Found f = rule(words("UN/NNP officials/NNS said/VBD")).organisationPhrase(0);
        assertEquals(List.of("IGOUNO"), codes(f));
        assertEquals(2, f.next());
    }

    @Test
    void anOrganisationAloneIsItself() {
        Found f = rule(words("the/DT UN/NNP said/VBD")).organisationPhrase(1);
        assertEquals(List.of("IGOUNO"), codes(f));
        assertEquals(2, f.next());
    }

    @Test
    void noOrganisationNoPhrase() {
        assertNull(rule(words("officials/NNS said/VBD")).organisationPhrase(0));
    }
}
