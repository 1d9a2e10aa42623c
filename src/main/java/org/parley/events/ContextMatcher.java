package org.parley.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.ActorMention;
import org.parley.model.Dependency;

/**
 * Checks a {@link PatternContext} against a sentence and reads the slots of compiled patterns: words before the head
 * (anywhere earlier in the sentence, in order), words after it (inside the head's phrase, that is its subtree in the
 * basic tree, in order), and actors in the head's phrase, optionally behind a given preposition.
 */
final class ContextMatcher {
    private ContextMatcher() {
    }

    /** Whether the words the context requires stand around head token {@code head}. */
    static boolean admits(SentenceGraph g, int head, PatternContext c) {
        if (!c.before().isEmpty() && !before(g, c.before(), c.before().size() - 1, head)) {
            return false;
        }
        return c.after().isEmpty() || matchAfter(g, phrase(g, head), c.after(), head);
    }

    /** Tokens after {@code head} that it dominates in the basic tree, in sentence order. */
    static List<Integer> phrase(SentenceGraph g, int head) {
        List<Integer> out = new ArrayList<>();
        int n = g.sentence().tokens().size();
        for (int i = head + 1; i < n; i++) {
            if (g.sentence().dominates(head, i)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Before the head, matched from the last item backwards: item {@code k} ends before {@code limit} (the start of
     * the next item, or the head), right before it when the item is joined.
     */
    private static boolean before(SentenceGraph g, List<PatternContext.WordItem> items, int k, int limit) {
        if (k < 0) {
            return true;
        }
        PatternContext.WordItem item = items.get(k);
        boolean joined = item.joined();
        for (List<String> run : item.alternatives()) {
            for (int end = limit - 1; end >= run.size() - 1; end--) {
                if (joined && end != limit - 1) {
                    break;
                }
                int start = end - run.size() + 1;
                if (runAt(g, run, start) && before(g, items, k - 1, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchAfter(SentenceGraph g, List<Integer> phrase, List<PatternContext.WordItem> items,
                                      int head) {
        Set<Integer> inPhrase = new LinkedHashSet<>(phrase);
        return after(g, inPhrase, items, 0, head);
    }

    private static boolean after(SentenceGraph g, Set<Integer> phrase, List<PatternContext.WordItem> items, int k,
                                 int previousEnd) {
        if (k == items.size()) {
            return true;
        }
        PatternContext.WordItem item = items.get(k);
        int n = g.sentence().tokens().size();
        for (List<String> run : item.alternatives()) {
            for (int start = previousEnd + 1; start + run.size() <= n; start++) {
                if (item.joined() && start != previousEnd + 1) {
                    break;
                }
                if (inPhrase(phrase, start, run.size()) && runAt(g, run, start)
                        && after(g, phrase, items, k + 1, start + run.size() - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inPhrase(Set<Integer> phrase, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!phrase.contains(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean runAt(SentenceGraph g, List<String> run, int start) {
        if (start < 0 || start + run.size() > g.sentence().tokens().size()) {
            return false;
        }
        for (int i = 0; i < run.size(); i++) {
            if (!PatternContext.matches(run.get(i), g.token(start + i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The actors of the head's phrase nearest after the head, with the actors conjoined to them ("Gondor and
     * Arnor"), leaving out {@code exclude}; with a preposition, only actors behind it ("with Gondor", "to the
     * leaders of Gondor").
     */
    static List<ActorMention> phraseActors(SentenceGraph g, int head, String preposition,
                                           Collection<ActorMention> exclude) {
        for (int t : phrase(g, head)) {
            List<ActorMention> here = new ArrayList<>(g.actorsAt(t));
            here.removeAll(exclude);
            if (here.isEmpty() || !preposition.isEmpty() && !behind(g, head, t, preposition)) {
                continue;
            }
            Set<ActorMention> out = new LinkedHashSet<>(here);
            for (int c : conjuncts(g, here.get(0).headToken())) {
                List<ActorMention> more = new ArrayList<>(g.actorsAt(c));
                more.removeAll(exclude);
                out.addAll(more);
            }
            return new ArrayList<>(out);
        }
        return List.of();
    }

    /** Whether a preposition {@code preposition} marks token {@code t} or one of its heads below {@code head}. */
    private static boolean behind(SentenceGraph g, int head, int t, String preposition) {
        int current = t;
        for (int steps = 0; steps < 8 && current != head; steps++) {
            for (Dependency d : g.sentence().childrenOf(current)) {
                if ((d.relation().equals("case") || d.relation().equals("mark"))
                        && g.token(d.dependent()).word().toLowerCase(Locale.ROOT).equals(preposition)) {
                    return true;
                }
            }
            var up = g.sentence().headOf(current);
            if (up.isEmpty() || up.get().governor() == Dependency.ROOT) {
                return false;
            }
            current = up.get().governor();
        }
        return false;
    }

    /** Tokens conjoined with {@code t}: its conjuncts and the word it is a conjunct of, with theirs. */
    private static List<Integer> conjuncts(SentenceGraph g, int t) {
        int first = t;
        for (Dependency d : g.sentence().headOf(t).stream().toList()) {
            if (d.baseRelation().equals("conj")) {
                first = d.governor();
            }
        }
        List<Integer> out = new ArrayList<>();
        out.add(first);
        for (Dependency d : g.sentence().childrenOf(first)) {
            if (d.baseRelation().equals("conj")) {
                out.add(d.dependent());
            }
        }
        return out;
    }
}
