package org.parley.events;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.model.ActorMention;
import org.parley.model.CameoCode;
import org.parley.model.CodedEvent;
import org.parley.model.MentionKind;

/**
 * Events of the article's earlier sentences that a definite event noun refers back to. "Russian drones struck
 * Kharkiv. ... Zelensky condemned the strikes": the strikes are the event already coded, so their doer is the
 * target. "Repelled the attack", "condemned the sanctions", "denounced these arrests" read the same way.
 *
 * <p>A target word refers back when it names no actor, has no possessor, carries a definite determiner ("the",
 * "this", "these", "those") and is an event noun of the dictionary (a nominal pattern has it as its head: {@code
 * @strike on *T}); it refers to the latest earlier event whose three-digit CAMEO code is one of that noun's ("the
 * agreement" after a deal was signed and then welcomed is the deal, 057, not the welcome, 051), else the latest whose
 * root is one of its roots ("the strikes", 195, after "drones struck", 190), and its target is that event's source, as
 * a coreference mention over the noun's words. A noun that stands for any act ("the decision", "the move", "this
 * step", "the measures") refers to the latest event of the sentences just before: "Germany will station a Patriot
 * unit in Lithuania. Lithuania welcomed the decision" welcomes Germany. "The use of force" (or "of violence") refers
 * to the latest act of repression, assault, fighting or mass violence (CAMEO 17-20): "Police fired tear gas at the
 * farmers. ... Mann criticised the use of force against the farmers" is on the police.
 */
final class EventAntecedents {
    private static final Set<String> DEFINITE = Set.of("the", "this", "these", "those");
    /** Nouns that stand for any act: they refer back to the latest event within {@value #GENERIC_WINDOW} sentences. */
    private static final Set<String> GENERIC = Set.of("decision", "move", "step", "measure");
    static final int GENERIC_WINDOW = 2;
    /** What force is used in: repression, assault, fighting, mass violence ("the use of force against the farmers"). */
    private static final Set<String> FORCE_ROOTS = Set.of("17", "18", "19", "20");
    private static final Set<String> FORCE_WORDS = Set.of("force", "violence");

    private final List<CodedEvent> earlier;

    /** @param earlier the events of the article's earlier sentences, in text order */
    EventAntecedents(List<CodedEvent> earlier) {
        this.earlier = Objects.requireNonNull(earlier, "earlier");
    }

    /**
     * The doer of the earlier event that noun {@code noun} refers to, as a mention over the noun's words, or an
     * empty list.
     *
     * @param nounCodes the codes of the nominal patterns headed by the noun
     */
    List<ActorMention> of(SentenceGraph g, int noun, List<String> nounCodes) {
        if (!g.token(noun).isNoun() || !g.childrenExactly(noun, "nmod:poss").isEmpty()) {
            return List.of();
        }
        Integer determiner = definiteDeterminer(g, noun);
        if (determiner == null) {
            return List.of();
        }
        boolean generic = GENERIC.contains(g.token(noun).lemma().toLowerCase(Locale.ROOT));
        int here = g.sentence().index();
        if (generic) {
            for (int k = earlier.size() - 1; k >= 0 && here - earlier.get(k).sentence() <= GENERIC_WINDOW; k--) {
                CodedEvent e = earlier.get(k);
                if (e.sentence() < here && named(e.source())) {
                    return List.of(mention(g, determiner, noun, e));
                }
            }
            return List.of();
        }
        // the same kind of act first ("the agreement" is the one signed, not a praise of it), then the same root
        Set<String> codes = nounCodes.stream().filter(CameoCode::isCameo).collect(Collectors.toSet());
        boolean force = codes.isEmpty() && usesForce(g, noun);
        for (int digits : new int[] {3, 2}) {
            Set<String> kinds = force && digits == 2 ? FORCE_ROOTS
                    : codes.stream().map(c -> c.substring(0, digits)).collect(Collectors.toSet());
            for (int k = earlier.size() - 1; k >= 0; k--) {
                CodedEvent e = earlier.get(k);
                if (e.sentence() < here && CameoCode.isCameo(e.code())
                        && kinds.contains(e.code().substring(0, digits)) && named(e.source())) {
                    return List.of(mention(g, determiner, noun, e));
                }
            }
        }
        return List.of();
    }

    /** "the use of force", "the use of violence": an act of force, whichever it was. */
    private static boolean usesForce(SentenceGraph g, int noun) {
        return g.token(noun).lemma().equalsIgnoreCase("use") && g.childrenExactly(noun, "nmod:of").stream()
                .anyMatch(t -> FORCE_WORDS.contains(g.token(t).lemma().toLowerCase(Locale.ROOT)));
    }

    private static boolean named(ActorMention m) {
        return m.kind() != MentionKind.DEFAULT && m.kind() != MentionKind.ABSENT;
    }

    private static Integer definiteDeterminer(SentenceGraph g, int noun) {
        for (int d : g.childrenExactly(noun, "det")) {
            if (d < noun && DEFINITE.contains(g.token(d).word().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        return null;
    }

    private static ActorMention mention(SentenceGraph g, int first, int noun, CodedEvent e) {
        ActorMention doer = e.source();
        return new ActorMention(g.sentence().index(), first, noun + 1, noun, g.sentence().textOf(first, noun + 1),
                g.sentence().spanOf(first, noun + 1), MentionKind.COREFERENCE, doer.roles(),
                "coref:event->" + e.code() + " of s" + e.sentence() + " (" + doer.rule() + ")");
    }
}
