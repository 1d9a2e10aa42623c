package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;

class UncodedPhrasesTest {
    /**
     * "The rebel commander Tom Bell left for the Ministry of Fisheries on Monday ." with the subject headed by "Bell",
     * the destination an oblique with an "of" modifier, and a date.
     */
    private static final Sentence LEFT = Docs.on("2025-03-04").sentence(
            "The/DT rebel/NN commander/NN Tom/NNP/PERSON Bell/NNP/PERSON left/VBD for/IN the/DT Ministry/NNP of/IN "
                    + "Fisheries/NNP on/IN Monday/NNP/DATE ./.",
            "det 4 0", "compound 4 1", "compound 4 2", "compound 4 3", "nsubj 5 4", "root -1 5", "case 8 6",
            "det 8 7", "obl 5 8", "case 10 9", "nmod 8 10", "case 12 11", "obl 5 12", "punct 5 13")
            .build().sentences().get(0);

    private static List<String> codes(List<ActorMention> mentions) {
        return mentions.stream().map(m -> m.roles().get(0).actor().code()).toList();
    }

    @Test
    void anUncodedPhraseIsAnActorNamedByItsWords() {
        List<ActorMention> found = UncodedPhrases.in(LEFT, List.of(), 4);
        assertEquals(List.of("THE MINISTRY OF FISHERIES"), codes(found), "the subject has five words");
        ActorMention m = found.get(0);
        assertEquals("the Ministry of Fisheries", m.text(), "the words as written, without the preposition");
        assertEquals(7, m.firstToken());
        assertEquals(11, m.endToken());
        assertEquals(8, m.headToken());
        assertEquals(MentionKind.PHRASE, m.kind());
        assertEquals(List.of(ActorRole.always(Actor.named("the Ministry of Fisheries"))), m.roles());
        assertTrue(m.roles().get(0).actor().isNamed());
        assertEquals("uncoded-phrase:at most 4 words", m.rule());
    }

    @Test
    void theLimitCountsWords() {
        assertEquals(List.of("THE REBEL COMMANDER TOM BELL", "THE MINISTRY OF FISHERIES"),
                codes(UncodedPhrases.in(LEFT, List.of(), 5)));
        assertEquals(List.of(), codes(UncodedPhrases.in(LEFT, List.of(), 3)),
                "no shorter phrase inside: 'Fisheries' is part of the ministry's name, Monday a date");
        assertThrows(IllegalArgumentException.class, () -> UncodedPhrases.in(LEFT, List.of(), 0));
    }

    @Test
    void aPhraseWithACodedWordIsNoUncodedPhrase() {
        ActorMention bell = new ActorMention(LEFT.index(), 3, 5, 4, "Tom Bell", LEFT.spanOf(3, 5),
                MentionKind.PERSON, List.of(ActorRole.always(Actor.of("REB"))), "test:REB");
        assertEquals(List.of("THE MINISTRY OF FISHERIES"), codes(UncodedPhrases.in(LEFT, List.of(bell), 9)));
    }

    @Test
    void thePossessiveIsNeitherCountedNorNamed() {
        Sentence s = Docs.on("2025-03-04").sentence(
                "The/DT club/NN 's/POS chairman/NN Tom/NNP Bell/NNP resigned/VBD ./.",
                "det 1 0", "case 1 2", "nmod:poss 5 1", "compound 5 3", "compound 5 4", "nsubj 6 5",
                "root -1 6", "punct 6 7").build().sentences().get(0);
        List<ActorMention> found = UncodedPhrases.in(s, List.of(), 5);
        assertEquals(List.of("THE CLUB CHAIRMAN TOM BELL"), codes(found));
        assertEquals("The club 's chairman Tom Bell", found.get(0).text());
        assertEquals(List.of(), UncodedPhrases.in(s, List.of(), 4), "five words without the 's");
    }

    @Test
    void aNounLeftLooseByTheParserBelongsToThePhrase() {
        // the parser hangs the name under "head" as dep: "head Tom Bell" is still one phrase
        Sentence s = Docs.on("2025-03-04").sentence("The/DT head/NN Tom/NNP Bell/NNP left/VBD",
                "det 1 0", "compound 3 2", "dep 1 3", "nsubj 4 1", "root -1 4").build().sentences().get(0);
        assertEquals(List.of("THE HEAD TOM BELL"), codes(UncodedPhrases.in(s, List.of(), 4)));
    }

    @Test
    void clausesAndConjunctsAreNotPartOfThePhrase() {
        Sentence s = Docs.on("2025-03-04").sentence(
                "The/DT board/NN ,/, which/WDT met/VBD ,/, and/CC the/DT union/NN agreed/VBD",
                "det 1 0", "punct 4 2", "nsubj 4 3", "acl:relcl 1 4", "punct 4 5", "cc 8 6", "det 8 7",
                "conj 1 8", "nsubj 9 1", "root -1 9").build().sentences().get(0);
        assertEquals(List.of("THE BOARD", "THE UNION"), codes(UncodedPhrases.in(s, List.of(), 4)));
    }
}
