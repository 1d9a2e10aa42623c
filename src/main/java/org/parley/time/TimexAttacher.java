package org.parley.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.nlp.ReportingVerbs;

/**
 * Finds the temporal expression that governs an event predicate through the dependency tree: the nearest
 * expression the predicate dominates without crossing into another clause (a relative clause, a clausal complement,
 * an adverbial clause) and without passing a "since" (a reference point, not the event's time). A predicate with
 * none of its own takes one from what embeds it: a nominal from its verb ("held talks last week"), an infinitive from
 * the verb it completes ("plans to visit in May", "use the January trip to seek"), a gerund from the verb whose
 * phrase it is ("fired tear gas on Monday to stop farmers from marching"), a reporting verb conjoined to another
 * verb with no subject of its own from that verb ("appealed for calm on Tuesday and said ...").
 */
public final class TimexAttacher {
    /** An expression attached to a predicate, with the relation word that qualifies it ({@code BEFORE}, {@code AFTER}). */
    public record Attachment(CorrectedTime time, String relation) {
    }

    private static final Set<String> CLAUSE_BOUNDARIES = Set.of("acl:relcl", "ccomp", "advcl", "parataxis", "csubj",
            "conj", "appos");
    private static final Set<String> NOT_EVENT_TIME = Set.of("since");
    private static final Set<String> BEFORE = Set.of("before", "ahead", "until", "till", "by", "prior");
    private static final Set<String> AFTER = Set.of("after", "following");
    private static final Set<String> NOMINAL_TO_VERB = Set.of("obj", "nsubj:pass", "obl", "nmod", "compound");

    public Optional<Attachment> attach(Sentence s, int predicate, List<CorrectedTime> times) {
        return attach(s, predicate, times, false);
    }

    /**
     * As {@link #attach(Sentence, int, List)}; with {@code speechAct} the predicate is an act of saying, demanding,
     * promising or threatening, which happens when it is said: an expression inside its infinitive complement dates
     * the complement ("offered on Monday to meet next week" is an offer made on Monday, not next week).
     */
    public Optional<Attachment> attach(Sentence s, int predicate, List<CorrectedTime> times, boolean speechAct) {
        int current = predicate;
        for (int level = 0; level < 4; level++) {
            Optional<Attachment> found = nearest(s, current, times, speechAct && current == predicate);
            if (found.isPresent()) {
                return found;
            }
            Optional<Dependency> head = s.headOf(current);
            if (head.isEmpty() || head.get().governor() == Dependency.ROOT) {
                return Optional.empty();
            }
            Dependency d = head.get();
            boolean nominalInVerb = s.token(current).isNoun() && NOMINAL_TO_VERB.contains(d.baseRelation())
                    && s.token(d.governor()).isVerb();
            boolean embeddedVerb = s.token(current).isVerb()
                    && (d.baseRelation().equals("xcomp") || d.baseRelation().equals("advcl") && hasMark(s, current, "to")
                    || d.baseRelation().equals("obl") && s.token(current).pos().equals("VBG")
                    || participleClause(s, current, d));
            // "appealed for calm on Tuesday and said ...": a statement conjoined to an act, with no subject of its
            // own, is made then; another conjoined act may come later ("condemned ... on Thursday and promised aid")
            boolean sharedClause = s.token(current).isVerb() && d.baseRelation().equals("conj")
                    && ReportingVerbs.contains(s.token(current).lemma())
                    && s.token(d.governor()).isVerb() && !hasOwnSubject(s, current);
            if (!nominalInVerb && !embeddedVerb && !sharedClause) {
                return Optional.empty();
            }
            current = d.governor();
        }
        return Optional.empty();
    }

    /**
     * A participle clause of its own subject's verb ("threatened in 2020 ..., prompting the EU to warn", "struck Kyiv
     * on Monday, killing five"): a gerund hung on a verb as an adverbial clause (or by the parser's unnamed
     * {@code dep}) with no subordinator and no subject of its own happens when that verb does.
     */
    private static boolean participleClause(Sentence s, int i, Dependency head) {
        return (head.baseRelation().equals("advcl") || head.baseRelation().equals("dep"))
                && s.token(i).pos().equals("VBG") && s.token(head.governor()).isVerb()
                && s.childrenOf(i).stream().noneMatch(c -> c.baseRelation().equals("mark")
                || c.baseRelation().startsWith("nsubj"));
    }

    private static boolean hasOwnSubject(Sentence s, int i) {
        return s.childrenOf(i).stream()
                .anyMatch(d -> d.baseRelation().startsWith("nsubj") || d.baseRelation().startsWith("csubj"));
    }

    private static boolean hasMark(Sentence s, int i, String word) {
        return s.childrenOf(i).stream()
                .anyMatch(d -> d.baseRelation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase(word));
    }

    private Optional<Attachment> nearest(Sentence s, int predicate, List<CorrectedTime> times, boolean complementsApart) {
        Attachment best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CorrectedTime t : times) {
            if (t.value() == null) {
                continue;
            }
            int distance = 0;
            int current = TimexCorrector.headOf(s, t.expression());
            String relation = "";
            boolean blocked = false;
            int expression = current;
            while (current != predicate) {
                Optional<Dependency> head = s.headOf(current);
                if (head.isEmpty() || head.get().governor() == Dependency.ROOT) {
                    blocked = true;
                    break;
                }
                Dependency d = head.get();
                boolean misplaced = d.baseRelation().equals("parataxis") && beforeReporter(s, expression, current);
                boolean boundary = CLAUSE_BOUNDARIES.contains(d.relation())
                        || CLAUSE_BOUNDARIES.contains(d.baseRelation());
                if (!misplaced && (boundary
                        || complementsApart && d.governor() == predicate && d.baseRelation().equals("xcomp"))) {
                    blocked = true;
                    break;
                }
                String marker = marker(s, current);
                if (NOT_EVENT_TIME.contains(marker)) {
                    blocked = true;
                    break;
                }
                if (relation.isEmpty() && BEFORE.contains(marker)) {
                    relation = "BEFORE";
                } else if (relation.isEmpty() && AFTER.contains(marker)) {
                    relation = "AFTER";
                }
                current = d.governor();
                distance++;
            }
            if (!blocked && distance < bestDistance) {
                bestDistance = distance;
                best = new Attachment(t, relation);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether the expression at {@code expression} stands before the subject of the reporting verb {@code reporter}
     * that the parser hung it on: "killed 12 people in Gaza on Thursday, officials said" dates the killing, not the
     * saying, though "on Thursday" was made the saying's.
     */
    private static boolean beforeReporter(Sentence s, int expression, int reporter) {
        if (!ReportingVerbs.contains(s.token(reporter).lemma())) {
            return false;
        }
        for (Dependency c : s.childrenOf(reporter)) {
            if (c.baseRelation().equals("nsubj") && expression < c.dependent() && expression < reporter) {
                return true;
            }
        }
        return false;
    }

    /** The preposition, subordinator or adverb that introduces token {@code i} ("since", "ahead", "before"). */
    private static String marker(Sentence s, int i) {
        String word = s.token(i).word().toLowerCase(Locale.ROOT);
        if (BEFORE.contains(word) || AFTER.contains(word)) {
            return word;
        }
        for (Dependency d : s.childrenOf(i)) {
            String rel = d.baseRelation();
            if (rel.equals("case") || rel.equals("mark")) {
                return s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }
}
