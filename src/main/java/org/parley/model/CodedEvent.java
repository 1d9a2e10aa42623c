package org.parley.model;

import java.util.Objects;

/**
 * What the {@code events} stage found: who did what to whom in one sentence, before it is dated.
 *
 * @param sentence       sentence index
 * @param source         the doer
 * @param target         the one done to
 * @param code           CAMEO code the pattern gives
 * @param predicateToken token index of the word that carries the event (verb or event noun)
 * @param predicateSpan  the words of the matched pattern
 * @param rule           id of the pattern that fired, e.g. {@code verbs:visit/noun}
 * @param location       where it happened, if the sentence says
 */
public record CodedEvent(int sentence, ActorMention source, ActorMention target, String code, int predicateToken,
                         Span predicateSpan, String rule, Location location) {
    public CodedEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(predicateSpan, "predicateSpan");
        Objects.requireNonNull(rule, "rule");
        if (predicateToken < 0) {
            throw new IllegalArgumentException("predicate token must be >= 0");
        }
    }
}
