package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.Dependency;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The noun phrases of a sentence that no dictionary codes, as actors named by their own words ({@link Actor#named}),
 * the reading PETRARCH's {@code new_actor_length} option gives them: "the Ministry of Magic" left uncoded is the
 * actor {@code THE MINISTRY OF MAGIC}.
 *
 * <p>A phrase is a noun (not a pronoun, not a date or time) standing where an actor may (subject, object, the object
 * of a preposition, a conjunct or apposition of one) with the words that belong to it in the basic tree: its
 * determiners, adjectives, compounds, numbers, possessors and prepositional modifiers, down to their own words; not
 * its clauses, conjuncts, appositions or the preposition that introduces it. It is an actor when none of its words is
 * part of an actor mention, its words are one unbroken stretch of the sentence (punctuation inside may be passed),
 * and it has at most the given number of words; its words are counted and named without punctuation and without the
 * possessive {@code 's} ("Gryffindor's head Minerva McGonagall" is {@code GRYFFINDOR HEAD MINERVA MCGONAGALL}, four
 * words). A phrase inside another phrase that is an actor is not one of its own, nor is an "of" phrase under a noun
 * ("Fisheries" in "the Ministry of Fisheries", whatever the whole phrase's length).
 */
final class UncodedPhrases {
    /** Relations by which a noun stands where an actor may. */
    private static final Set<String> PLACES = Set.of("nsubj", "obj", "iobj", "obl", "nmod", "conj", "appos");
    /** Subtypes of those relations that are no actor's place: times, measures, possessors (part of a phrase). */
    private static final Set<String> NOT_PLACES = Set.of("tmod", "npmod", "poss");
    /** Relations of the words that belong to a noun's phrase. */
    private static final Set<String> INSIDE = Set.of("det", "amod", "compound", "nummod", "nmod", "case", "flat",
            "fixed");
    /** Named-entity classes of words that are never an actor. */
    private static final Set<String> NOT_ACTORS = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "PERCENT", "MONEY");

    private UncodedPhrases() {
    }

    /**
     * The uncoded phrases of {@code s} of at most {@code maxWords} words, as {@link MentionKind#PHRASE} mentions, in
     * text order.
     *
     * @param coded    the sentence's actor mentions: a phrase with any of their words is not uncoded
     * @param maxWords the longest phrase named, at least 1
     */
    static List<ActorMention> in(Sentence s, List<ActorMention> coded, int maxWords) {
        if (maxWords < 1) {
            throw new IllegalArgumentException("the longest uncoded phrase must be 1 word or more, got " + maxWords);
        }
        List<int[]> ranges = new ArrayList<>();
        List<ActorMention> found = new ArrayList<>();
        for (int head = 0; head < s.tokens().size(); head++) {
            if (!standsForActor(s, head)) {
                continue;
            }
            int[] range = range(s, head);
            if (range == null || coveredByAny(coded, s.index(), range)) {
                continue;
            }
            List<String> words = words(s, range);
            if (words.isEmpty() || words.size() > maxWords) {
                continue;
            }
            ranges.add(range);
            found.add(new ActorMention(s.index(), range[0], range[1], head, s.textOf(range[0], range[1]),
                    s.spanOf(range[0], range[1]), MentionKind.PHRASE,
                    List.of(ActorRole.always(Actor.named(String.join(" ", words)))),
                    "uncoded-phrase:at most " + maxWords + " words"));
        }
        List<ActorMention> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            if (!insideAnother(ranges, k)) {
                out.add(found.get(k));
            }
        }
        return out;
    }

    /** Whether token {@code i} is a noun that heads a phrase in an actor's place. */
    private static boolean standsForActor(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isNoun() || NOT_ACTORS.contains(t.ner())) {
            return false;
        }
        return s.headOf(i).map(d -> PLACES.contains(d.baseRelation()) && !NOT_PLACES.contains(d.subtype())
                && !partOfName(s, d)).orElse(false);
    }

    /** An "of" phrase under a noun is part of that noun's phrase ("the Ministry of Fisheries"), not one of its own. */
    private static boolean partOfName(Sentence s, Dependency d) {
        return d.baseRelation().equals("nmod") && s.token(d.governor()).isNoun()
                && s.childrenOf(d.dependent()).stream().anyMatch(c -> c.baseRelation().equals("case")
                        && s.token(c.dependent()).word().equalsIgnoreCase("of"));
    }

    /**
     * The tokens {@code [from, to)} of the phrase headed by {@code head}, or null when its words are not one
     * stretch (punctuation between them aside).
     */
    private static int[] range(Sentence s, int head) {
        TreeSet<Integer> in = new TreeSet<>();
        collect(s, head, head, in);
        int from = in.first();
        int to = in.last() + 1;
        for (int i = from; i < to; i++) {
            if (!in.contains(i) && !punctuation(s.token(i))) {
                return null;
            }
        }
        while (punctuation(s.token(from)) && from < head) {
            from++;
        }
        while (punctuation(s.token(to - 1)) && to - 1 > head) {
            to--;
        }
        return new int[] {from, to};
    }

    private static void collect(Sentence s, int head, int i, Set<Integer> in) {
        in.add(i);
        for (Dependency d : s.childrenOf(i)) {
            String r = d.baseRelation();
            boolean own = i == head && r.equals("case"); // the preposition that introduces the phrase
            boolean misparsed = r.equals("dep") && s.token(d.dependent()).isNoun(); // a name the parser left loose
            boolean measure = d.subtype().equals("tmod") || d.subtype().equals("npmod");
            if (INSIDE.contains(r) && !own && !measure || misparsed) {
                collect(s, head, d.dependent(), in);
            }
        }
    }

    /** The phrase's words in upper case: no punctuation, no possessive {@code 's}. */
    private static List<String> words(Sentence s, int[] range) {
        List<String> out = new ArrayList<>();
        for (int i = range[0]; i < range[1]; i++) {
            Token t = s.token(i);
            if (!punctuation(t) && !TokenKeys.isPossessive(t)) {
                out.add(t.word().toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean punctuation(Token t) {
        return t.word().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean coveredByAny(List<ActorMention> coded, int sentence, int[] range) {
        for (ActorMention m : coded) {
            if (m.sentence() == sentence && m.firstToken() < range[1] && range[0] < m.endToken()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAnother(List<int[]> ranges, int k) {
        int[] r = ranges.get(k);
        for (int j = 0; j < ranges.size(); j++) {
            int[] o = ranges.get(j);
            if (j != k && o[0] <= r[0] && r[1] <= o[1] && (o[1] - o[0]) > (r[1] - r[0])) {
                return true;
            }
        }
        return false;
    }
}
