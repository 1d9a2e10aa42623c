package org.parley.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable prefix tree over token sequences: each edge is one normalized token, each node may hold values for
 * the sequence that ends there. Lookup walks the sentence's tokens from a start position, so the cost of a match is
 * the length of the longest stored sequence that fits, independent of the dictionary's size. A sequence may end in a
 * <em>stem</em> ({@link Builder#putStem}): its last token matches any token that starts with it, found by looking up
 * the token's own prefixes at that node, so a stem costs no scan of the dictionary either. A sequence may hold a
 * {@link #GAP}: a few words of the text may stand there; only nodes with a gap try it, so plain sequences cost the same.
 *
 * @param <V> what a sequence maps to
 */
public final class TokenTrie<V> {
    /**
     * A key token that lets other words stand between its neighbours, as a blank does in a TABARI phrase ({@code
     * PRINCE DOL_AMROTH} is "the Prince of Dol Amroth"); at most {@link #MAX_GAP} of them, none punctuation.
     */
    public static final String GAP = " ";
    /** The most words a {@link #GAP} passes over. */
    public static final int MAX_GAP = 3;

    private final Node<V> root;
    private final int size;

    private TokenTrie(Node<V> root, int size) {
        this.root = root;
        this.size = size;
    }

    /** A match of a stored sequence: tokens {@code [start, end)} and the values stored for that sequence. */
    public record Match<V>(int start, int end, List<V> values, List<Integer> skipped) {
        public Match {
            values = List.copyOf(values);
            skipped = List.copyOf(skipped);
        }

        /** A match of consecutive tokens. */
        public Match(int start, int end, List<V> values) {
            this(start, end, values, List.of());
        }
    }

    /** Number of distinct sequences stored. */
    public int size() {
        return size;
    }

    /** The values stored for exactly this sequence, or an empty list. */
    public List<V> get(List<String> keys) {
        Node<V> node = root;
        for (String k : keys) {
            node = GAP.equals(k) ? node.gap : node.children.get(k);
            if (node == null) {
                return List.of();
            }
        }
        return node.values;
    }

    /**
     * Every stored sequence that starts at {@code start} in {@code keys}, longest first. {@code null} keys never
     * match (callers use them for tokens that must not be part of any entry).
     */
    public List<Match<V>> matchesAt(List<String> keys, int start) {
        List<Match<V>> found = new ArrayList<>(2);
        walk(root, keys, start, start, List.of(), found);
        found.sort(Comparator.comparingInt((Match<V> m) -> m.end()).reversed());
        return found;
    }

    /** Follows {@code keys} from token {@code i} on below {@code node}, adding every sequence that ends. */
    private static <V> void walk(Node<V> node, List<String> keys, int start, int i, List<Integer> skipped,
                                 List<Match<V>> found) {
        if (i >= keys.size() || keys.get(i) == null) {
            return;
        }
        String k = keys.get(i);
        Node<V> next = node.children.get(k);
        List<V> stems = node.stemLength == 0 ? List.of() : stemValues(node, k);
        List<V> here = next == null ? List.of() : next.values;
        if (!stems.isEmpty()) {
            List<V> both = new ArrayList<>(here);
            stems.stream().filter(v -> !both.contains(v)).forEach(both::add);
            here = both;
        }
        if (!here.isEmpty() && found.stream().noneMatch(m -> m.end() == i + 1)) {
            found.add(new Match<>(start, i + 1, here, skipped));
        }
        if (next != null) {
            walk(next, keys, start, i + 1, skipped, found);
        }
        if (node.gap != null) {
            // after the consecutive words, which win at the same end: no word between, then up to MAX_GAP words,
            // each a word (no punctuation, no blocked token)
            walk(node.gap, keys, start, i, skipped, found);
            List<Integer> more = new ArrayList<>(skipped);
            for (int j = i; j < keys.size() && j < i + MAX_GAP && skippable(keys.get(j)); j++) {
                more.add(j);
                walk(node.gap, keys, start, j + 1, List.copyOf(more), found);
            }
        }
    }

    /** Whether a token may stand in a gap: a word, not punctuation (a name does not run across a comma). */
    private static boolean skippable(String key) {
        return key != null && key.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The values of the stems at {@code node} that {@code key} starts with, longest stem first. */
    private static <V> List<V> stemValues(Node<V> node, String key) {
        List<V> out = new ArrayList<>(1);
        for (int len = Math.min(key.length(), node.stemLength); len >= 1; len--) {
            List<V> vs = node.stems.get(key.substring(0, len));
            if (vs != null) {
                for (V v : vs) {
                    if (!out.contains(v)) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** Collects sequences; {@link #build()} freezes them. Adding the same value twice for a sequence keeps one. */
    public static final class Builder<V> {
        private final MutableNode<V> root = new MutableNode<>();
        private int size;

        public Builder<V> put(List<String> keys, V value) {
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("a trie key needs at least one token");
            }
            checkGaps(keys);
            MutableNode<V> node = root;
            for (String k : keys) {
                if (k == null || k.isEmpty()) {
                    throw new IllegalArgumentException("empty token in trie key " + keys);
                }
                node = node.child(k);
            }
            if (node.values.isEmpty()) {
                size++;
            }
            if (!node.values.contains(value)) {
                node.values.add(value);
            }
            return this;
        }

        /**
         * Stores a sequence whose last token is a stem: it matches any token that starts with it ("argentin" matches
         * "argentina" and "argentine"); the tokens before it match whole.
         */
        public Builder<V> putStem(List<String> keys, V value) {
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("a trie key needs at least one token");
            }
            checkGaps(keys);
            MutableNode<V> node = root;
            for (int i = 0; i < keys.size(); i++) {
                String k = keys.get(i);
                if (k == null || k.isEmpty()) {
                    throw new IllegalArgumentException("empty token in trie key " + keys);
                }
                if (i < keys.size() - 1) {
                    node = node.child(k);
                }
            }
            List<V> values = node.stems.computeIfAbsent(keys.get(keys.size() - 1), x -> new ArrayList<>(1));
            if (values.isEmpty()) {
                size++;
            }
            if (!values.contains(value)) {
                values.add(value);
            }
            return this;
        }

        /** A gap stands between two words: not first, not last, not next to another gap. */
        private static void checkGaps(List<String> keys) {
            for (int i = 0; i < keys.size(); i++) {
                if (GAP.equals(keys.get(i)) && (i == 0 || i == keys.size() - 1 || GAP.equals(keys.get(i - 1)))) {
                    throw new IllegalArgumentException("a gap must stand between two words: " + keys);
                }
            }
        }

        public TokenTrie<V> build() {
            return new TokenTrie<>(root.freeze(), size);
        }
    }

    private static final class MutableNode<V> {
        final Map<String, MutableNode<V>> children = new HashMap<>();
        final List<V> values = new ArrayList<>(1);
        final Map<String, List<V>> stems = new HashMap<>();
        MutableNode<V> gap;

        MutableNode<V> child(String k) {
            if (GAP.equals(k)) {
                if (gap == null) {
                    gap = new MutableNode<>();
                }
                return gap;
            }
            return children.computeIfAbsent(k, x -> new MutableNode<>());
        }

        Node<V> freeze() {
            Map<String, Node<V>> frozen = new HashMap<>(children.size() * 2);
            children.forEach((k, v) -> frozen.put(k, v.freeze()));
            Map<String, List<V>> frozenStems = new HashMap<>(stems.size() * 2);
            stems.forEach((k, v) -> frozenStems.put(k, List.copyOf(v)));
            int longest = stems.keySet().stream().mapToInt(String::length).max().orElse(0);
            return new Node<>(Map.copyOf(frozen), List.copyOf(values), Map.copyOf(frozenStems), longest,
                    gap == null ? null : gap.freeze());
        }
    }

    /**
     * A node: whole-token children, the values of the sequence ending here, stems that follow it, the longest, and
     * the node after a gap (or null).
     */
    private record Node<V>(Map<String, Node<V>> children, List<V> values, Map<String, List<V>> stems,
                           int stemLength, Node<V> gap) {
    }
}
