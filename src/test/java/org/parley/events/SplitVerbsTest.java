package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.testing.Articles;
import org.parley.testing.HandBuilt;

/** Multi-word verbs the tagger split into a verb and a noun. */
class SplitVerbsTest {
    private static final String TEXT = "Soldiers will not wire tap the links.";
    private static final Article ARTICLE = Articles.of("2025-06-01", "", TEXT);

    // 0 Soldiers, 1 will, 2 not, 3 wire, 4 tap, 5 the, 6 links, 7 .
    private static Sentence tagged(String... tags) {
        return HandBuilt.sentence(ARTICLE, 1, TEXT).tags(tags).dep("root", Dependency.ROOT, 3).dep("obj", 3, 4)
                .dep("obj", 4, 6).build();
    }

    private static PatternContext before(PatternContext.WordItem... items) {
        return new PatternContext(List.of(), List.of(items), List.of(), true, PatternContext.SourceSlot.SUBJECT, "",
                PatternContext.Skip.NONE, PatternContext.Skip.NONE, "", false, 0, PatternContext.Effect.EVENT, 0,
                false);
    }

    @Test
    void theNounAfterTheVerbMayHeadTheMultiWordVerb() {
        Sentence s = tagged("NNS", "MD", "RB", "VB", "NN", "DT", "NNS", ".");
        assertEquals(4, SplitVerbs.headAfter(s, 3), "'tap' after the verb 'wire'");
    }

    @Test
    void aWordTheTaggerReadsAsAVerbHeadsItsOwnPatterns() {
        Sentence s = tagged("NNS", "MD", "RB", "VB", "VB", "DT", "NNS", ".");
        assertEquals(-1, SplitVerbs.headAfter(s, 3));
        assertEquals(-1, SplitVerbs.headAfter(s, 7), "nothing after the last token");
    }

    @Test
    void theWordAfterMustHangOnTheVerb() {
        Sentence s = HandBuilt.sentence(ARTICLE, 1, TEXT).tags("NNS", "MD", "RB", "VB", "NN", "DT", "NNS", ".")
                .dep("root", Dependency.ROOT, 3).dep("obj", 3, 6).dep("compound", 6, 4).build();
        assertEquals(-1, SplitVerbs.headAfter(s, 3), "'tap' modifies 'links', not the verb");
    }

    @Test
    void onlyPatternsWhoseLastWordBeforeTheHeadIsJoinedToItCross() {
        assertTrue(SplitVerbs.joinedBeforeHead(before(PatternContext.WordItem.of(false, "will"),
                PatternContext.WordItem.of(true, "wire"))), "WILL NOT WIRE_+TAP");
        assertFalse(SplitVerbs.joinedBeforeHead(before(PatternContext.WordItem.of(true, "wire"),
                PatternContext.WordItem.of(false, "will"))), "a joined word that is not the last before the head");
        assertFalse(SplitVerbs.joinedBeforeHead(PatternContext.NONE), "no words before the head");
    }
}
