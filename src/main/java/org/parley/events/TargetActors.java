package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.ActorMention;

/**
 * The actors a pattern's target words stand for: the actor mentioned there, the subject's members for "each other",
 * else its owner or holder, the country of a place ({@link PlaceTargets}) or the doer of an earlier event the word refers back to ({@link EventAntecedents}).
 */
final class TargetActors {
    private final SentenceGraph g;
    private final LocalDate articleDate;
    /** Earlier events a definite event noun may refer to. */
    private final EventAntecedents antecedents;
    private final HeadPatterns patterns;

    TargetActors(SentenceGraph g, LocalDate articleDate, EventAntecedents antecedents, HeadPatterns patterns) {
        this.g = Objects.requireNonNull(g, "g");
        this.articleDate = articleDate;
        this.antecedents = Objects.requireNonNull(antecedents, "antecedents");
        this.patterns = Objects.requireNonNull(patterns, "patterns");
    }

    /**
     * The actors standing at the target tokens; where a token names none, the actor that owns it: its possessor
     * or an actor compound ("condemned Gondor's decision", "expelled two Gondor diplomats"); not for a
     * {@code direct} pattern. Failing those, the country of a place ({@link PlaceTargets}), or the doer of an
     * earlier event the word refers back to ({@link EventAntecedents}: "condemned the strikes").
     */
    List<ActorMention> of(List<Integer> tokens, EventPattern p, int head) {
        boolean direct = p.direct();
        List<ActorMention> out = new ArrayList<>();
        for (int t : tokens) {
            List<ActorMention> here = PlaceTargets.struck(g.actorsAt(t), p.code(), articleDate);
            if (here.isEmpty() && reciprocal(t)) {
                here = g.subjectActors(head); // "Israel and Hamas accused each other": each of the other
            }
            if (here.isEmpty() && !direct) {
                here = g.actorsAt(g.childrenExactly(t, "nmod:poss"));
            }
            if (here.isEmpty() && !direct) {
                here = g.actorsAt(g.childrenExactly(t, "compound"));
            }
            if (here.isEmpty() && !direct) {
                here = g.actorsAt(g.childrenExactly(t, "amod"));
            }
            if (!direct) {
                here = OwnedThings.sector(here, g, t, p.code()); // "the German decision": DEUGOV
            }
            if (here.isEmpty() && !direct && patterns.of(t, true).isEmpty()) {
                here = holder(t);
            }
            if (here.isEmpty() && direct) {
                here = g.placesAt(t);
            } else if (here.isEmpty()) {
                // an act of force hits the place of its thing first; any other act on an earlier event is on
                // that event's doer before the place it happened in ("condemned the attack in Kharkiv")
                boolean force = PlaceTargets.materialConflict(p.code());
                here = force ? PlaceTargets.of(g, t, head, p.code(), articleDate) : antecedentOf(t);
                if (here.isEmpty()) {
                    here = force ? antecedentOf(t) : PlaceTargets.of(g, t, head, p.code(), articleDate);
                }
            }
            for (ActorMention m : here) {
                if (!out.contains(m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Whether {@code t} is "other" of "each other" or "another" of "one another". */
    private boolean reciprocal(int t) {
        String w = g.token(t).word().toLowerCase(java.util.Locale.ROOT);
        String before = t > 0 ? g.token(t - 1).word().toLowerCase(java.util.Locale.ROOT) : "";
        return w.equals("other") && before.equals("each") || w.equals("another") && before.equals("one");
    }

    /**
     * The actor a thing belongs to by a phrase after it: "positions of the RSF", "positions held by the RSF" (a past
     * participle with a {@code by} phrase). Only for a thing: an event noun's "of" is what the event was done to
     * ("condemned the invasion of Ukraine" is not on Ukraine).
     */
    private List<ActorMention> holder(int t) {
        List<ActorMention> out = g.actorsAt(g.childrenExactly(t, "nmod:of"));
        for (int c : g.childrenExactly(t, "acl")) {
            if (out.isEmpty() && g.token(c).pos().equals("VBN")) {
                out = g.actorsAt(g.childrenExactly(c, "obl:by"));
                if (out.isEmpty()) {
                    out = g.actorsAt(g.childrenExactly(c, "obl:agent"));
                }
            }
        }
        return out;
    }

    /** The doer of the earlier event that target word {@code t} refers to ({@link EventAntecedents}). */
    private List<ActorMention> antecedentOf(int t) {
        return antecedents.of(g, t, patterns.of(t, true).stream().map(EventPattern::code).toList());
    }
}
