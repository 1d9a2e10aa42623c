package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.CameoCode;

/**
 * The target an act names only in its purpose: "police fired tear gas to disperse the protesters", "fired tear gas
 * and water cannon to stop thousands of farmers from marching". A verb whose pattern found no target of its own is
 * done to whom its purpose clause acts on: an infinitive with {@code to} and no subject of its own, hanging from the
 * verb ({@code advcl}, or {@code xcomp} as the parser often reads it), whose object (or the {@code of} phrase of a counted object: "thousands of
 * farmers") names an actor. The act is then the event, realized when the verb is; the purpose clause, which only
 * says what the act was for, is not coded again as a planned event of its own.
 *
 * <p>Only for material acts (CAMEO quad classes 2 and 4: aid, force, repression, sanctions), which are done to
 * someone; the infinitive after a verbal act is what is said or asked ("asked the court to jail him" is no appeal to
 * him).
 */
final class PurposeTargets {
    private PurposeTargets() {
    }

    /** A purpose clause of a verb and the words its target may stand at. */
    record Purpose(int clause, List<Integer> targetWords) {
        Purpose {
            targetWords = List.copyOf(targetWords);
        }
    }

    /**
     * The purpose clauses of verb {@code v} coding a material act {@code code}, in sentence order, each first with
     * the {@code of} phrases of its objects, then with the objects themselves.
     */
    static List<Purpose> of(SentenceGraph g, int v, String code) {
        List<Purpose> out = new ArrayList<>();
        if (!CameoCode.isCameo(code) || CameoCode.quadClassOf(code) != 2 && CameoCode.quadClassOf(code) != 4) {
            return List.of();
        }
        List<Integer> clauses = new ArrayList<>(g.children(v, "advcl"));
        clauses.addAll(g.children(v, "xcomp"));
        clauses.sort(Integer::compare);
        for (int c : clauses) {
            if (c < v || !g.token(c).isVerb() || !hasTo(g, c) || !g.childrenExactly(c, "nsubj").isEmpty()
                    || !g.childrenExactly(c, "nsubj:pass").isEmpty()) {
                continue;
            }
            // the people an object counts or gathers come first: "a rally of opposition supporters in Tbilisi" is
            // on the supporters, not on the place of the rally
            List<Integer> objects = g.childrenExactly(c, "obj");
            List<Integer> members = new ArrayList<>();
            for (int object : objects) {
                members.addAll(g.childrenExactly(object, "nmod:of"));
            }
            if (!members.isEmpty()) {
                out.add(new Purpose(c, members));
            }
            if (!objects.isEmpty()) {
                out.add(new Purpose(c, objects));
            }
        }
        return out;
    }

    private static boolean hasTo(SentenceGraph g, int clause) {
        return g.childrenExactly(clause, "mark").stream()
                .anyMatch(m -> g.token(m).word().toLowerCase(Locale.ROOT).equals("to"));
    }
}
