package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

/**
 * Prepositional phrases that follow an event noun directly but that the parser hung on a word above it: in "Arnor is
 * inching closer to accord with Gondor" the parser attaches "with Gondor" to "inching", though it says with whom the
 * accord is. Where a phrase attaches is the parser's weakest guess; a phrase right after the noun belongs to the
 * noun's reading as an event. Only phrases that start right after the noun's own phrase count, one after the other
 * ("to accord with Gondor on trade"); a comma or any other word in between ends them.
 */
final class TrailingPhrases {
    /** Relations by which a prepositional phrase hangs on a verb or noun. */
    private static final Set<String> ATTACHED = Set.of("obl", "nmod");

    private TrailingPhrases() {
    }

    /**
     * The tokens, in order, of the prepositional phrases that start right after the phrase of token {@code noun}
     * (its subtree) and hang on a word that dominates it; empty when there are none.
     */
    static List<Integer> of(Sentence s, int noun) {
        Objects.requireNonNull(s, "s");
        int n = s.tokens().size();
        if (noun < 0 || noun >= n) {
            throw new IllegalArgumentException("no token " + noun + " in a sentence of " + n);
        }
        List<Integer> out = new ArrayList<>();
        int end = lastOf(s, noun);
        while (end + 1 < n) {
            int preposition = end + 1;
            Optional<Dependency> marker = s.headOf(preposition);
            if (marker.isEmpty() || !marker.get().relation().equals("case") || marker.get().governor() == Dependency.ROOT
                    || marker.get().governor() < preposition) {
                break;
            }
            int object = marker.get().governor();
            Optional<Dependency> up = s.headOf(object);
            if (up.isEmpty() || up.get().governor() == Dependency.ROOT || !ATTACHED.contains(up.get().baseRelation())
                    || !s.dominates(up.get().governor(), noun) || s.dominates(noun, object)) {
                break;
            }
            int last = lastOf(s, object);
            for (int t = preposition; t <= last; t++) {
                if (s.dominates(object, t)) {
                    out.add(t);
                }
            }
            end = last;
        }
        return out;
    }

    /** The last token of the subtree of {@code head}. */
    private static int lastOf(Sentence s, int head) {
        int last = head;
        for (int t = head + 1; t < s.tokens().size(); t++) {
            if (s.dominates(head, t)) {
                last = t;
            }
        }
        return last;
    }
}
