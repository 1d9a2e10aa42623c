package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.AnnotatedDocument;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;

class UncodedPhraseResolverTest {
    /** "The harbour board condemned Brazil ." and "Brazil thanked the harbour board ." */
    private static final AnnotatedDocument DOC = Docs.on("2025-03-04")
            .sentence("The/DT harbour/NN board/NN condemned/VBD Brazil/NNP ./.",
                    "det 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "obj 3 4", "punct 3 5")
            .sentence("Brazil/NNP thanked/VBD the/DT harbour/NN board/NN ./.",
                    "nsubj 1 0", "root -1 1", "det 4 2", "compound 4 3", "obj 1 4", "punct 1 5")
            .build();

    /** A stage that codes every "Brazil" as BRA. */
    private static final ActorResolver BRAZIL = document -> document.sentences().stream()
            .flatMap(s -> s.tokens().stream().filter(t -> t.word().equals("Brazil")).map(t -> brazil(s, t.index())))
            .toList();

    private static ActorMention brazil(Sentence s, int i) {
        return new ActorMention(s.index(), i, i + 1, i, "Brazil", s.spanOf(i, i + 1), MentionKind.COUNTRY,
                List.of(ActorRole.always(Actor.of("BRA"))), "test:BRA");
    }

    private static List<String> codes(List<ActorMention> mentions) {
        return mentions.stream().map(m -> m.sentence() + ":" + m.roles().get(0).actor().code()).toList();
    }

    @Test
    void addsTheUncodedPhrasesToTheCodedMentionsInTextOrder() {
        ActorResolver r = BRAZIL.withNewActorLength(3);
        assertInstanceOf(UncodedPhraseResolver.class, r);
        assertEquals(List.of("1:THE HARBOUR BOARD", "1:BRA", "2:BRA", "2:THE HARBOUR BOARD"), codes(r.resolve(DOC)));
        assertEquals(List.of("1:BRA", "2:BRA"), codes(BRAZIL.withNewActorLength(2).resolve(DOC)),
                "three words are more than two");
    }

    @Test
    void zeroIsOffAndAnotherLengthReplacesTheFirst() {
        assertSame(BRAZIL, BRAZIL.withNewActorLength(0));
        ActorResolver three = BRAZIL.withNewActorLength(3);
        assertSame(BRAZIL, three.withNewActorLength(0));
        assertEquals(List.of("1:BRA", "2:BRA"), codes(three.withNewActorLength(2).resolve(DOC)));
        assertThrows(IllegalArgumentException.class, () -> BRAZIL.withNewActorLength(-1));
        assertThrows(IllegalArgumentException.class, () -> new UncodedPhraseResolver(three, 2));
    }

    @Test
    void theAgentSettingGoesToTheCodingStage() {
        ActorResolver three = BRAZIL.withNewActorLength(3);
        assertEquals(codes(three.resolve(DOC)), codes(three.withUnknownCountryAgents(false).resolve(DOC)));
        // the coding stage here cannot code agents of unknown country, so the wrapper cannot either
        assertThrows(IllegalArgumentException.class, () -> three.withUnknownCountryAgents(true));
    }
}
