package org.parley.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence with everything the NLP stage found in it.
 *
 * @param index        sentence number in the article: 0 is the title, the body starts at 1
 * @param span         characters in {@link Article#fullText()}
 * @param text         the sentence's text
 * @param tokens       its tokens, in order
 * @param dependencies its basic dependency tree (one head per token)
 * @param entities     named entities
 * @param times        temporal expressions
 * @param enhanced     its enhanced++ dependency graph (a token may have several heads; relations carry their
 *                     preposition, e.g. {@code obl:in}; conjuncts and relative pronouns are resolved)
 */
public record Sentence(int index, Span span, String text, List<Token> tokens, List<Dependency> dependencies,
                       List<EntityMention> entities, List<TimeExpression> times, List<Dependency> enhanced) {
    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, got " + index);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        enhanced = List.copyOf(enhanced);
        for (Dependency d : concat(dependencies, enhanced)) {
            if (d.dependent() >= tokens.size() || d.governor() >= tokens.size()) {
                throw new IllegalArgumentException("dependency " + d + " points outside the sentence's "
                        + tokens.size() + " tokens");
            }
        }
    }

    /** A sentence whose enhanced graph is its basic tree. */
    public Sentence(int index, Span span, String text, List<Token> tokens, List<Dependency> dependencies,
                    List<EntityMention> entities, List<TimeExpression> times) {
        this(index, span, text, tokens, dependencies, entities, times, dependencies);
    }

    private static List<Dependency> concat(List<Dependency> a, List<Dependency> b) {
        List<Dependency> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The dependency whose dependent is token {@code i}, if the tree has one. */
    public Optional<Dependency> headOf(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Dependencies governed by token {@code i}, in token order. */
    public List<Dependency> childrenOf(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == i) {
                out.add(d);
            }
        }
        out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return out;
    }

    /** Edges of the enhanced graph leaving token {@code i}, in token order. */
    public List<Dependency> enhancedChildrenOf(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : enhanced) {
            if (d.governor() == i) {
                out.add(d);
            }
        }
        out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return out;
    }

    /** Edges of the enhanced graph arriving at token {@code i}. */
    public List<Dependency> enhancedHeadsOf(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : enhanced) {
            if (d.dependent() == i) {
                out.add(d);
            }
        }
        return out;
    }

    /** Whether {@code ancestor} dominates {@code i} in the tree (a token dominates itself). */
    public boolean dominates(int ancestor, int i) {
        int current = i;
        for (int steps = 0; steps <= tokens.size(); steps++) {
            if (current == ancestor) {
                return true;
            }
            Optional<Dependency> head = headOf(current);
            if (head.isEmpty() || head.get().governor() == Dependency.ROOT) {
                return false;
            }
            current = head.get().governor();
        }
        return false;
    }

    /** Text of tokens {@code [from, to)} as it stands in the sentence. */
    public String textOf(int from, int to) {
        int begin = tokens.get(from).span().begin() - span.begin();
        int end = tokens.get(to - 1).span().end() - span.begin();
        return text.substring(begin, end);
    }

    /** Character span of tokens {@code [from, to)}. */
    public Span spanOf(int from, int to) {
        return new Span(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
    }
}
