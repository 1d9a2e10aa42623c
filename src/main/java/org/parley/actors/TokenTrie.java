package org.parley.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable prefix tree over token sequences: each edge is one normalized token, each node may hold values for
 * the sequence that ends there. Lookup walks the sentence's tokens from a start position, so the cost of a match is
 * the length of the longest stored sequence that fits, independent of the dictionary's size.
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
            node = k == null ? null : node.children.get(k);
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                found.add(0, new Match<>(start, i + 1, node.values));
            }
        }
        return found;
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

        public TokenTrie<V> build() {
            return new TokenTrie<>(root.freeze(), size);
        }
    }

    private static final class MutableNode<V> {
        final Map<String, MutableNode<V>> children = new HashMap<>();
        final List<V> values = new ArrayList<>(1);

        Node<V> freeze() {
            Map<String, Node<V>> frozen = new HashMap<>(children.size() * 2);
            children.forEach((k, v) -> frozen.put(k, v.freeze()));
            return new Node<>(Map.copyOf(frozen), List.copyOf(values));
        }
    }

    private record Node<V>(Map<String, Node<V>> children, List<V> values) {
    }
}
