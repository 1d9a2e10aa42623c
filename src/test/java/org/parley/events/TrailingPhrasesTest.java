package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.testing.Articles;
import org.parley.testing.HandBuilt;

/** Prepositional phrases after an event noun that the parser hung higher up, on hand-built parses. */
class TrailingPhrasesTest {
    private static final String TEXT = "Arnor is inching closer to accord with Gondor on trade, officials said.";
    private static final Article ARTICLE = Articles.of("2025-06-01", "", TEXT);

    // 0 Arnor, 1 is, 2 inching, 3 closer, 4 to, 5 accord, 6 with, 7 Gondor, 8 on, 9 trade, 10 ",", 11 officials,
    // 12 said, 13 .
    private static HandBuilt.SentenceBuilder inching() {
        return HandBuilt.sentence(ARTICLE, 1, TEXT)
                .tags("NNP", "VBZ", "VBG", "RBR", "IN", "NN", "IN", "NNP", "IN", "NN", ",", "NNS", "VBD", ".")
                .dep("root", Dependency.ROOT, 12)
                .dep("ccomp", 12, 2)
                .dep("nsubj", 2, 0)
                .dep("aux", 2, 1)
                .dep("advmod", 2, 3)
                .dep("obl", 3, 5)
                .dep("case", 5, 4)
                .dep("case", 7, 6)
                .dep("case", 9, 8)
                .dep("punct", 12, 10)
                .dep("nsubj", 12, 11)
                .dep("punct", 12, 13);
    }

    @Test
    void phrasesRightAfterTheNounHungOnTheVerbAboveBelongToIt() {
        Sentence s = inching().dep("obl", 2, 7).dep("obl", 2, 9).build();
        assertEquals(List.of(6, 7, 8, 9), TrailingPhrases.of(s, 5), "with Gondor on trade");
    }

    @Test
    void aPhraseTheNounAlreadyHoldsIsNotAddedAgain() {
        Sentence s = inching().dep("nmod", 5, 7).dep("obl", 2, 9).build();
        assertEquals(List.of(8, 9), TrailingPhrases.of(s, 5), "only on trade, hung on the verb");
    }

    @Test
    void aPhraseThatDoesNotFollowTheNounDirectlyIsNotItsOwn() {
        Sentence s = inching().dep("obl", 2, 7).dep("obl", 2, 9).build();
        assertEquals(List.of(), TrailingPhrases.of(s, 0), "'is inching closer to accord' follows 'Arnor'");
        assertEquals(List.of(), TrailingPhrases.of(s, 4), "the preposition 'to' is followed by its own noun");
        assertEquals(List.of(), TrailingPhrases.of(s, 11), "a comma and the verb follow 'officials'");
    }

    @Test
    void aPhraseHungOnAWordThatDoesNotDominateTheNounIsNotItsOwn() {
        // "with Gondor" hangs on "officials", which is no head above "accord"
        Sentence s = inching().dep("nmod", 11, 7).dep("obl", 2, 9).build();
        assertEquals(List.of(), TrailingPhrases.of(s, 5));
    }

    @Test
    void aTokenOutsideTheSentenceIsRefused() {
        Sentence s = inching().dep("obl", 2, 7).dep("obl", 2, 9).build();
        assertThrows(IllegalArgumentException.class, () -> TrailingPhrases.of(s, 14));
    }
}
