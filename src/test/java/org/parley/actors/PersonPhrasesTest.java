package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.actors.MiniPhrases.codes;
import static org.parley.actors.MiniPhrases.coref;
import static org.parley.actors.MiniPhrases.leaders;
import static org.parley.actors.MiniPhrases.words;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.MentionKind;

/** Rules 6 and 8: persons and leaders' institutions, on hand-built sentences over the mini dictionaries. */
class PersonPhrasesTest {
    private static PersonPhrases rule(PhraseWords w) {
        return new PersonPhrases(w, coref(), leaders());
    }

    @Test
    void aPersonOfTheDictionaryIsAPersonMention() {
        Found f = rule(words("Moon/NNP Jae-in/NNP said/VBD")).personPhrase(0);
        assertEquals(List.of("KORGOV"), codes(f));
        assertEquals(MentionKind.PERSON, f.mentions().get(0).kind());
        assertNull(rule(words("officials/NNS said/VBD")).personPhrase(0));
    }

    @Test
    void aPersonBeforeAnInstitutionIsTheInstitution() {
        Found f = rule(words("Moon/NNP Jae-in/NNP 's/POS army/NN said/VBD")).personPhrase(0);
        assertEquals(List.of("KORMIL"), codes(f));
        assertEquals(MentionKind.ORGANISATION, f.mentions().get(0).kind());
        assertEquals(4, f.next());
    }

    @Test
    void aLeadersSurnameBeforeAnInstitutionIsTheLeadersInstitution() {
        Found f = rule(words("the/DT Widodo/NNP army/NN said/VBD")).leaderInstitution(1);
        assertEquals(List.of("IDNMIL"), codes(f));
        assertTrue(f.mentions().get(0).rule().startsWith("leader+agent:MIL"));
        assertNull(rule(words("the/DT Widodo/NNP said/VBD")).leaderInstitution(1), "without an institution noun");
        assertNull(rule(words("the/DT Smith/NNP army/NN said/VBD")).leaderInstitution(1), "no such leader");
    }
}
