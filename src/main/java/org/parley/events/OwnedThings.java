package org.parley.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.Dependency;
import org.parley.model.MentionKind;
import org.parley.model.Token;

/**
 * A target thing that a country owns through one of its sectors, so the event is on that sector. A country's
 * decisions, policies, restrictions, bans, plans and demands are its government's: "criticised the German decision"
 * and "raised concerns about Japan's new restrictions" are on {@code DEUGOV} and {@code JPNGOV}. Under an act of
 * material conflict (CAMEO 14-20) a country's positions, lines, trenches, bases and defences are its armed forces':
 * "launched an assault on Ukrainian positions" is on {@code UKRMIL}; outside an act of force "positions" are as
 * often stances ("the US and Chinese positions on trade"), so they stay with the country.
 *
 * <p>Only a bare country gains the sector: a country name or nationality adjective as the thing's possessor or
 * adjective ({@link MentionKind#COUNTRY}, {@link MentionKind#NATIONALITY}). Anything that names its sector already
 * ("Russia's defence ministry", a capital for its government) or is no country keeps its code.
 */
final class OwnedThings {
    /** Things only a government makes or holds. */
    private static final Set<String> GOVERNMENT_THINGS = Set.of("decision", "policy", "restriction", "ban",
            "proposal", "plan", "initiative", "move", "measure", "demand");
    /** Things of an army, under an act of force. */
    private static final Set<String> MILITARY_THINGS = Set.of("position", "line", "trench", "base", "outpost",
            "fortification", "defence", "defense", "garrison");
    private static final Set<MentionKind> COUNTRY_KINDS = Set.of(MentionKind.COUNTRY, MentionKind.NATIONALITY);
    private static final Set<String> OWNER_RELATIONS = Set.of("nmod:poss", "compound", "amod");

    private OwnedThings() {
    }

    /**
     * The owners of target thing {@code thing} of an event with code {@code code}, each bare country given the sector
     * the thing belongs to; the owners unchanged when the thing belongs to no sector.
     */
    static List<ActorMention> sector(List<ActorMention> owners, Token thing, String code) {
        String sector = sectorOf(thing, code);
        if (sector.isEmpty()) {
            return owners;
        }
        return owners.stream().map(m -> withSector(m, sector, thing)).toList();
    }

    /**
     * The actors {@code here} at target word {@code t} of an event with code {@code code}: as owners of {@code t}
     * ("the German decision" read at "decision"), or, when {@code t} is itself the owner word of a thing (a
     * {@code *T's NOUN} pattern read at "German"), as owners of that thing.
     */
    static List<ActorMention> sector(List<ActorMention> here, SentenceGraph g, int t, String code) {
        if (!sectorOf(g.token(t), code).isEmpty()) {
            return sector(here, g.token(t), code);
        }
        Dependency head = g.headEdge(t);
        if (head == null || !OWNER_RELATIONS.contains(head.relation()) || !g.token(head.governor()).isNoun()) {
            return here;
        }
        return sector(here, g.token(head.governor()), code);
    }

    /** The sector that owns a thing with this head word under an event of this code, or empty. */
    static String sectorOf(Token thing, String code) {
        String lemma = thing.lemma().toLowerCase(Locale.ROOT);
        if (GOVERNMENT_THINGS.contains(lemma)) {
            return "GOV";
        }
        if (MILITARY_THINGS.contains(lemma) && PlaceTargets.materialConflict(code)) {
            return "MIL";
        }
        return "";
    }

    private static ActorMention withSector(ActorMention m, String sector, Token thing) {
        if (!COUNTRY_KINDS.contains(m.kind())) {
            return m;
        }
        List<ActorRole> roles = m.roles().stream().map(r -> bare(r.actor())
                ? new ActorRole(Actor.of(r.actor().country() + sector), r.from(), r.to(),
                        r.note() + " (" + thing.word() + ")")
                : r).toList();
        if (roles.equals(m.roles())) {
            return m;
        }
        return new ActorMention(m.sentence(), m.firstToken(), m.endToken(), m.headToken(), m.text(), m.span(),
                m.kind(), roles, m.rule() + "+" + sector + " (owner of " + thing.word() + ")");
    }

    private static boolean bare(Actor a) {
        return a.sector().isEmpty() && !a.country().equals(Actor.UNKNOWN_COUNTRY) && a.code().length() == 3;
    }
}
