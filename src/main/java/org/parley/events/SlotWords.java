package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The words a pattern's parts stand at below its head word: its particle, the complement of its {@code to W} and a
 * double object's second word, its object (with the object's modifiers), the {@code by} phrase of a passive, and the
 * words of its target slot (object, prepositional phrase or the object's possessor).
 */
final class SlotWords {
    /** Nouns that count an object noun and stand for it: "a round of talks", "a wave of air strikes". */
    private static final Set<String> PARTITIVE_NOUNS = Set.of("round", "series", "wave", "spate", "barrage");

    private final SentenceGraph g;
    private final CodingOptions options;

    SlotWords(SentenceGraph g, CodingOptions options) {
        this.g = Objects.requireNonNull(g, "g");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Whether verb {@code v} has the particle: as {@code compound:prt}, or fused by the parser into a two-word
     * preposition ("pulled out of Osgiliath" gives {@code obl:out_of}), or, after an object that separates it
     * from the verb, taken for an adverb ("shot two drones down" gives {@code advmod} down).
     */
    boolean hasParticle(int v, String particle) {
        if (g.children(v, "compound:prt").stream().anyMatch(t -> g.is(t, particle))) {
            return true;
        }
        List<Integer> objects = g.children(v, "obj");
        if (!objects.isEmpty() && g.children(v, "advmod").stream()
                .anyMatch(t -> g.is(t, particle) && objects.stream().allMatch(o -> o < t))) {
            return true;
        }
        return g.sentence().enhancedChildrenOf(v).stream()
                .anyMatch(d -> d.relation().startsWith("obl:" + particle + "_"));
    }

    /** The {@code obl} relations a preposition of the pattern may take: "of", or "out_of" after particle "out". */
    List<Integer> oblChildren(int v, EventPattern p, String prep) {
        List<Integer> out = new ArrayList<>(g.childrenExactly(v, "obl:" + prep));
        if (!p.particle().isEmpty()) {
            out.addAll(g.childrenExactly(v, "obl:" + p.particle() + "_" + prep));
        }
        return out;
    }

    /**
     * With a double object the word after the target is the direct object and the target the indirect one:
     * "give *T ultimatum" matches "gave Gondor an ultimatum" (and "granted Aragorn asylum", which the parser
     * reads as the compound "Aragorn asylum": the target then falls back to the object's owner).
     */
    Integer secondObject(int v, EventPattern p) {
        if (!p.targetOnHead() || p.target() != EventPattern.TargetSlot.OBJECT || !p.object().isEmpty()) {
            return null;
        }
        for (int o : g.childrenExactly(v, "obj")) {
            if (g.is(o, p.complement())) {
                return o;
            }
        }
        return null;
    }

    /**
     * What the pattern's {@code to W} names under {@code v}: an infinitive complement ("threatened to attack"),
     * the noun or adjective of a small clause ("held Gondor responsible"), or a noun object of {@code to}
     * ("agreed to talks"). When the target comes first, the complement may also be a clause with its own subject
     * ("demanded that Gondor withdraw", "appealed to Gondor to free").
     */
    Integer complementOf(int v, EventPattern p) {
        for (int c : g.childrenExactly(v, "xcomp")) {
            // a verb, or the noun or adjective of a small clause ("held Gondor responsible")
            if (g.is(c, p.complement())) {
                return c;
            }
        }
        List<Integer> clauses = new ArrayList<>();
        if (p.targetOnHead()) {
            clauses.addAll(g.childrenExactly(v, "ccomp"));
            clauses.addAll(g.children(v, "advcl"));
        }
        for (int c : clauses) {
            if (g.token(c).isVerb() && g.is(c, p.complement())) {
                return c;
            }
        }
        for (int o : g.childrenExactly(v, "obl:to")) {
            if (g.token(o).isNoun() && g.is(o, p.complement())) {
                return o;
            }
        }
        return null;
    }

    /**
     * The object token of {@code v} the pattern asks for: a direct object (or, in the passive, the subject:
     * "talks were held"), or the object of the pattern's object preposition; it must carry the pattern's
     * modifiers.
     */
    Integer objectOf(int v, EventPattern p) {
        List<Integer> candidates = new ArrayList<>();
        if (p.objectPreposition().isEmpty()) {
            candidates.addAll(g.children(v, "obj"));
            candidates.addAll(g.children(v, "nsubj:pass"));
        } else {
            candidates.addAll(oblChildren(v, p, p.objectPreposition()));
            // the preposition taken for a particle: "handed over the prisoners" as hand+over, obj
            if (hasParticle(v, p.objectPreposition())) {
                candidates.addAll(g.children(v, "obj"));
            }
            // after a target object the parser often hangs the phrase on the target: "investigate Gondor for
            // war crimes" as nmod:for(Gondor, crimes)
            if (p.targetOnHead() && p.target() == EventPattern.TargetSlot.OBJECT) {
                List<Integer> targets = new ArrayList<>(g.childrenExactly(v, "obj"));
                targets.addAll(g.children(v, "nsubj:pass"));
                for (int t : targets) {
                    candidates.addAll(g.childrenExactly(t, "nmod:" + p.objectPreposition()));
                }
            }
            // a gerund: "accused Gondor of spying"
            candidates.addAll(g.childrenExactly(v, "advcl:" + p.objectPreposition()));
        }
        for (int o : candidates) {
            if (g.is(o, p.object()) && hasModifiers(o, p.objectModifiers())) {
                return o;
            }
        }
        // a noun that counts the object stands for it: "held a new round of talks", "a series of air strikes";
        // so does a sum of money given in it: "pledged $50 million in aid to Sudan"
        for (int o : candidates) {
            String inside = PARTITIVE_NOUNS.stream().anyMatch(w -> g.is(o, w)) ? "nmod:of"
                    : g.token(o).ner().equals("MONEY") ? "nmod:in" : null;
            if (inside == null) {
                continue;
            }
            for (int inner : g.childrenExactly(o, inside)) {
                if (g.is(inner, p.object()) && hasModifiers(inner, p.objectModifiers())) {
                    return inner;
                }
            }
        }
        return null;
    }

    /**
     * Whether every modifier word stands among the noun's {@code amod} and {@code compound} modifiers, directly
     * or nested ("war crimes investigation": war modifies crimes, which modifies investigation).
     */
    boolean hasModifiers(int noun, List<String> modifiers) {
        if (modifiers.isEmpty()) {
            return true;
        }
        List<Integer> found = new ArrayList<>();
        List<Integer> frontier = List.of(noun);
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int t : frontier) {
                next.addAll(g.children(t, "amod"));
                next.addAll(g.children(t, "compound"));
            }
            found.addAll(next);
            frontier = next;
        }
        for (String m : modifiers) {
            if (found.stream().noneMatch(t -> g.is(t, m))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether verb {@code v} is read as passive: by its form, or, with {@link CodingOptions#passiveNeedsBy}, only
     * with a {@code by} phrase.
     */
    boolean passive(int v) {
        return g.isPassive(v) && (!options.passiveNeedsBy() || !agents(v).isEmpty());
    }

    /** The {@code by} phrases of verb {@code v}. */
    List<Integer> agents(int v) {
        List<Integer> out = new ArrayList<>(g.childrenExactly(v, "obl:agent"));
        out.addAll(g.childrenExactly(v, "obl:by"));
        return out;
    }

    /** The words of the pattern's target slot below {@code head} (and below its object, if any). */
    List<Integer> targetTokens(EventPattern p, int head, Integer object) {
        List<Integer> out = new ArrayList<>();
        switch (p.target()) {
            case OBJECT -> {
                out.addAll(g.childrenExactly(head, "obj"));
                out.addAll(g.childrenExactly(head, "iobj"));
                var edge = g.headEdge(head);
                if (out.isEmpty() && edge != null && edge.baseRelation().equals("conj")
                        && g.token(edge.governor()).isVerb()) {
                    // a shared object: "kidnapped and killed Aragorn" hangs Aragorn on "kidnapped" only
                    out.addAll(g.childrenExactly(edge.governor(), "obj"));
                }
            }
            case PREPOSITION -> {
                String prep = p.preposition();
                out.addAll(p.nominal() ? g.childrenExactly(head, "obl:" + prep) : oblChildren(head, p, prep));
                out.addAll(g.childrenExactly(head, "nmod:" + prep));
                // the parser often takes the preposition for a particle: "called on Gondor" as call+on, obj
                if (g.children(head, "compound:prt").stream().anyMatch(t -> g.is(t, prep))) {
                    out.addAll(g.childrenExactly(head, "obj"));
                }
                if (object != null) {
                    out.addAll(g.childrenExactly(object, "nmod:" + prep));
                }
            }
            case POSSESSOR -> {
                if (object != null) {
                    out.addAll(g.childrenExactly(object, "nmod:poss"));
                    // "Gondor diplomats" and "Gondorian diplomats" as well as "Gondor's diplomats"
                    out.addAll(g.childrenExactly(object, "compound"));
                    out.addAll(g.childrenExactly(object, "amod"));
                    if (out.isEmpty()) {
                        out.add(object); // an owner named by the object itself: "rejected the accusations"
                    }
                }
            }
            case NONE -> {
            }
        }
        return out;
    }
}
