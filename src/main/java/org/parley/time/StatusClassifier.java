package org.parley.time;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Status;
import org.parley.model.Token;
import org.parley.nlp.LightVerbs;
import org.parley.nlp.ReportingVerbs;

/**
 * Decides an event predicate's status from cue words in the dependency tree: walks up from the predicate through
 * the clauses that embed it ("is expected to use ... to seek", "plans to visit") and stops at the first cue.
 * An event a verb above denies ("denied attacking", "denied that it had attacked") is negated whatever its tense.
 * At one word a condition wins over negation ("if Arnor does not attack"), and negation over modals ("would not
 * negotiate"); negation, conditions and modals win over plans; "will" is a plan unless an expectation embeds it
 * ("experts believe ... will seek"). With no cue, the caller decides from tense and date.
 */
public final class StatusClassifier {
    /** A status and the words that decided it; {@code status} empty when no cue was found. */
    public record Decision(Optional<Status> status, String cue) {
        public Decision {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(cue, "cue");
        }

        static Decision of(Status status, String cue) {
            return new Decision(Optional.of(status), cue);
        }

        static Decision none(String cue) {
            return new Decision(Optional.empty(), cue);
        }
    }

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> NEGATING_VERBS = Set.of("refuse", "decline", "fail", "cancel", "postpone",
            "scrap", "abandon", "deny", "reject", "call");
    /** Verbs whose object event does not take place: "cancelled its visit", "called off the talks". */
    private static final Set<String> CANCELLING = Set.of("cancel", "postpone", "scrap", "abandon", "call", "shelve");
    private static final Set<String> NEGATING_MODIFIERS = Set.of("cancelled", "canceled", "postponed", "aborted", "failed",
            "scrapped");
    /** Verbs that deny their complement happened, whatever its tense ("denied that it had attacked"). */
    private static final Set<String> DENYING_VERBS = Set.of("deny");
    /** Edges from a denied clause up to the denying verb: a complement clause, a gerund ("denied attacking"). */
    private static final Set<String> DENIED_CLAUSE = Set.of("ccomp", "xcomp", "dep");
    private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("would");
    private static final Set<String> POSSIBLE_AUX = Set.of("may", "might", "could");
    private static final Set<String> POSSIBLE_WORDS = Set.of("possibility", "possible", "potential", "prospect",
            "chance", "likelihood", "option", "consider");
    private static final Set<String> EXPECT_WORDS = Set.of("expect", "believe", "predict", "anticipate", "forecast",
            "think", "likely", "expected", "project", "estimate");
    private static final Set<String> PLAN_WORDS = Set.of("plan", "schedule", "intend", "prepare", "aim", "propose",
            "slate", "due", "set", "upcoming", "planned", "scheduled", "proposed", "forthcoming", "slated", "announce",
            "agree", "pledge", "promise", "vow", "decide");
    private static final Set<String> ONGOING_WORDS = Set.of("ongoing", "continuing", "underway", "continue");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> TEMPORAL_MARKS = Set.of("when", "before", "after", "until", "once", "till");
    /** Verbs whose infinitive complement happened when they did ("managed to", "began to"). */
    private static final Set<String> IMPLICATIVE = Set.of("manage", "begin", "start", "continue", "succeed", "proceed",
            "help", "dare", "bother", "remember", "get", "go", "come", "tend", "use", "happen", "seem", "appear",
            "force", "compel", "oblige", "prompt", "lead", "cause", "spur", "persuade", "convince",
            "have", "need", "be");
    /** Edges a status propagates through, from an embedded predicate up to what embeds it. */
    private static final Set<String> EMBEDDING = Set.of("xcomp", "ccomp", "obj", "nsubj", "nsubj:pass", "obl",
            "nmod", "compound", "csubj");

    /**
     * The status of a predicate on its own words: the cue's status, else "occurred" (the time stage may still move
     * an event with a future date to "planned").
     */
    public Status statusOf(Sentence s, int predicate) {
        return classify(s, predicate).status().orElse(Status.OCCURRED);
    }

    public Decision classify(Sentence s, int predicate) {
        Optional<Decision> denied = deniedBy(s, predicate);
        if (denied.isPresent()) {
            return denied.get();
        }
        boolean future = false;
        boolean infinitive = false;
        boolean finiteBelow = false;
        String embedder = null; // the lemma of the first verb above the predicate
        String futureCue = "";
        int current = predicate;
        int previous = -1;
        for (int steps = 0; steps < 8 && current >= 0; steps++) {
            Token t = s.token(current);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            Decision local = cues(s, current, previous >= 0);
            if (local.status().isPresent()) {
                Status found = local.status().get();
                if (future && found == Status.PLANNED) {
                    return Decision.of(Status.PLANNED, futureCue);
                }
                return found == Status.OCCURRED && future ? Decision.of(Status.PLANNED, futureCue) : local;
            }
            if (!future && hasAux(s, current, FUTURE_AUX)) {
                future = true;
                futureCue = "will";
            }
            if (t.isVerb() && !future && !finiteBelow
                    && TimexCorrector.tense(s, current) == TimexCorrector.Direction.PAST) {
                if (infinitive && !IMPLICATIVE.contains(lemma)) {
                    return Decision.of(Status.PLANNED, "infinitive not yet realized (to " + s.token(predicate).word() + ")");
                }
                return Decision.of(Status.OCCURRED, "past tense (" + t.word() + ")");
            }
            if (t.isVerb() && isFinite(s, current)) {
                // a finite verb is its own clause: the tense of a verb embedding it ("said") does not date it
                finiteBelow = true;
            }
            boolean lightVerbOfPredicate = previous == predicate && s.token(predicate).isNoun()
                    && LightVerbs.contains(t.lemma());
            if ((current == predicate || lightVerbOfPredicate) && isInfinitive(s, current)) {
                // the event itself, or the light verb that carries an event noun ("ready to resume talks")
                infinitive = true;
            } else if (current != predicate && t.isVerb()) {
                infinitive = infinitive && isInfinitive(s, current);
            }
            if (current != predicate && t.isVerb() && embedder == null) {
                embedder = lemma;
            }
            Optional<Dependency> head = s.headOf(current);
            if (head.isEmpty() || head.get().governor() == Dependency.ROOT) {
                break;
            }
            Dependency h = head.get();
            boolean purpose = h.baseRelation().equals("advcl") && hasMark(s, current, "to");
            if (h.baseRelation().equals("advcl") && hasMarkIn(s, current, TEMPORAL_MARKS)
                    && hasAux(s, h.governor(), FUTURE_AUX)) {
                return Decision.of(Status.PLANNED, "clause of a future event (" + s.token(h.governor()).word() + ")");
            }
            if (!EMBEDDING.contains(h.relation()) && !EMBEDDING.contains(h.baseRelation()) && !purpose
                    && !h.relation().equals("acl")) {
                break;
            }
            if (lemma.equals("say") || lemma.equals("tell")) {
                break;
            }
            String governorLemma = s.token(h.governor()).lemma().toLowerCase(Locale.ROOT);
            if (s.token(current).isNoun() && h.baseRelation().equals("obj") && CANCELLING.contains(governorLemma)
                    && (!governorLemma.equals("call") || calledOff(s, h.governor()))) {
                return Decision.of(Status.NEGATED, s.token(h.governor()).word()); // "cancelled its visit"
            }
            if (s.token(current).isNoun() && s.token(h.governor()).isVerb()
                    && !LightVerbs.contains(s.token(h.governor()).lemma())) {
                break; // an event noun takes the tense of a light verb ("will hold talks"), not of any verb near it
            }
            previous = current;
            current = h.governor();
        }
        if (future) {
            return Decision.of(Status.PLANNED, futureCue);
        }
        if (isInfinitive(s, predicate) && (embedder == null || !IMPLICATIVE.contains(embedder))) {
            return Decision.of(Status.PLANNED, "infinitive not yet realized (to " + s.token(predicate).word() + ")");
        }
        if (s.headOf(predicate).map(d -> d.governor() == Dependency.ROOT).orElse(false) && hasMark(s, predicate, "to")) {
            return Decision.of(Status.PLANNED, "headline infinitive (to " + s.token(predicate).word() + ")");
        }
        return Decision.none("");
    }

    /** The cues at one node; {@code embedding} is true when the walk came up from an embedded predicate. */
    private Decision cues(Sentence s, int i, boolean embedding) {
        Token t = s.token(i);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        // a condition, then negation, before the other cues whatever the word order: "if Arnor does not attack" is
        // hypothetical, "would not negotiate" negated
        for (Dependency d : s.childrenOf(i)) {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.baseRelation().equals("mark") && CONDITIONAL_MARKS.contains(w)) {
                return Decision.of(Status.HYPOTHETICAL, w);
            }
        }
        for (Dependency d : s.childrenOf(i)) {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            String rel = d.baseRelation();
            if ((rel.equals("advmod") || rel.equals("det") || rel.equals("neg")) && NEGATORS.contains(w)) {
                return Decision.of(Status.NEGATED, w);
            }
        }
        for (Dependency d : s.childrenOf(i)) {
            Token c = s.token(d.dependent());
            String w = c.word().toLowerCase(Locale.ROOT);
            String rel = d.baseRelation();
            if (rel.equals("obj") && t.isVerb() && determinedByNo(s, d.dependent())) {
                return Decision.of(Status.NEGATED, "no " + c.word());
            }
            if (rel.equals("amod") && NEGATING_MODIFIERS.contains(w)) {
                return Decision.of(Status.NEGATED, w);
            }
            if (rel.equals("aux") && HYPOTHETICAL_AUX.contains(w)) {
                Optional<String> reporter = futureInThePast(s, i);
                return reporter.isPresent() ? Decision.of(Status.PLANNED, w + " after " + reporter.get())
                        : Decision.of(Status.HYPOTHETICAL, w);
            }
            if (rel.equals("aux") && POSSIBLE_AUX.contains(w)) {
                // a possibility under a condition is the condition's consequent: "could expel diplomats if ..."
                Optional<Integer> condition = conditionOf(s, i);
                return condition.isPresent()
                        ? Decision.of(Status.HYPOTHETICAL, w + " if (" + s.token(condition.get()).word() + ")")
                        : Decision.of(Status.POSSIBLE, w);
            }
            if (rel.equals("amod") && POSSIBLE_WORDS.contains(w)) {
                return Decision.of(Status.POSSIBLE, w);
            }
            if (rel.equals("amod") && EXPECT_WORDS.contains(w)) {
                return Decision.of(Status.EXPECTED, w);
            }
            if ((rel.equals("amod") || rel.equals("acl")) && PLAN_WORDS.contains(w)) {
                return Decision.of(Status.PLANNED, w);
            }
            if (rel.equals("amod") && ONGOING_WORDS.contains(w)) {
                return Decision.of(Status.ONGOING, w);
            }
        }
        if (embedding) {
            if (NEGATING_VERBS.contains(lemma) && t.isVerb() && (!lemma.equals("call") || calledOff(s, i))) {
                return Decision.of(Status.NEGATED, t.word());
            }
            if (POSSIBLE_WORDS.contains(lemma)) {
                return Decision.of(Status.POSSIBLE, t.word());
            }
            if (EXPECT_WORDS.contains(lemma)) {
                return Decision.of(Status.EXPECTED, t.word());
            }
            if (PLAN_WORDS.contains(lemma)) {
                return Decision.of(Status.PLANNED, t.word());
            }
        }
        if (ONGOING_WORDS.contains(lemma)) {
            return Decision.of(Status.ONGOING, t.word());
        }
        if (t.pos().equals("VBG") && hasAux(s, i, Set.of("is", "are", "am", "'re", "'s"))) {
            return Decision.of(Status.ONGOING, "progressive (" + t.word() + ")");
        }
        return Decision.none("");
    }

    /**
     * The reporting verb whose reported clause {@code i} is, when "would" there is the future seen from a past
     * report ("Pistorius announced that Germany would station a unit"): the clause is a complement of a past-tense
     * reporting verb and has no condition of its own ("said they would march if ..." stays hypothetical).
     */
    private static Optional<String> futureInThePast(Sentence s, int i) {
        Optional<Dependency> head = s.headOf(i);
        // the parser sometimes hangs the reported clause as an unnamed dep ("said Warsaw would close ...")
        if (head.isEmpty() || head.get().governor() == Dependency.ROOT
                || !head.get().baseRelation().equals("ccomp") && !head.get().baseRelation().equals("dep")) {
            return Optional.empty();
        }
        int reporter = head.get().governor();
        Token r = s.token(reporter);
        if (!r.isVerb() || !ReportingVerbs.contains(r.lemma())
                || TimexCorrector.tense(s, reporter) != TimexCorrector.Direction.PAST) {
            return Optional.empty();
        }
        for (Dependency d : s.childrenOf(i)) {
            if (d.baseRelation().equals("advcl") && hasMarkIn(s, d.dependent(), CONDITIONAL_MARKS)) {
                return Optional.empty();
            }
        }
        return Optional.of(r.word());
    }

    /**
     * An event that a verb above denies, whatever its own tense: "Tehran denied that it had attacked", "denied
     * attacking" (which the parser hangs as {@code dep}). Its own past tense would otherwise make it occurred.
     */
    private static Optional<Decision> deniedBy(Sentence s, int clause) {
        int current = clause;
        for (int steps = 0; steps < 3; steps++) {
            Optional<Dependency> head = s.headOf(current);
            if (head.isEmpty() || head.get().governor() == Dependency.ROOT
                    || !DENIED_CLAUSE.contains(head.get().baseRelation())) {
                return Optional.empty();
            }
            current = head.get().governor();
            Token t = s.token(current);
            if (t.isVerb() && DENYING_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return Optional.of(Decision.of(Status.NEGATED, t.word()));
            }
        }
        return Optional.empty();
    }

    /** "called off the talks" cancels them; "called on Egypt to pressure Israel" does not negate the pressure. */
    private static boolean calledOff(Sentence s, int verb) {
        return s.childrenOf(verb).stream().anyMatch(d -> d.baseRelation().equals("compound")
                && d.relation().endsWith("prt") && s.token(d.dependent()).word().equalsIgnoreCase("off"));
    }

    /** "held no talks", "made no visit": the object's determiner negates the event. */
    private static boolean determinedByNo(Sentence s, int noun) {
        for (Dependency d : s.childrenOf(noun)) {
            if (d.baseRelation().equals("det") && s.token(d.dependent()).word().equalsIgnoreCase("no")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAux(Sentence s, int i, Set<String> words) {
        for (Dependency d : s.childrenOf(i)) {
            if (d.baseRelation().equals("aux") && words.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A verb with a tense of its own: a finite form, or any auxiliary or modal. */
    private static boolean isFinite(Sentence s, int i) {
        String pos = s.token(i).pos();
        if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD") || pos.equals("MD")) {
            return true;
        }
        for (Dependency d : s.childrenOf(i)) {
            if (d.baseRelation().equals("aux") && !s.token(d.dependent()).word().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /** "to visit", "to be released": an infinitive, which names an event not yet realized. */
    private static boolean isInfinitive(Sentence s, int i) {
        String pos = s.token(i).pos();
        return (pos.equals("VB") || pos.equals("VBN") && hasAux(s, i, Set.of("be"))) && hasMark(s, i, "to");
    }

    /** A subordinator among {@code words}: a marker, or an adverb such as "when" that the parser hangs the same way. */
    private static boolean hasMarkIn(Sentence s, int i, Set<String> words) {
        for (Dependency d : s.childrenOf(i)) {
            boolean introduces = d.baseRelation().equals("mark") || d.baseRelation().equals("advmod");
            if (introduces && words.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the predicate refers to the future: a future or modal auxiliary on it or on a verb that embeds it
     * ("will not announce", "would not give", "could not prevent", "would like to thank"). Negated and hypothetical
     * events keep their own time this way: negation wins over a modal in the status, the modal still says the
     * event is not (yet) real.
     */
    public boolean futureReference(Sentence s, int predicate) {
        int current = predicate;
        for (int steps = 0; steps < 4 && current >= 0; steps++) {
            if (hasAux(s, current, FUTURE_AUX) || hasAux(s, current, HYPOTHETICAL_AUX)
                    || hasAux(s, current, POSSIBLE_AUX) || isInfinitive(s, current)) {
                return true;
            }
            Optional<Dependency> head = s.headOf(current);
            if (head.isEmpty() || !head.get().baseRelation().equals("xcomp")) {
                return false;
            }
            current = head.get().governor();
        }
        return false;
    }

    /** The verb of a conditional clause ("if", "unless") on {@code i}, if it has one. */
    private static Optional<Integer> conditionOf(Sentence s, int i) {
        for (Dependency d : s.childrenOf(i)) {
            if (d.baseRelation().equals("advcl") && CONDITIONAL_MARKS.stream().anyMatch(m -> hasMark(s, d.dependent(), m))) {
                return Optional.of(d.dependent());
            }
        }
        return Optional.empty();
    }

    private static boolean hasMark(Sentence s, int i, String word) {
        for (Dependency d : s.childrenOf(i)) {
            if (d.baseRelation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }
}
