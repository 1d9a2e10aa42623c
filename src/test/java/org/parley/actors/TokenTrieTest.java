package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTrieTest {
    private final TokenTrie<String> trie = TokenTrie.<String>builder()
            .put(List.of("south", "korea"), "KOR")
            .put(List.of("south", "korean"), "KOR-adj")
            .put(List.of("korea"), "?")
            .put(List.of("south", "korea"), "KOR")
            .put(List.of("south", "korea"), "KOR-2")
            .build();

    @Test
    void matchesAreLongestFirst() {
        List<String> keys = List.of("in", "south", "korea", "today");
        assertEquals(List.of(), trie.matchesAt(keys, 0));
        List<TokenTrie.Match<String>> m = trie.matchesAt(keys, 1);
        assertEquals(1, m.size());
        assertEquals(1, m.get(0).start());
        assertEquals(3, m.get(0).end());
        assertEquals(List.of("KOR", "KOR-2"), m.get(0).values());
        assertEquals(List.of("?"), trie.matchesAt(keys, 2).get(0).values());
    }

    @Test
    void aStemMatchesEveryTokenThatStartsWithItAndOnlyAsTheLastToken() {
        TokenTrie<String> t = TokenTrie.<String>builder()
                .putStem(List.of("argentin"), "ARG")
                .putStem(List.of("ithilen", "tele"), "ITHTV")
                .put(List.of("argentina"), "ARG-whole")
                .build();
        assertEquals(List.of("ARG"), t.matchesAt(List.of("argentine"), 0).get(0).values());
        assertEquals(List.of("ARG"), t.matchesAt(List.of("argentin"), 0).get(0).values(), "the stem itself");
        assertEquals(List.of("ARG-whole", "ARG"), t.matchesAt(List.of("argentina"), 0).get(0).values(),
                "whole words first");
        assertEquals(List.of(), t.matchesAt(List.of("argenti"), 0), "shorter than the stem");
        assertEquals(List.of(), t.matchesAt(List.of("x", "argentine"), 0));
        List<TokenTrie.Match<String>> tv = t.matchesAt(List.of("ithilen", "television", "said"), 0);
        assertEquals(1, tv.size());
        assertEquals(2, tv.get(0).end());
        assertEquals(List.of(), t.matchesAt(List.of("ithilenx", "television"), 0), "only the last word is a stem");
        assertEquals(3, t.size());
    }

    @Test
    void aGapLetsAFewWordsStandBetweenInOrderButNoPunctuation() {
        TokenTrie<String> t = TokenTrie.<String>builder()
                .put(List.of("prince", TokenTrie.GAP, "dol", "amroth"), "DOL")
                .put(List.of("prince"), "title")
                .build();
        List<TokenTrie.Match<String>> m = t.matchesAt(List.of("prince", "of", "dol", "amroth", "said"), 0);
        assertEquals(4, m.get(0).end());
        assertEquals(List.of("DOL"), m.get(0).values());
        assertEquals(List.of(1), m.get(0).skipped());
        assertEquals(List.of("title"), m.get(1).values(), "the shorter match follows");
        assertEquals(List.of(), m.get(1).skipped());
        assertEquals(3, t.matchesAt(List.of("prince", "dol", "amroth"), 0).get(0).end(), "no word between is fine");
        assertEquals(1, t.matchesAt(List.of("prince", "of", "dol", "x", "amroth"), 0).get(0).end(),
                "an underscore keeps its words together");
        assertEquals(1, t.matchesAt(List.of("prince", ",", "dol", "amroth"), 0).get(0).end(), "no gap over a comma");
        assertEquals(List.of(), t.matchesAt(List.of("dol", "amroth", "of", "prince"), 0), "order is kept");
        List<String> far = List.of("prince", "a", "b", "c", "d", "dol", "amroth");
        assertEquals(1, t.matchesAt(far, 0).get(0).end(), "at most " + TokenTrie.MAX_GAP + " words between");
        assertEquals(List.of("DOL"), t.get(List.of("prince", TokenTrie.GAP, "dol", "amroth")));
        TokenTrie<String> both = TokenTrie.<String>builder().put(List.of("minas", "morgul", "vale"), "plain")
                .put(List.of("minas", TokenTrie.GAP, "vale"), "gapped").build();
        assertEquals(List.of("plain"), both.matchesAt(List.of("minas", "morgul", "vale"), 0).get(0).values(),
                "consecutive words win over a gap at the same end");
        assertThrows(IllegalArgumentException.class,
                () -> TokenTrie.<String>builder().put(List.of(TokenTrie.GAP, "dol"), "x"));
    }

    @Test
    void aPrefixAloneIsNoMatch() {
        assertEquals(List.of(), trie.matchesAt(List.of("south", "africa"), 0));
        assertEquals(List.of(), trie.matchesAt(List.of("south"), 0));
    }

    @Test
    void nullKeysNeverMatch() {
        assertEquals(List.of(), trie.matchesAt(Arrays.asList("south", null), 0));
    }

    @Test
    void sizeCountsSequencesAndDuplicatesAreKeptOnce() {
        assertEquals(3, trie.size());
        assertEquals(List.of("KOR", "KOR-2"), trie.get(List.of("south", "korea")));
        assertEquals(List.of(), trie.get(List.of("north", "korea")));
        assertThrows(UnsupportedOperationException.class, () -> trie.get(List.of("korea")).add("x"));
    }

    @Test
    void emptyKeysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TokenTrie.<String>builder().put(List.of(), "x"));
        assertThrows(IllegalArgumentException.class, () -> TokenTrie.<String>builder().put(List.of("a", ""), "x"));
    }

    @Test
    void lookupCostDoesNotGrowWithTheDictionary() {
        TokenTrie.Builder<Integer> b = TokenTrie.builder();
        for (int i = 0; i < 200_000; i++) {
            b.put(List.of("w" + i, "x"), i);
        }
        TokenTrie<Integer> big = b.build();
        List<String> sentence = List.of("w199999", "x", "w5", "y");
        long t0 = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            big.matchesAt(sentence, i % 3);
        }
        long perLookup = (System.nanoTime() - t0) / 100_000;
        assertEquals(List.of(199_999), big.matchesAt(sentence, 0).get(0).values());
        assertTrue(perLookup < 20_000, "a lookup took " + perLookup + " ns");
    }
}
