package org.parley.actors;

import java.util.Optional;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

/**
 * The token that carries a phrase in the basic dependency tree: the one token of the range whose head lies outside
 * it. When the tree offers none or several (a fragmentary parse, or a sentence built without dependencies), the last
 * token that is not a possessive marker or punctuation stands in, which is the head of an English noun phrase.
 */
public final class HeadFinder {
    private HeadFinder() {
    }

    public static int head(Sentence s, int first, int end) {
        int found = -1;
        int count = 0;
        if (!s.dependencies().isEmpty()) {
            for (int k = first; k < end; k++) {
                Optional<Dependency> h = s.headOf(k);
                if (h.isEmpty()) {
                    continue;
                }
                int g = h.get().governor();
                if (g == Dependency.ROOT || g < first || g >= end) {
                    if (!isFiller(s, k)) {
                        found = k;
                        count++;
                    }
                }
            }
        }
        if (count == 1) {
            return found;
        }
        for (int k = end - 1; k > first; k--) {
            if (!isFiller(s, k)) {
                return k;
            }
        }
        return first;
    }

    private static boolean isFiller(Sentence s, int k) {
        var t = s.token(k);
        return TokenKeys.isPossessive(t) || t.word().equals("'") || t.word().equals("\u2019")
                || !t.word().codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
