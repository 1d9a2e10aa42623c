package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.CameoCode;
import org.parley.model.MentionKind;

/**
 * The country of a place an event is done to, for a target word that names no actor. A place word is the target
 * itself ("shelled Kharkiv", "visited Shanghai": {@link MentionKind#PLACE}); and an act of material conflict (CAMEO
 * 14-20) on a thing that names no actor hits the country where it stands: "struck energy facilities in the Kharkiv
 * region", "hit a refinery in Russia's Saratov region", "killed two civilians in Gaza". Any other act on a thing of a
 * place is about that place ("condemned the coup in Niger"), read on the thing only (where the act itself was done
 * says nothing), and only when the thing refers to no earlier event ({@link EventAntecedents} comes first for such
 * acts: "condemned the attack" is on the attacker the article named).
 *
 * <p>The place is read from an {@code in}, {@code at} or {@code near} phrase on the target word (for an act of force
 * also on the event word),
 * and from that phrase's own possessor, compound or adjective ("Russia's Saratov region", "the Kharkiv region"). A
 * country name, demonym or city gives its country; a capital gives its country too, not its government (a market in
 * Kyiv is Ukraine's, not the Ukrainian government's). So is a capital an act of force hits itself ({@link #struck}).
 */
final class PlaceTargets {
    private static final List<String> PREPOSITIONS = List.of("in", "at", "near");
    private static final List<String> PLACE_OWNERS = List.of("nmod:poss", "compound", "amod");
    private static final Set<MentionKind> PLACE_KINDS =
            Set.of(MentionKind.COUNTRY, MentionKind.NATIONALITY, MentionKind.CAPITAL, MentionKind.PLACE);

    private PlaceTargets() {
    }

    /**
     * The place targets for target word {@code target} of an event with code {@code code} on event word
     * {@code head}, or an empty list.
     */
    static List<ActorMention> of(SentenceGraph g, int target, int head, String code, LocalDate date) {
        List<ActorMention> here = g.placesAt(target);
        if (!here.isEmpty()) {
            return here;
        }
        // an act of force hits where it happened, said on its thing or on the act itself; another act is about a
        // thing of the place its phrase names ("condemned the coup in Niger"), not about where the act was done
        for (int word : materialConflict(code) ? List.of(target, head) : List.of(target)) {
            for (String prep : PREPOSITIONS) {
                List<Integer> phrases = new ArrayList<>(g.childrenExactly(word, "nmod:" + prep));
                phrases.addAll(g.childrenExactly(word, "obl:" + prep));
                for (int phrase : phrases) {
                    List<ActorMention> found = placesIn(g, phrase, date);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The targets of an act of force as places: a capital struck by an assault, fight or mass violence (CAMEO 18-20)
     * is the city, so its country ("missiles hit Kyiv" is on Ukraine), not the government it stands for in "Kyiv
     * said" or "sanctions on Moscow". Other targets and codes are returned as they are.
     */
    static List<ActorMention> struck(List<ActorMention> targets, String code, LocalDate date) {
        if (!CameoCode.isCameo(code) || code.compareTo("18") < 0 || code.compareTo("21") >= 0) {
            return targets;
        }
        return targets.stream().map(m -> m.kind() == MentionKind.CAPITAL ? asCountry(m, date) : m).toList();
    }

    static boolean materialConflict(String code) {
        return CameoCode.isCameo(code) && CameoCode.quadClassOf(code) == 4;
    }

    private static List<ActorMention> placesIn(SentenceGraph g, int phrase, LocalDate date) {
        List<Integer> words = new ArrayList<>(List.of(phrase));
        for (String rel : PLACE_OWNERS) {
            words.addAll(g.childrenExactly(phrase, rel));
        }
        Set<ActorMention> out = new LinkedHashSet<>();
        for (int w : words) {
            out.addAll(g.placesAt(w));
            for (ActorMention m : g.actorsAt(w)) {
                if (PLACE_KINDS.contains(m.kind())) {
                    out.add(asCountry(m, date));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A country, demonym or city mention as it is; a capital as its country. */
    private static ActorMention asCountry(ActorMention m, LocalDate date) {
        if (m.kind() != MentionKind.CAPITAL) {
            return m;
        }
        Actor government = m.roleOn(date).actor();
        ActorRole country = new ActorRole(Actor.of(government.country()), null, null, "country of " + m.text());
        return new ActorMention(m.sentence(), m.firstToken(), m.endToken(), m.headToken(), m.text(), m.span(),
                MentionKind.PLACE, List.of(country), "place:" + m.text());
    }
}
