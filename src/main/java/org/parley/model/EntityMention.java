package org.parley.model;

import java.util.Objects;

/**
 * A named entity found by the NLP stage.
 *
 * @param type       entity class: {@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code MISC}
 * @param text       surface text
 * @param span       characters in {@link Article#fullText()}
 * @param firstToken first token index in its sentence
 * @param endToken   token index one past the last
 */
public record EntityMention(String type, String text, Span span, int firstToken, int endToken) {
    public EntityMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("bad entity token range [" + firstToken + ", " + endToken + ")");
        }
    }
}
