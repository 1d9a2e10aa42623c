package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.parley.model.Dependency;

/**
 * The noun phrases a skip marker ({@code ^}) passes over in a head's phrase. Each noun phrase counts once: the
 * head of an object, oblique or nominal modifier, except an "of" phrase that qualifies a noun naming no actor
 * itself. "The leaders of Gondor" is one noun phrase that stands for Gondor (as a subject naming no actor takes
 * its owner), so {@code AT ^ ^ +} in "at Osgiliath with the leaders of Gondor in Eriador" passes over Osgiliath
 * and the leaders of Gondor and lands on Eriador; "the Gondor of the Prince" names an actor before "of", so the
 * "of" phrase is a noun phrase of its own.
 */
final class SkippedPhrases {
    /** Relations of noun phrases in a head's phrase. */
    private static final Set<String> NOMINAL = Set.of("obj", "iobj", "obl", "nmod");

    private SkippedPhrases() {
    }

    /** The tokens of {@code phrase} (in order) that head a noun phrase a skip counts. */
    static List<Integer> units(SentenceGraph g, List<Integer> phrase) {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(phrase, "phrase");
        List<Integer> out = new ArrayList<>();
        for (int t : phrase) {
            var h = g.sentence().headOf(t);
            if (h.isPresent() && NOMINAL.contains(h.get().baseRelation()) && !ofPhraseOfPlainNoun(g, t, h.get())) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether {@code t} is an "of" modifier of a noun that names no actor ("the leaders of Gondor"). */
    private static boolean ofPhraseOfPlainNoun(SentenceGraph g, int t, Dependency head) {
        if (!head.baseRelation().equals("nmod") || head.governor() == Dependency.ROOT
                || !g.token(head.governor()).isNoun() || !g.actorsAt(head.governor()).isEmpty()) {
            return false;
        }
        return g.sentence().childrenOf(t).stream().anyMatch(d -> d.relation().equals("case")
                && g.token(d.dependent()).word().toLowerCase(Locale.ROOT).equals("of"));
    }
}
