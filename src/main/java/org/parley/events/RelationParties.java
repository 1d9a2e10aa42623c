package org.parley.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.model.ActorMention;

/**
 * The parties of a relation a subject noun names: the actors of its {@code between} phrase ("talks between Arnor and
 * Gondor produced an accord": Arnor and Gondor), also behind an {@code of} phrase ("the resumption of ties between
 * Arnor and Gondor may spur ..."). A verb whose subject noun names no actor and has no owner is done by them.
 */
final class RelationParties {
    /** How many {@code of} phrases may stand between the subject noun and the relation noun. */
    private static final int OF_STEPS = 2;

    private RelationParties() {
    }

    /** The actors of the {@code between} phrase of {@code nouns}, directly or behind {@code of} phrases. */
    static List<ActorMention> of(SentenceGraph g, List<Integer> nouns) {
        Set<ActorMention> out = new LinkedHashSet<>();
        List<Integer> level = new ArrayList<>();
        for (int n : nouns) {
            if (g.token(n).isNoun()) {
                level.add(n);
            }
        }
        for (int step = 0; step <= OF_STEPS && out.isEmpty() && !level.isEmpty(); step++) {
            List<Integer> next = new ArrayList<>();
            for (int n : level) {
                // the enhanced graph gives every conjoined party its own "nmod:between" edge
                out.addAll(g.actorsAt(g.childrenExactly(n, "nmod:between")));
                for (int o : g.childrenExactly(n, "nmod:of")) {
                    if (g.actorsAt(o).isEmpty() && g.token(o).isNoun()) {
                        next.add(o);
                    }
                }
            }
            level = next;
        }
        return new ArrayList<>(out);
    }
}
