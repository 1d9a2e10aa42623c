package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.model.MentionKind;

/** "a specialist at an institution of a known country" is that country's EDU actor; experts alone are nobody. */
class InstitutionRuleTest {

    @Test
    void namedSpecialistAtAShanghaiInstituteIsChineseEducation() {
        Resolved r = Resolved.of(Docs.on("2025-12-27").sentence(
                "Niu/NNP/PERSON Xiaoping/NNP/PERSON ,/, a/DT specialist/NN at/IN the/DT Shanghai/NNP/ORGANIZATION "
                        + "Institutes/NNPS/ORGANIZATION said/VBD ./.",
                "compound 1 0", "appos 1 4", "det 4 3", "nmod:at 4 8", "case 8 5", "det 8 6", "compound 8 7",
                "nsubj 9 1", "root -1 9", "punct 9 10", "punct 1 2"));
        ActorMention niu = r.one("Niu Xiaoping");
        assertEquals("CHNEDU", niu.roleOn(r.date()).actor().code());
        assertEquals(MentionKind.PERSON, niu.kind());
        assertEquals(1, niu.headToken());
        assertEquals("institution:CHN+EDU (specialist at Shanghai Institutes)", niu.rule());
    }

    @Test
    void unnamedResearcherAtAUniversityInACapital() {
        Resolved r = Resolved.of(Docs.on("2025-12-27").sentence(
                "a/DT researcher/NN at/IN Seoul/NNP/ORGANIZATION National/NNP/ORGANIZATION University/NNP/ORGANIZATION said/VBD",
                "det 1 0", "nmod:at 1 5", "case 5 2", "compound 5 3", "compound 5 4", "nsubj 6 1", "root -1 6"));
        assertEquals(List.of("KOREDU"), r.codes("researcher"));
    }

    @Test
    void anExpertAtAnInstitutionOfNoKnownCountryIsNoActor() {
        Resolved r = Resolved.of(Docs.on("2025-12-27").sentence(
                "an/DT expert/NN at/IN the/DT Ford/NNP/ORGANIZATION Foundation/NNP/ORGANIZATION said/VBD",
                "det 1 0", "nmod:at 1 5", "case 5 2", "det 5 3", "compound 5 4", "nsubj 6 1", "root -1 6"));
        assertTrue(r.isEmpty(), r.texts().toString());
    }

    @Test
    void theTopicOfTheExpertiseIsNotTheInstitution() {
        Resolved r = Resolved.of(Docs.on("2025-12-27").sentence(
                "a/DT specialist/NN on/IN China/NNP said/VBD",
                "det 1 0", "nmod:on 1 3", "case 3 2", "nsubj 4 1", "root -1 4"));
        assertEquals(List.of(), r.codes("specialist"));
        assertEquals(List.of("CHN"), r.codes("China"));
    }
}
