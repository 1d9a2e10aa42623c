package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Words in a sentence resolved to an actor, with the evidence for the resolution.
 *
 * @param sentence   sentence index
 * @param firstToken first token of the mention
 * @param endToken   token one past the last
 * @param headToken  the token that stands for the mention in the dependency tree
 * @param text       surface text
 * @param span       characters in {@link Article#fullText()}
 * @param kind       what kind of words named the actor
 * @param roles      the codes the mention can have, each over its date interval; never empty
 * @param rule       the dictionary entry or rule that resolved it, e.g. {@code people:Lee Jae Myung}
 */
public record ActorMention(int sentence, int firstToken, int endToken, int headToken, String text, Span span,
                           MentionKind kind, List<ActorRole> roles, String rule) {
    public ActorMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("actor mention '" + text + "' has no role");
        }
        if (firstToken < 0 || endToken <= firstToken || headToken < firstToken || headToken >= endToken) {
            throw new IllegalArgumentException("bad token range [" + firstToken + ", " + endToken + ") head "
                    + headToken + " for '" + text + "'");
        }
    }

    /**
     * The role that holds on the given date: the first role whose interval contains it, else the role nearest in
     * time (a later dictionary gap should not drop the actor).
     */
    public ActorRole roleOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        ActorRole nearest = roles.get(0);
        long best = Long.MAX_VALUE;
        for (ActorRole r : roles) {
            if (r.holdsOn(date)) {
                return r;
            }
            long distance = Math.min(distance(r.from(), date), distance(r.to(), date));
            if (distance < best) {
                best = distance;
                nearest = r;
            }
        }
        return nearest;
    }

    private static long distance(LocalDate bound, LocalDate date) {
        return bound == null ? Long.MAX_VALUE : Math.abs(bound.toEpochDay() - date.toEpochDay());
    }

    public boolean covers(int tokenIndex) {
        return firstToken <= tokenIndex && tokenIndex < endToken;
    }
}
