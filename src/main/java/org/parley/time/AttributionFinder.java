package org.parley.time;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Attribution;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Finds who asserts an event: the subject of a reporting verb that embeds the predicate ("analysts say", "experts
 * believe", "observers suggesting"), or an "according to" phrase on the way up.
 */
public final class AttributionFinder {
    private static final Set<String> REPORTING = Set.of("say", "tell", "state", "announce", "claim", "report", "add",
            "note", "believe", "suggest", "think", "predict", "argue", "insist", "assert", "confirm", "allege", "warn",
            "write", "expect", "estimate", "forecast", "indicate", "reveal", "disclose", "acknowledge", "explain");
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "det", "nmod:poss", "nummod",
            "case", "flat", "fixed", "nmod", "conj", "cc");

    public Optional<Attribution> find(Sentence s, int predicate) {
        int current = predicate;
        for (int steps = 0; steps < 10 && current >= 0; steps++) {
            Optional<Attribution> according = accordingTo(s, current);
            if (according.isPresent()) {
                return according;
            }
            Token t = s.token(current);
            if (current != predicate && t.isVerb() && REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                for (Dependency d : s.childrenOf(current)) {
                    if (d.relation().equals("nsubj")) {
                        return Optional.of(new Attribution(phrase(s, d.dependent()), "", t.lemma(), phraseSpan(s, d.dependent())));
                    }
                }
            }
            Optional<Dependency> head = s.headOf(current);
            if (head.isEmpty() || head.get().governor() == Dependency.ROOT) {
                break;
            }
            current = head.get().governor();
        }
        return Optional.empty();
    }

    private Optional<Attribution> accordingTo(Sentence s, int i) {
        for (Dependency d : s.enhancedChildrenOf(i)) {
            if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
                return Optional.of(new Attribution(phrase(s, d.dependent()), "", "according to", phraseSpan(s, d.dependent())));
            }
        }
        return Optional.empty();
    }

    /** The words of a noun phrase: its head with modifiers, possessors and prepositional attachments. */
    static String phrase(Sentence s, int head) {
        int[] range = range(s, head);
        return s.textOf(range[0], range[1]);
    }

    static Span phraseSpan(Sentence s, int head) {
        int[] range = range(s, head);
        return s.spanOf(range[0], range[1]);
    }

    private static int[] range(Sentence s, int head) {
        int[] range = {head, head + 1};
        extend(s, head, range, true);
        return range;
    }

    /** Widens {@code range} over the phrase's words; the head's own preposition ("according to") stays out. */
    private static void extend(Sentence s, int node, int[] range, boolean top) {
        for (Dependency d : s.childrenOf(node)) {
            if (top && (d.baseRelation().equals("case") || d.baseRelation().equals("cc"))) {
                continue;
            }
            if (PHRASE_RELATIONS.contains(d.relation()) || PHRASE_RELATIONS.contains(d.baseRelation())) {
                range[0] = Math.min(range[0], d.dependent());
                range[1] = Math.max(range[1], d.dependent() + 1);
                extend(s, d.dependent(), range, false);
            }
        }
    }
}
