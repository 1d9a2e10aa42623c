package org.parley.time;

import java.util.Optional;
import java.util.Set;
import org.parley.model.Attribution;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.nlp.ReportingVerbs;

/**
 * Finds who asserts an event: the subject of a reporting verb ({@link ReportingVerbs}) that embeds the predicate
 * ("Seoul said Pyongyang fired", "experts believe", "Tehran denied that it attacked"), a reporting clause set off
 * beside the predicate's clause ("Arnor attacked Gondor, the ministry said", which the parser often hangs on the
 * event as {@code parataxis}), or an "according to" phrase on the way up. The finder gives the words and the cue;
 * the speaker's actor code is read from the actor mentions over those words when the event is assembled.
 */
public final class AttributionFinder {
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
            if (current != predicate && t.isVerb() && ReportingVerbs.contains(t.lemma())) {
                Optional<Attribution> speaker = speaker(s, current);
                if (speaker.isPresent()) {
                    return speaker;
                }
            }
            Optional<Attribution> aside = reportingAside(s, current);
            if (aside.isPresent()) {
                return aside;
            }
            Optional<Dependency> head = s.headOf(current);
            if (head.isEmpty() || head.get().governor() == Dependency.ROOT) {
                break;
            }
            current = head.get().governor();
        }
        return Optional.empty();
    }

    /** The subject of reporting verb {@code verb} as the one who asserts. */
    private static Optional<Attribution> speaker(Sentence s, int verb) {
        for (Dependency d : s.childrenOf(verb)) {
            if (d.relation().equals("nsubj")) {
                return Optional.of(new Attribution(phrase(s, d.dependent()), "", s.token(verb).lemma(),
                        phraseSpan(s, d.dependent())));
            }
        }
        return Optional.empty();
    }

    /**
     * "…, the ministry said": a reporting verb hung on the clause as {@code parataxis}, with a subject and no
     * complement or object of its own (a reporting verb with its own complement reports something else).
     */
    private static Optional<Attribution> reportingAside(Sentence s, int i) {
        for (Dependency d : s.childrenOf(i)) {
            int v = d.dependent();
            if (!d.baseRelation().equals("parataxis") || !s.token(v).isVerb()
                    || !ReportingVerbs.contains(s.token(v).lemma())) {
                continue;
            }
            boolean ownContent = s.childrenOf(v).stream().map(Dependency::baseRelation)
                    .anyMatch(r -> r.equals("ccomp") || r.equals("obj") || r.equals("xcomp"));
            if (!ownContent) {
                return speaker(s, v);
            }
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
