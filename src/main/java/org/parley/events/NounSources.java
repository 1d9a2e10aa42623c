package org.parley.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.model.ActorMention;
import org.parley.nlp.LightVerbs;

/**
 * Who does a nominal event of one sentence: its possessor, {@code by} phrase or actor modifier, the subject of a light
 * verb it is the object of ("held talks"), or the doer of the event noun it belongs to ("visit ... for talks with
 * Xi"). Remembers the doers found, and those of the object nouns verb patterns coded, for the nouns below them.
 */
final class NounSources {
    /**
     * Prepositions that give what an act is about, or another act beside it in time, not a part of it: the event
     * noun they introduce is not done by the act's source ("protest over the detention", "support during a visit").
     */
    private static final Set<String> NOT_PART_OF = Set.of("over", "about", "against", "regarding", "concerning",
            "amid", "during", "despite", "after", "before");

    /**
     * Light verbs whose subject does the event noun only with a party named beside it: "hosted talks with Gondor" are
     * the host's talks, but the co-hosts of "Arnor and Rohan, which have hosted the talks" do not talk to each other.
     */
    private static final Set<String> HOSTING = Set.of("host");

    private final SentenceGraph g;
    private final Map<Integer, List<ActorMention>> nounSources = new LinkedHashMap<>();

    NounSources(SentenceGraph g) {
        this.g = Objects.requireNonNull(g, "g");
    }

    /** Records {@code sources} as the doers of event noun {@code noun} (the object noun of a coded verb pattern). */
    void put(int noun, List<ActorMention> sources) {
        nounSources.put(noun, sources);
    }

    /** Who does a nominal event: possessor, by-phrase, actor modifier, light verb's subject, or enclosing event. */
    List<ActorMention> of(int n, List<ActorMention> targets) {
        List<ActorMention> found = g.actorsAt(g.childrenExactly(n, "nmod:poss"));
        if (found.isEmpty()) {
            found = g.actorsAt(g.childrenExactly(n, "nmod:by"));
        }
        if (found.isEmpty()) {
            List<Integer> modifiers = new ArrayList<>(g.childrenExactly(n, "compound"));
            modifiers.addAll(g.childrenExactly(n, "amod"));
            found = g.actorsAt(modifiers);
            found.removeAll(targets);
        }
        if (!found.isEmpty()) {
            nounSources.put(n, found);
            return found;
        }
        var head = g.headEdge(n);
        if (head == null) {
            return List.of();
        }
        int h = head.governor();
        if ((head.relation().equals("obj") || head.relation().equals("nsubj:pass")) && g.token(h).isVerb()
                && LightVerbs.contains(g.token(h).lemma())
                && (!targets.isEmpty() || !HOSTING.contains(g.token(h).lemma().toLowerCase(Locale.ROOT)))) {
            found = g.subjectActors(h);
        } else if (head.baseRelation().equals("nmod") && nounSources.containsKey(h)
                && !NOT_PART_OF.contains(head.relation().substring("nmod".length()).replace(":", ""))) {
            // "visit ... for talks with Xi": the talks are the visitor's; not so what a protest or complaint
            // is about ("protest over the detention of a citizen": the detention is the other side's), nor an
            // act beside it in time ("thanked Japan for their support during a visit")
            found = nounSources.get(h);
        }
        if (!found.isEmpty()) {
            nounSources.put(n, found);
        }
        return found;
    }
}
