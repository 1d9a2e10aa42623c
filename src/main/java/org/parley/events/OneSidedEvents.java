package org.parley.events;

import java.util.Set;
import org.parley.model.Dependency;

/**
 * When an event with one side only is kept ({@link CodingOptions#requireDyad} off). The missing side must be
 * unidentified, not absent: words stand where it would be, but name no actor the dictionaries know ("police fired on
 * the crowd", "an official said on Saturday": a target the coder cannot name). A verb with nothing after it but a
 * time word ("an official said today") has no target at all and codes nothing, nor does a passive without its
 * {@code by} phrase ("Arnor is said to ...") or a noun without its doer. And a one-sided event in an adverbial clause
 * of an event coded with both sides is that event's circumstance ("restored ties with Gondor after crowds burned
 * down its embassy"), not coded on its own.
 */
final class OneSidedEvents {
    /** Markers of a clause that is no circumstance: an infinitive, a complement, a question. */
    private static final Set<String> COMPLEMENT_MARKERS = Set.of("to", "that", "whether", "if");
    /** Nominal dependents that only say when: not a place for a participant. */
    private static final Set<String> TIME_RELATIONS = Set.of("obl:tmod", "obl:npmod", "nmod:tmod", "nmod:npmod");

    private OneSidedEvents() {
    }

    /**
     * Whether the side that is missing has words that could hold it: for the target, an object or a prepositional
     * phrase after the head (not a bare time word); for the source, a subject (in the passive, a {@code by}
     * phrase; for a noun, a possessor).
     */
    static boolean unidentified(SentenceGraph g, int head, boolean sourceMissing) {
        if (sourceMissing) {
            if (g.token(head).isVerb()) {
                return g.isPassive(head)
                        ? !g.childrenExactly(head, "obl:agent").isEmpty() || !g.childrenExactly(head, "obl:by").isEmpty()
                        : !g.children(head, "nsubj").isEmpty();
            }
            return !g.childrenExactly(head, "nmod:poss").isEmpty();
        }
        for (Dependency d : g.sentence().enhancedChildrenOf(head)) {
            String r = d.relation();
            boolean nominal = r.equals("obj") || r.equals("iobj") || r.startsWith("obl:") || r.startsWith("nmod:");
            if (nominal && d.dependent() > head && !TIME_RELATIONS.contains(r) && g.token(d.dependent()).isNoun()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code head} lies in an adverbial clause (so attached, or introduced by a subordinating conjunction)
     * below a head that coded an event with both sides (one of {@code coded}).
     */
    static boolean circumstance(SentenceGraph g, int head, Set<Integer> coded) {
        boolean adverbial = false;
        int current = head;
        for (int steps = 0; steps < 12; steps++) {
            var up = g.sentence().headOf(current);
            if (up.isEmpty() || up.get().governor() == Dependency.ROOT) {
                return false;
            }
            adverbial |= up.get().baseRelation().equals("advcl") || subordinate(g, current);
            current = up.get().governor();
            if (adverbial && coded.contains(current)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a subordinating conjunction introduces the clause of {@code t} ("after crowds burned ..."). */
    private static boolean subordinate(SentenceGraph g, int t) {
        return g.sentence().childrenOf(t).stream().anyMatch(d -> d.relation().equals("mark")
                && !COMPLEMENT_MARKERS.contains(g.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
    }
}
