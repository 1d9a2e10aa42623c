package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.testing.Articles;
import org.parley.testing.HandBuilt;

/** A verb the tagger read as a noun between two names, on hand-built parses. */
class NamesAroundTest {
    private static final String TEXT = "Estonia arms Libya, officials said.";
    private static final Article ARTICLE = Articles.of("2025-06-01", "", TEXT);

    // 0 Estonia, 1 arms, 2 Libya, 3 ",", 4 officials, 5 said, 6 .
    private static HandBuilt.SentenceBuilder misread() {
        return HandBuilt.sentence(ARTICLE, 1, TEXT)
                .tags("NNP", "NNS", "NNP", ",", "NNS", "VBD", ".")
                .dep("root", Dependency.ROOT, 5)
                .dep("nsubj", 5, 2)
                .dep("compound", 2, 1)
                .dep("punct", 5, 3)
                .dep("nsubj", 5, 4)
                .dep("punct", 5, 6);
    }

    private static SentenceGraph graph(Sentence s, int... names) {
        List<ActorMention> actors = new java.util.ArrayList<>();
        for (int t : names) {
            actors.add(HandBuilt.mention(s, t, t + 1, MentionKind.COUNTRY, t == 0 ? "EST" : "LBY"));
        }
        return new SentenceGraph(s, actors);
    }

    @Test
    void theNameAfterAWordBetweenTwoNamesIsWhatItActsOn() {
        Sentence s = misread().dep("compound", 1, 0).build();
        assertEquals(2, NamesAround.nameAfter(graph(s, 0, 2), 1));
    }

    @Test
    void bothNamesMustNameActors() {
        Sentence s = misread().dep("compound", 1, 0).build();
        assertEquals(-1, NamesAround.nameAfter(graph(s, 2), 1), "no actor before");
        assertEquals(-1, NamesAround.nameAfter(graph(s, 0), 1), "no actor after");
    }

    @Test
    void theNameBeforeMustModifyTheWord() {
        // "Estonia" hung on "Libya" directly: "arms" is not between two names of one chain
        Sentence s = misread().dep("compound", 2, 0).build();
        assertEquals(-1, NamesAround.nameAfter(graph(s, 0, 2), 1));
    }

    @Test
    void aWordInsideAnActorsNameOrCapitalizedIsNoMisreadVerb() {
        Sentence s = misread().dep("compound", 1, 0).build();
        ActorMention whole = HandBuilt.mention(s, 0, 3, MentionKind.COUNTRY, "LBY");
        assertEquals(-1, NamesAround.nameAfter(new SentenceGraph(s, List.of(whole)), 1), "one mention over all");
        assertEquals(-1, NamesAround.nameAfter(graph(s, 0, 2), 0), "the first word has no name before it");
        assertEquals(-1, NamesAround.nameAfter(graph(s, 0, 2), 2), "a name is not the word between");
    }
}
