package org.parley.model;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word  surface form
 * @param lemma dictionary form
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   named-entity tag ({@code O} for none)
 * @param span  characters in {@link Article#fullText()}
 */
public record Token(int index, String word, String lemma, String pos, String ner, Span span) {
    public Token {
        if (index < 0) {
            throw new IllegalArgumentException("token index must be >= 0, got " + index);
        }
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
        Objects.requireNonNull(span, "span");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
