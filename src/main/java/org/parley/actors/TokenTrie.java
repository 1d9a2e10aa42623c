package org.parley.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable prefix tree over token sequences: each edge is one normalized token, each node may hold values for
 * the sequence that ends there. Lookup walks the sentence's tokens from a start position, so the cost of a match is
 * the length of the longest stored sequence that fits, independent of the dictionary's size. A sequence may end in a
 * <em>stem</em> ({@link Builder#putStem}): its last token matches any token that starts with it, found by looking up
 * the token's own prefixes at that node, so a stem costs no scan of the dictionary either.
 *
 * @param <V> what a sequence maps to
 */
public final class TokenTrie<V> {
    private final Node<V> root;
    private final int size;

    private TokenTrie(Node<V> root, int size) {
        this.root = root;
        this.size = size;
    }

    /** A match of a stored sequence: tokens {@code [start, end)} and the values stored for that sequence. */
    public record Match<V>(int start, int end, List<V> values) {
        public Match {
            values = List.copyOf(values);
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
            node = node.children.get(k);
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
        Node<V> node = root;
        for (int i = start; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k == null) {
                break;
            }
            Node<V> next = node.children.get(k);
            List<V> stems = node.stemLength == 0 ? List.of() : stemValues(node, k);
            List<V> here = next == null ? List.of() : next.values;
            if (!stems.isEmpty()) {
                List<V> both = new ArrayList<>(here);
                stems.stream().filter(v -> !both.contains(v)).forEach(both::add);
                here = both;
            }
            if (!here.isEmpty()) {
                found.add(0, new Match<>(start, i + 1, here));
            }
            if (next == null) {
                break;
            }
            node = next;
        }
        return found;
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
            MutableNode<V> node = root;
            for (String k : keys) {
                if (k == null || k.isEmpty()) {
                    throw new IllegalArgumentException("empty token in trie key " + keys);
                }
                node = node.children.computeIfAbsent(k, x -> new MutableNode<>());
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
            MutableNode<V> node = root;
            for (int i = 0; i < keys.size(); i++) {
                String k = keys.get(i);
                if (k == null || k.isEmpty()) {
                    throw new IllegalArgumentException("empty token in trie key " + keys);
                }
                if (i < keys.size() - 1) {
                    node = node.children.computeIfAbsent(k, x -> new MutableNode<>());
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

        public TokenTrie<V> build() {
            return new TokenTrie<>(root.freeze(), size);
        }
    }

    private static final class MutableNode<V> {
        final Map<String, MutableNode<V>> children = new HashMap<>();
        final List<V> values = new ArrayList<>(1);
        final Map<String, List<V>> stems = new HashMap<>();

        Node<V> freeze() {
            Map<String, Node<V>> frozen = new HashMap<>(children.size() * 2);
            children.forEach((k, v) -> frozen.put(k, v.freeze()));
            Map<String, List<V>> frozenStems = new HashMap<>(stems.size() * 2);
            stems.forEach((k, v) -> frozenStems.put(k, List.copyOf(v)));
            int longest = stems.keySet().stream().mapToInt(String::length).max().orElse(0);
            return new Node<>(Map.copyOf(frozen), List.copyOf(values), Map.copyOf(frozenStems), longest);
        }
    }

    /** A node: whole-token children, the values of the sequence ending here, stems that follow it, the longest. */
    private record Node<V>(Map<String, Node<V>> children, List<V> values, Map<String, List<V>> stems,
                           int stemLength) {
    }
}
