package org.parley.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.ActorMention;
import org.parley.model.MentionKind;
import org.parley.model.Dependency;

/**
 * Checks a {@link PatternContext} against a sentence and reads the slots of compiled patterns: words before the head
 * (anywhere earlier in the sentence, in order), words after it (inside the head's phrase, that is its subtree in the
 * basic tree, in order), and actors in the head's phrase, optionally behind a given preposition.
 */
final class ContextMatcher {
    private static final Set<String> INHERITS = Set.of("xcomp", "advcl", "conj");
    /** Conjunctions that open an embedded question. */
    private static final Set<String> QUESTION_MARKS = Set.of("whether", "if");
    /** Tags of finite verbs and modals: a clause with one is tensed. */
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final List<String> OWNER_RELATIONS = List.of("nmod:poss", "compound", "amod", "nmod:of");

    private ContextMatcher() {
    }

    /** Whether the words the context requires stand around head token {@code head}. */
    static boolean admits(SentenceGraph g, int head, PatternContext c) {
        return admits(g, head, head, c);
    }

    /**
     * Whether the words the context requires stand around a head word at {@code position} whose phrase is that of
     * {@code root}: a modal at {@code position} matches its words after it in the phrase of the verb it helps.
     */
    static boolean admits(SentenceGraph g, int position, int root, PatternContext c) {
        if (!c.before().isEmpty() && !before(g, c.before(), c.before().size() - 1, position)) {
            return false;
        }
        if (c.after().isEmpty()) {
            return true;
        }
        List<Integer> words = root == position ? (c.nounPhrases() ? reachable(g, root, c) : headPhrase(g, root))
                : phrase(g, position, root);
        return matchAfter(g, words, c.after(), position);
    }

    /**
     * The words of the head's phrase an after-word of a PETRARCH pattern may match: a word inside a prepositional
     * phrase only when the pattern names that preposition ("* RESOLUTION" is not "a set of resolutions", "* ON RESOLUTION" is "on a
     * resolution"), as PETRARCH reads noun phrases of the verb phrase.
     */
    private static List<Integer> reachable(SentenceGraph g, int head, PatternContext c) {
        Set<String> named = new java.util.HashSet<>();
        for (PatternContext.WordItem item : c.after()) {
            for (List<String> run : item.alternatives()) {
                for (String w : run) {
                    named.add(VerbPatternCompiler.bare(w));
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int t : phrase(g, head)) {
            if (prepositionsAllowed(g, head, t, named)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean prepositionsAllowed(SentenceGraph g, int head, int t, Set<String> named) {
        int current = t;
        for (int steps = 0; steps < 12 && current != head; steps++) {
            for (Dependency d : g.sentence().childrenOf(current)) {
                if (d.relation().equals("case") && !g.token(d.dependent()).pos().equals("POS")
                        && !named.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT))
                        && !named.contains(g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            var up = g.sentence().headOf(current);
            if (up.isEmpty() || up.get().governor() == Dependency.ROOT) {
                return false;
            }
            current = up.get().governor();
        }
        return true;
    }

    /** Tokens after {@code position} that are {@code root} or dominated by it in the basic tree, in sentence order. */
    static List<Integer> phrase(SentenceGraph g, int position, int root) {
        List<Integer> out = new ArrayList<>();
        int n = g.sentence().tokens().size();
        for (int i = position + 1; i < n; i++) {
            if (i == root || g.sentence().dominates(root, i)) {
                out.add(i);
            }
        }
        return out;
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
     * The phrase of a pattern's head: the tokens after it that it dominates; for a word that is not a verb, also the
     * prepositional phrases right after it that the parser hung on a word above it ({@link TrailingPhrases}:
     * "inching closer to accord with Gondor"), and for a noun that is the subject of a verb after it, the words
     * between the two that the parser hung on the verb. A phrase standing between a subject and its verb belongs to
     * the subject ("Arnor's act on a resolution with Gondor ... was welcomed"); the parser attaching it to the verb is
     * the parser's mistake.
     */
    static List<Integer> headPhrase(SentenceGraph g, int head) {
        List<Integer> own = phrase(g, head);
        if (g.token(head).isVerb()) {
            return own;
        }
        Set<Integer> out = new java.util.TreeSet<>(own);
        // "inching closer to accord with Gondor": the phrase right after the noun that the parser hung higher up
        out.addAll(TrailingPhrases.of(g.sentence(), head));
        // "Estonia arms Libya" read as one noun phrase: the name after the misread verb is in its phrase
        int name = NamesAround.nameAfter(g, head);
        if (name >= 0) {
            out.add(name);
        }
        var up = g.sentence().headOf(head);
        if (up.isEmpty() || !up.get().baseRelation().equals("nsubj") || up.get().governor() == Dependency.ROOT
                || up.get().governor() <= head) {
            return new ArrayList<>(out);
        }
        int verb = up.get().governor();
        for (int t = head + 1; t < verb; t++) {
            if (g.sentence().dominates(verb, t)) {
                out.add(t);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The target of a pattern whose {@code +} precedes some of its words before the head ({@code + HOSTING *}): the
     * actors of the first of those words, nearest before the head: the subject of that word when it is a verb
     * ("Mordor will be hosting Osgiliath to celebrate ..." gives Mordor), else the actors at or right before it. Empty
     * when there are none, or when the pattern's {@code +} follows all its words before the head.
     */
    static List<ActorMention> targetBeforeWords(SentenceGraph g, int head, PatternContext c) {
        if (c.targetBefore() >= c.before().size()) {
            return List.of();
        }
        PatternContext.WordItem item = c.before().get(c.targetBefore());
        for (int start = head - 1; start >= 0; start--) {
            for (List<String> run : item.alternatives()) {
                if (runFrom(g, run, 0, start, head, null, -1) >= 0) {
                    if (g.token(start).isVerb()) {
                        return subject(g, start);
                    }
                    List<ActorMention> here = g.actorsAt(start);
                    return here.isEmpty() && start > 0 ? g.actorsAt(start - 1) : here;
                }
            }
        }
        return List.of();
    }

    /**
     * Where the words a pattern requires before its head at {@code position} start, one per item (the match found
     * first, nearest the head), or null when they do not stand there.
     */
    static int[] beforeStarts(SentenceGraph g, List<PatternContext.WordItem> items, int position) {
        int[] starts = new int[items.size()];
        return before(g, items, items.size() - 1, position, starts) ? starts : null;
    }

    private static boolean before(SentenceGraph g, List<PatternContext.WordItem> items, int k, int limit) {
        return before(g, items, k, limit, new int[items.size()]);
    }

    /**
     * Before the head, matched from the last item backwards: item {@code k} ends before {@code limit} (the start of
     * the next item, or the head), right before it when the item is joined; {@code starts} records where each
     * item starts.
     */
    private static boolean before(SentenceGraph g, List<PatternContext.WordItem> items, int k, int limit,
                                  int[] starts) {
        if (k < 0) {
            return true;
        }
        PatternContext.WordItem item = items.get(k);
        boolean joined = item.joined();
        for (List<String> run : item.alternatives()) {
            for (int start = limit - 1; start >= 0; start--) {
                int end = runFrom(g, run, 0, start, limit, null, joined ? limit - 1 : -1);
                if (end >= 0 && before(g, items, k - 1, start, starts)) {
                    starts[k] = start;
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
            for (int start = previousEnd + 1; start < n; start++) {
                if (item.joined() && start != previousEnd + 1) {
                    break;
                }
                int end = runFrom(g, run, 0, start, n, phrase, -1);
                if (end >= 0 && after(g, phrase, items, k + 1, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where word run {@code run}, from its word {@code i} on, ends when that word stands at {@code pos}: the index of
     * its last word, or -1. Words follow each other directly except across a {@link PatternContext#GAP}, where any
     * words may stand between. Every word stands before {@code limit} and, when {@code allowed} is given, at one of
     * those positions; with {@code exactEnd} at least 0 the run must end there.
     */
    private static int runFrom(SentenceGraph g, List<String> run, int i, int pos, int limit, Set<Integer> allowed,
                               int exactEnd) {
        if (i == run.size()) {
            return exactEnd < 0 || pos - 1 == exactEnd ? pos - 1 : -1;
        }
        String word = run.get(i);
        if (word.equals(PatternContext.GAP)) {
            for (int next = pos; next < limit; next++) {
                int end = runFrom(g, run, i + 1, next, limit, allowed, exactEnd);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (pos < 0 || pos >= limit || allowed != null && !allowed.contains(pos)
                || !PatternContext.matches(word, g.token(pos))) {
            return -1;
        }
        return runFrom(g, run, i + 1, pos + 1, limit, allowed, exactEnd);
    }

    /**
     * The actors of the head's phrase nearest after the head, with the actors conjoined to them ("Gondor and
     * Arnor"), leaving out {@code exclude}; with a preposition, only actors behind it ("with Gondor", "to the
     * leaders of Gondor"); with a skip, only actors after the noun phrases it passes over ("in Osgiliath with
     * Gondor").
     */
    static List<ActorMention> phraseActors(SentenceGraph g, int head, String preposition, PatternContext.Skip skip,
                                           List<PatternContext.WordItem> words, Collection<ActorMention> exclude) {
        List<Integer> phrase = headPhrase(g, head);
        int from = head + 1;
        if (skip.count() > 0) {
            List<Integer> nominals = SkippedPhrases.units(g, phrase);
            // the first phrase passed over: behind the skip's preposition, past the pattern's own words
            int first = -1;
            for (int k = 0; k < nominals.size() && first < 0; k++) {
                int t = nominals.get(k);
                if ((skip.preposition().isEmpty() || behind(g, head, t, skip.preposition())) && !named(g, t, words)) {
                    first = k;
                }
            }
            if (first < 0 || first + skip.count() >= nominals.size()) {
                return List.of();
            }
            from = nominals.get(first + skip.count());
        }
        for (int t : phrase) {
            if (t < from || inOtherClause(g, head, t)) {
                continue;
            }
            List<ActorMention> here = without(g.actorsAt(t), exclude);
            if (here.isEmpty() || !preposition.isEmpty() && !behind(g, head, t, preposition)) {
                continue;
            }
            Set<ActorMention> out = new LinkedHashSet<>(here);
            for (int c : conjuncts(g, here.get(0).headToken())) {
                // a member of the target group named again by name stays ("reconciliation between Rohan and
                // Gondor", Gondor a source too); a pronoun standing for a source does not
                for (ActorMention m : g.actorsAt(c)) {
                    if (exclude.stream().noneMatch(e -> e == m || e.roles().equals(m.roles())
                            && (m.kind() == MentionKind.COREFERENCE || e.kind() == MentionKind.COREFERENCE))) {
                        out.add(m);
                    }
                }
            }
            return new ArrayList<>(out);
        }
        return List.of();
    }

    /**
     * {@code mentions} less those that stand for an excluded actor: the excluded mentions themselves and any
     * mention with the same roles ("his" resolved to the source is not a target).
     */
    private static List<ActorMention> without(List<ActorMention> mentions, Collection<ActorMention> exclude) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (exclude.stream().noneMatch(e -> e == m || e.roles().equals(m.roles()))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The actors that are the subject of verb {@code v}: the engine's reading of the subject; else the subject of a
     * passive; else the owner of a subject that names no actor itself ("Ithilen's militia", "sheep and goats of
     * Gondor"); a verb without a subject inherits the one of the verb it depends on ({@code xcomp}, {@code advcl},
     * {@code conj}), unless it has a subject of its own.
     */
    static List<ActorMention> subject(SentenceGraph g, int v) {
        List<ActorMention> found = g.subjectActors(v);
        if (!found.isEmpty()) {
            return found;
        }
        int current = v;
        for (int depth = 0; depth < 4; depth++) {
            List<Integer> subjects = g.subjects(current);
            if (!subjects.isEmpty()) {
                found = g.actorsAt(subjects);
                if (found.isEmpty()) {
                    found = owners(g, subjects);
                }
                if (found.isEmpty()) {
                    found = RelationParties.of(g, subjects); // "talks between Arnor and Gondor produced ..."
                }
                if (found.isEmpty() && subjects.stream().allMatch(t -> g.token(t).pos().equals("PRP"))) {
                    // "Arnor said it would act": a personal pronoun stands for the subject of the clause above;
                    // "it" for no person ("Arnor indicated it would act, an official said")
                    found = governingSubject(g, current, subjects.stream().allMatch(t -> g.is(t, "it"))
                            ? people(g) : List.of());
                }
                if (!found.isEmpty() || subjects.stream().anyMatch(t -> g.token(t).isNoun())) {
                    // a subject noun naming no actor ("after crowds burned ...") is not the clause above's subject
                    return found;
                }
            }
            Dependency up = g.headEdge(current);
            if (up == null || !INHERITS.contains(up.baseRelation()) || !g.token(up.governor()).isVerb()) {
                return List.of();
            }
            if (g.hasOwnSubject(current)) {
                return List.of(); // "after crowds burned ...": the clause's own subject, naming no actor
            }
            current = up.governor();
        }
        return List.of();
    }

    /** The sentence's actors "it" cannot stand for ({@link SentenceGraph#notIt}). */
    private static List<ActorMention> people(SentenceGraph g) {
        List<ActorMention> out = new ArrayList<>();
        for (int i = 0; i < g.sentence().tokens().size(); i++) {
            for (ActorMention m : g.actorsAt(i)) {
                if (SentenceGraph.notIt(m) && !out.contains(m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * The subject of the nearest verb above {@code v} that has one naming actors other than {@code exclude}: the
     * source of a {@code + *} pattern without {@code $} ("Gondor noted that Mordor regretted ...").
     */
    static List<ActorMention> governingSubject(SentenceGraph g, int v, Collection<ActorMention> exclude) {
        int current = v;
        for (int depth = 0; depth < 6; depth++) {
            var up = g.sentence().headOf(current);
            if (up.isEmpty() || up.get().governor() == Dependency.ROOT) {
                return List.of();
            }
            current = up.get().governor();
            if (g.token(current).isVerb()) {
                List<ActorMention> found = new ArrayList<>(subject(g, current));
                found.removeAll(exclude);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** Actors that own words naming none: possessors, compound and adjectival modifiers, {@code of} phrases. */
    static List<ActorMention> owners(SentenceGraph g, List<Integer> tokens) {
        Set<ActorMention> out = new LinkedHashSet<>();
        for (int t : tokens) {
            List<Integer> all = new ArrayList<>(List.of(t));
            all.addAll(conjuncts(g, t));
            for (int x : all) {
                for (String rel : OWNER_RELATIONS) {
                    out.addAll(g.actorsAt(g.childrenExactly(x, rel)));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Whether token {@code t} is one of the pattern's words. */
    private static boolean named(SentenceGraph g, int t, List<PatternContext.WordItem> words) {
        for (PatternContext.WordItem item : words) {
            for (List<String> run : item.alternatives()) {
                for (String w : run) {
                    if (PatternContext.matches(w, g.token(t))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether token {@code t} lies in a subordinate clause below {@code head}, one introduced by a conjunction and
     * with a subject of its own ("resume ties with Rohan after rioters looted its consulate"), the subject of a
     * relative clause ("restore the ties that Gondor cut"), or a
     * clause with its own subject set beside it ("resume ties with Rohan, an Arnor official said"), or a clause put in
     * between commas ({@link CommaPhrases#isInsertedClause}): that clause reports another event. So does a finite
     * adverbial clause after a conjunction that the parser left without a subject. An infinitive ("to wage war on
     * ...") and an embedded question ("question whether ...") are not such clauses, whatever subject the parser gives
     * them.
     */
    private static boolean inOtherClause(SentenceGraph g, int head, int t) {
        int current = t;
        int below = t;
        for (int steps = 0; steps < 12 && current != head; steps++) {
            var up = g.sentence().headOf(current);
            if (up.isEmpty() || up.get().governor() == Dependency.ROOT) {
                return false;
            }
            if (up.get().baseRelation().equals("parataxis")) {
                // a clause set beside the head ("..., a senior official said") reports apart
                return true;
            }
            if (current != t && CommaPhrases.isInsertedClause(g.sentence(), current)) {
                // a clause put in between commas ("reports, rumored to come from Mordor, that ...") speaks aside
                return true;
            }
            if (current != t && g.token(current).isVerb()) {
                boolean subject = false;
                boolean otherSubject = false;
                boolean marked = false;
                boolean fromSubject = false;
                boolean infinitive = false;
                boolean question = false;
                boolean finite = FINITE_TAGS.contains(g.token(current).pos());
                for (Dependency d : g.sentence().childrenOf(current)) {
                    subject |= d.baseRelation().equals("nsubj");
                    fromSubject |= d.baseRelation().equals("nsubj") && d.dependent() == below;
                    otherSubject |= d.baseRelation().equals("nsubj") && d.dependent() != t;
                    String word = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                    boolean to = word.equals("to");
                    marked |= d.relation().equals("mark") && !to;
                    infinitive |= d.relation().equals("mark") && to;
                    question |= d.relation().equals("mark") && QUESTION_MARKS.contains(word);
                    finite |= d.baseRelation().equals("aux") && FINITE_TAGS.contains(g.token(d.dependent()).pos());
                }
                // an infinitive carries on the verb above ("vowed on Thursday to wage war on the Rohans", where
                // the parser takes "on Thursday" for a conjunction and a subject)
                marked &= !infinitive;
                // an embedded question is the content of the verb that asks it ("began to question whether he has
                // a future with the Morgul Orcs"): its actors are what the asking is about
                marked &= !(question && up.get().baseRelation().equals("ccomp"));
                // a clause set beside the head ("..., an official said") reports apart, its subject too; a finite
                // adverbial clause after a conjunction is another event even when the parser left it no subject
                // ("who shot at officers while in detention in Afghanistan was extradited")
                boolean beside = up.get().baseRelation().equals("parataxis");
                boolean adverbial = up.get().baseRelation().equals("advcl");
                // the subject of a relative clause ("the ties that Gondor cut") is another event's doer
                boolean relativeSubject = up.get().relation().equals("acl:relcl") && fromSubject;
                if ((otherSubject || finite && adverbial) && marked || subject && beside || relativeSubject) {
                    return true;
                }
            }
            below = current;
            current = up.get().governor();
        }
        return false;
    }

    /**
     * Whether a preposition {@code preposition} marks token {@code t} or one of its heads below {@code head}. A
     * preposition the parser read as an adverb of the noun after it counts too: in "memos not about Bree" it takes
     * "about" for the "about" of "about five", an {@code advmod} of "Bree".
     */
    private static boolean behind(SentenceGraph g, int head, int t, String preposition) {
        int current = t;
        for (int steps = 0; steps < 8 && current != head; steps++) {
            for (Dependency d : g.sentence().childrenOf(current)) {
                boolean marker = d.relation().equals("case") || d.relation().equals("mark")
                        || d.relation().equals("advmod") && d.dependent() < current;
                if (marker && g.token(d.dependent()).word().toLowerCase(Locale.ROOT).equals(preposition)) {
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
