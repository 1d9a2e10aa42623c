package org.parley.model;

import java.util.Objects;

/**
 * A temporal expression as the NLP stage (SUTime) found and normalized it, against the article's date.
 *
 * @param text       surface text, e.g. {@code last week}
 * @param span       characters in {@link Article#fullText()}
 * @param firstToken first token index in its sentence
 * @param endToken   token index one past the last
 * @param type       TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value      TIMEX3 value as SUTime gave it, e.g. {@code 2025-W51}; empty when SUTime gave none
 */
public record TimeExpression(String text, Span span, int firstToken, int endToken, String type, String value) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("bad time expression token range [" + firstToken + ", " + endToken + ")");
        }
    }
}
