package org.parley.events;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.model.ActorMention;

/**
 * The words of one sentence that are already part of a coded phrase (a pattern's complement or object, a verb phrase
 * coded by its highest verb, a clause whose subject was the target) and so head no event of their own.
 */
final class ConsumedWords {
    private final SentenceGraph g;
    private final Set<Integer> consumedNouns = new HashSet<>();
    private final Set<Integer> consumedVerbs = new HashSet<>();

    ConsumedWords(SentenceGraph g) {
        this.g = Objects.requireNonNull(g, "g");
    }

    /** Whether verb {@code v} is part of a coded phrase. */
    boolean verb(int v) {
        return consumedVerbs.contains(v);
    }

    /** Whether noun (or other word that is not a verb) {@code n} is part of a coded phrase. */
    boolean noun(int n) {
        return consumedNouns.contains(n);
    }

    /**
     * The infinitive complements below a verb a compiled pattern coded ("called on Gondor to be allowed to leave
     * Lorien"): PETRARCH and TABARI code a verb phrase once, by its highest coded verb.
     */
    void consumeComplements(int v) {
        for (int c : g.childrenExactly(v, "xcomp")) {
            if (g.token(c).isVerb() && !consumedVerbs.contains(c)) {
                consumedVerbs.add(c);
                consumeComplements(c);
            }
        }
    }

    /**
     * A clause below {@code v} whose subject the pattern took as its target is part of the coded phrase, not an
     * event of its own: "Elrond brushed aside reports that Calimehtar attacked Gandalf" is Elrond's dismissal
     * of Calimehtar, not also Calimehtar's attack (as PETRARCH and TABARI code one phrase once).
     */
    void consumeTargetClauses(int v, List<ActorMention> targets) {
        for (ActorMention t : targets) {
            var up = g.sentence().headOf(t.headToken());
            if (up.isEmpty() || !up.get().baseRelation().equals("nsubj")) {
                continue;
            }
            int clause = up.get().governor();
            if (clause != v && g.token(clause).isVerb() && g.sentence().dominates(v, clause)) {
                consumedVerbs.add(clause);
            }
        }
    }

    /** A word a pattern used as its complement or object is not coded again on its own. */
    void consume(int token) {
        if (g.token(token).isVerb()) {
            consumedVerbs.add(token);
        } else {
            consumedNouns.add(token);
        }
    }
}
