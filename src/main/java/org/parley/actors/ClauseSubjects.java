package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The subjects a pronoun looks to first, read from the sentence's basic dependency tree: a pronoun tends to take up
 * the subject of a clause it stands in ("Gondor expressed concern about its neighbour"; "Arnor urged Rohan to help
 * it"; "Arnor urged Rohan to act, and then it asked ...") or, at the head of a sentence, the subject of the sentence
 * before ("Gondor expressed reluctance. However, it acknowledged ..."), rather than the last actor named.
 */
final class ClauseSubjects {
    /**
     * Verbs whose subject "it" is mostly a dummy: "it seems", "it remains unclear", "it takes time", "it emerged
     * that", "it rained".
     */
    private static final Set<String> DUMMY_SUBJECT_VERBS = Set.of("be", "seem", "appear", "happen", "remain", "take",
            "matter", "follow", "emerge", "transpire", "occur", "turn", "rain", "snow", "become", "cost", "mean");

    /**
     * Adjectives said of someone who acts, never of a dummy "it": "it was ready to normalise relations" is the
     * country, "it is likely that" nobody.
     */
    private static final Set<String> AGENT_ADJECTIVES = Set.of("ready", "willing", "prepared", "determined", "able",
            "unable", "eager", "keen", "reluctant", "unwilling", "committed", "open");

    private ClauseSubjects() {
    }

    /**
     * Whether "it" at token {@code i} stands for nothing: the subject of a copula ("it is likely"; not of an adjective
     * said of an actor, {@link #AGENT_ADJECTIVES}: "it was ready to talk"), of a verb whose
     * subject is mostly a dummy ({@link #DUMMY_SUBJECT_VERBS}), or of a passive verb with a clause ("it was reported
     * that ..."); also an "it" the parser reads as an expletive.
     */
    static boolean dummyIt(Sentence s, int i) {
        Optional<Dependency> up = s.headOf(i);
        if (up.isEmpty()) {
            return false;
        }
        Dependency d = up.get();
        if (d.baseRelation().equals("expl")) {
            return true;
        }
        if (!d.baseRelation().equals("nsubj")) {
            return false; // an object or oblique "it" stands for something
        }
        if (d.governor() == Dependency.ROOT) {
            return true;
        }
        Token head = s.token(d.governor());
        if (head.pos().startsWith("JJ") && AGENT_ADJECTIVES.contains(head.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (!head.isVerb() || DUMMY_SUBJECT_VERBS.contains(head.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        boolean passive = d.relation().equals("nsubj:pass");
        return passive && s.childrenOf(d.governor()).stream()
                .anyMatch(c -> c.baseRelation().equals("ccomp") || c.baseRelation().equals("csubj"));
    }

    /**
     * The subject tokens of the clauses above the pronoun at {@code i}, nearest first: for each word above it that
     * has a subject of its own, that subject; none from the subject that contains the pronoun and above it. A
     * pronoun that is an object of a verb ({@code obj}, {@code iobj}, {@code obl}) skips that verb's own subject:
     * "Gondor attacked it" is not Gondor attacking itself.
     */
    static List<Integer> above(Sentence s, int i) {
        List<Integer> out = new ArrayList<>();
        Optional<Dependency> first = s.headOf(i);
        boolean object = first.isPresent() && Set.of("obj", "iobj", "obl").contains(first.get().baseRelation());
        int current = i;
        for (int steps = 0; steps < s.tokens().size(); steps++) {
            Optional<Dependency> up = s.headOf(current);
            if (up.isEmpty() || up.get().governor() == Dependency.ROOT) {
                break;
            }
            int gov = up.get().governor();
            boolean own = object && current == i;
            for (Dependency c : s.childrenOf(gov)) {
                if (!c.baseRelation().equals("nsubj") || c.dependent() == i) {
                    continue;
                }
                if (s.dominates(c.dependent(), i)) {
                    return out; // a pronoun inside a subject ("Gondor's aid and its plans are ...") is not bound above
                }
                if (!own) {
                    out.add(c.dependent());
                }
            }
            current = gov;
        }
        return out;
    }

    /**
     * The subject tokens of the verb whose object the pronoun at {@code i} is ({@code obj}, {@code iobj},
     * {@code obl}): a plain pronoun there never refers to them ("Gondor attacked it"); empty for any other pronoun.
     */
    static List<Integer> ownSubjects(Sentence s, int i) {
        Optional<Dependency> up = s.headOf(i);
        if (up.isEmpty() || up.get().governor() == Dependency.ROOT
                || !Set.of("obj", "iobj", "obl").contains(up.get().baseRelation())) {
            return List.of();
        }
        return s.childrenOf(up.get().governor()).stream().filter(c -> c.baseRelation().equals("nsubj"))
                .map(Dependency::dependent).toList();
    }

    /** Verbs of stopping one's own course: the one asked to stop is the one whose course it is. */
    private static final Set<String> CEASING = Set.of("stop", "halt", "end", "cease", "abandon", "drop", "suspend",
            "withdraw", "curb", "pull");

    /**
     * The one asked to stop when the possessive pronoun at {@code i} is in the object of a verb of stopping that
     * completes an appeal to someone: "urged Beijing to stop its military pressure", "called on Russia to end its
     * war" give Beijing's and Russia's tokens (the object of the appeal, or its "on" phrase); empty otherwise. Other
     * verbs do not say whose the thing is ("urged China to support its bid" is the asker's bid).
     */
    static List<Integer> askedToStop(Sentence s, int i) {
        int owned = possessed(s, i);
        if (owned < 0) {
            return List.of();
        }
        Optional<Dependency> object = s.headOf(owned);
        if (object.isEmpty() || object.get().governor() == Dependency.ROOT
                || !object.get().baseRelation().equals("obj")
                || !CEASING.contains(s.token(object.get().governor()).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return List.of();
        }
        Optional<Dependency> complement = s.headOf(object.get().governor());
        if (complement.isEmpty() || complement.get().governor() == Dependency.ROOT
                || !complement.get().baseRelation().equals("xcomp")) {
            return List.of();
        }
        int appeal = complement.get().governor();
        List<Integer> out = new ArrayList<>();
        for (Dependency c : s.childrenOf(appeal)) {
            boolean onPhrase = c.baseRelation().equals("obl") && s.childrenOf(c.dependent()).stream().anyMatch(
                    d -> d.baseRelation().equals("case") && s.token(d.dependent()).word().equalsIgnoreCase("on"));
            if (c.baseRelation().equals("obj") || onPhrase) {
                out.add(c.dependent());
            }
        }
        return out;
    }

    /**
     * The objects of the verb whose "for" phrase holds the possessive pronoun at {@code i}: "praised Iran for its
     * cooperation" gives Iran's token (the reason a verb of judging gives is the object's own); empty otherwise.
     */
    static List<Integer> reasonObjects(Sentence s, int i) {
        int noun = possessed(s, i);
        if (noun < 0) {
            return List.of();
        }
        Optional<Dependency> up = s.headOf(noun);
        boolean forPhrase = s.childrenOf(noun).stream().anyMatch(d -> d.baseRelation().equals("case")
                && s.token(d.dependent()).word().equalsIgnoreCase("for"));
        if (up.isEmpty() || up.get().governor() == Dependency.ROOT || !forPhrase
                || !up.get().baseRelation().equals("obl") || !s.token(up.get().governor()).isVerb()) {
            return List.of();
        }
        return s.childrenOf(up.get().governor()).stream().filter(c -> c.baseRelation().equals("obj"))
                .map(Dependency::dependent).toList();
    }

    /** The noun a possessive pronoun at {@code i} qualifies ("its" in "its cooperation"), or -1. */
    private static int possessed(Sentence s, int i) {
        Optional<Dependency> poss = s.headOf(i);
        return poss.isPresent() && poss.get().relation().equals("nmod:poss") && poss.get().governor() != Dependency.ROOT
                ? poss.get().governor() : -1;
    }

    /** The first conjunct of the coordination token {@code t} stands in ("Gondor" for "Rohan" in "Gondor and Rohan"). */
    static int firstConjunct(Sentence s, int t) {
        int current = t;
        for (int steps = 0; steps < s.tokens().size(); steps++) {
            Optional<Dependency> up = s.headOf(current);
            if (up.isEmpty() || up.get().governor() == Dependency.ROOT || !up.get().baseRelation().equals("conj")) {
                return current;
            }
            current = up.get().governor();
        }
        return current;
    }

    /** Whether tokens {@code [first, end)} hold the subject of the sentence's main clause (its root's subject). */
    static boolean mainSubject(Sentence s, int first, int end) {
        for (int t = first; t < end; t++) {
            Optional<Dependency> up = s.headOf(t);
            if (up.isEmpty() || !up.get().baseRelation().equals("nsubj") || up.get().governor() == Dependency.ROOT) {
                continue;
            }
            Optional<Dependency> root = s.headOf(up.get().governor());
            if (root.isPresent() && root.get().governor() == Dependency.ROOT) {
                return true;
            }
        }
        return false;
    }
}
