package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.testing.Articles;
import org.parley.testing.HandBuilt;

class SentenceTest {
    private static final Article ARTICLE = Articles.of("2025-12-27", "Officials meet Lee",
            "Officials who visited Tokyo met Lee on Friday.");
    private static final String TEXT = "Officials who visited Tokyo met Lee on Friday.";

    // 0 Officials, 1 who, 2 visited, 3 Tokyo, 4 met, 5 Lee, 6 on, 7 Friday, 8 .
    // Basic edges are listed out of token order on purpose.
    private static HandBuilt.SentenceBuilder basic() {
        return HandBuilt.sentence(ARTICLE, 1, TEXT)
                .dep("punct", 4, 8)
                .dep("obl", 4, 7)
                .dep("obj", 4, 5)
                .dep("nsubj", 4, 0)
                .dep("root", Dependency.ROOT, 4)
                .dep("acl:relcl", 0, 2)
                .dep("nsubj", 2, 1)
                .dep("obj", 2, 3)
                .dep("case", 7, 6);
    }

    private static Sentence withEnhanced() {
        return basic()
                .enhanced("root", Dependency.ROOT, 4)
                .enhanced("nsubj", 4, 0)
                .enhanced("acl:relcl", 0, 2)
                .enhanced("nsubj", 2, 0)
                .enhanced("ref", 0, 1)
                .enhanced("obj", 2, 3)
                .enhanced("obj", 4, 5)
                .enhanced("obl:on", 4, 7)
                .enhanced("case", 7, 6)
                .enhanced("punct", 4, 8)
                .build();
    }

    private static List<Integer> dependents(List<Dependency> deps) {
        return deps.stream().map(Dependency::dependent).toList();
    }

    @Test
    void headOfGivesTheTreeEdgeArrivingAtTheToken() {
        Sentence s = basic().build();
        assertEquals(Optional.of(new Dependency("nsubj", 2, 1)), s.headOf(1));
        assertEquals(Optional.of(new Dependency("acl:relcl", 0, 2)), s.headOf(2));
        assertEquals(Optional.of(new Dependency("root", Dependency.ROOT, 4)), s.headOf(4));
    }

    @Test
    void headOfATokenOutsideTheTreeIsEmpty() {
        Sentence s = HandBuilt.sentence(ARTICLE, 1, TEXT).dep("root", Dependency.ROOT, 4).build();
        assertEquals(Optional.empty(), s.headOf(0));
    }

    @Test
    void childrenOfAreInTokenOrder() {
        Sentence s = basic().build();
        assertEquals(List.of(0, 5, 7, 8), dependents(s.childrenOf(4)));
        assertEquals("nsubj", s.childrenOf(4).get(0).relation());
        assertEquals(List.of(1, 3), dependents(s.childrenOf(2)));
        assertEquals(List.of(), s.childrenOf(3), "a leaf has no children");
    }

    @Test
    void childrenOfRootAreTheRootTokens() {
        assertEquals(List.of(4), dependents(basic().build().childrenOf(Dependency.ROOT)));
    }

    @Test
    void withoutAnEnhancedGraphTheBasicTreeIsUsed() {
        Sentence s = basic().build();
        assertEquals(s.dependencies(), s.enhanced());
        assertEquals(s.childrenOf(4), s.enhancedChildrenOf(4));
    }

    @Test
    void enhancedChildrenOfFollowsTheEnhancedGraphInTokenOrder() {
        Sentence s = withEnhanced();
        assertEquals(List.of(new Dependency("ref", 0, 1), new Dependency("acl:relcl", 0, 2)),
                s.enhancedChildrenOf(0));
        assertEquals(List.of(new Dependency("acl:relcl", 0, 2)), s.childrenOf(0), "the basic tree has no ref edge");
        assertEquals(List.of(0, 3), dependents(s.enhancedChildrenOf(2)), "the relative clause gets its subject");
        assertEquals("obl:on", s.enhancedChildrenOf(4).get(2).relation());
    }

    @Test
    void enhancedHeadsOfGivesEveryHeadOfAToken() {
        Sentence s = withEnhanced();
        assertEquals(Set.of(new Dependency("nsubj", 4, 0), new Dependency("nsubj", 2, 0)),
                new HashSet<>(s.enhancedHeadsOf(0)));
        assertEquals(2, s.enhancedHeadsOf(0).size());
        assertEquals(List.of(new Dependency("ref", 0, 1)), s.enhancedHeadsOf(1));
        assertEquals(List.of(new Dependency("root", Dependency.ROOT, 4)), s.enhancedHeadsOf(4));
        assertEquals(Optional.of(new Dependency("nsubj", 2, 1)), s.headOf(1), "the basic tree is unchanged");
    }

    @Test
    void aTokenDominatesItself() {
        Sentence s = basic().build();
        assertTrue(s.dominates(3, 3));
        assertTrue(s.dominates(4, 4));
    }

    @Test
    void theRootTokenDominatesEveryToken() {
        Sentence s = basic().build();
        for (int i = 0; i < s.tokens().size(); i++) {
            assertTrue(s.dominates(4, i), "root dominates " + i);
        }
    }

    @Test
    void dominanceFollowsTheTreeDownwardOnly() {
        Sentence s = basic().build();
        assertTrue(s.dominates(0, 3), "Officials -> visited -> Tokyo");
        assertTrue(s.dominates(7, 6));
        assertFalse(s.dominates(2, 0), "a child does not dominate its head");
        assertFalse(s.dominates(3, 4), "a leaf does not dominate the root");
        assertFalse(s.dominates(5, 3), "siblings' subtrees are apart");
        assertFalse(s.dominates(0, 7));
    }

    @Test
    void dominanceIgnoresEnhancedEdges() {
        Sentence s = withEnhanced();
        assertFalse(s.dominates(2, 0), "nsubj(visited, Officials) is enhanced only");
        assertTrue(s.dominates(2, 1));
    }

    @Test
    void dominanceStopsAtATokenOutsideTheTree() {
        Sentence s = HandBuilt.sentence(ARTICLE, 1, TEXT).dep("root", Dependency.ROOT, 4).dep("obj", 2, 3).build();
        assertFalse(s.dominates(4, 3), "visited has no head, so the path breaks");
        assertTrue(s.dominates(2, 3));
    }

    @Test
    void dominanceTerminatesOnACycle() {
        Sentence s = HandBuilt.sentence(ARTICLE, 1, TEXT).dep("dep", 0, 1).dep("dep", 1, 0).build();
        assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> s.dominates(4, 0)));
        assertTrue(s.dominates(1, 0));
    }

    @Test
    void textOfKeepsTheTextAsItStands() {
        Sentence s = basic().build();
        assertEquals("Officials who", s.textOf(0, 2));
        assertEquals("Tokyo", s.textOf(3, 4));
        assertEquals("Friday.", s.textOf(7, 9), "no space before the full stop");
        assertEquals(TEXT, s.textOf(0, s.tokens().size()));
    }

    @Test
    void spanOfIndexesTheFullTextBeyondTheTitle() {
        Sentence s = basic().build();
        Span lee = s.spanOf(5, 6);
        int expected = ARTICLE.bodyOffset() + TEXT.indexOf("Lee");
        assertEquals(new Span(expected, expected + 3), lee);
        assertEquals("visited Tokyo met", s.spanOf(2, 5).of(ARTICLE.fullText()));
        assertEquals(s.textOf(2, 5), s.spanOf(2, 5).of(ARTICLE.fullText()));
    }

    @Test
    void tokenGivesTheTokenAtAnIndex() {
        Sentence s = basic().build();
        assertEquals("Tokyo", s.token(3).word());
        assertEquals(3, s.token(3).index());
    }

    @Test
    void dependentOutsideTheSentenceIsRejected() {
        HandBuilt.SentenceBuilder b = basic().dep("punct", 4, 9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("dependency Dependency[relation=punct, governor=4, dependent=9] points outside the sentence's "
                + "9 tokens", e.getMessage());
    }

    @Test
    void governorOutsideTheSentenceIsRejected() {
        HandBuilt.SentenceBuilder b = basic().dep("obj", 12, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().contains("points outside the sentence's 9 tokens"), e.getMessage());
    }

    @Test
    void enhancedEdgeOutsideTheSentenceIsRejected() {
        HandBuilt.SentenceBuilder b = basic().enhanced("root", Dependency.ROOT, 4).enhanced("nsubj", 9, 0);
        assertThrows(IllegalArgumentException.class, b::build);
    }

    @Test
    void negativeIndexIsRejected() {
        HandBuilt.SentenceBuilder b = HandBuilt.sentence(ARTICLE, -1, TEXT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("sentence index must be >= 0, got -1", e.getMessage());
    }

    @Test
    void listsAreCopied() {
        Sentence s = basic().build();
        assertThrows(UnsupportedOperationException.class, () -> s.dependencies().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.tokens().clear());
    }
}
