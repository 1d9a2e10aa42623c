package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.ActorMention;
import org.parley.model.Location;
import org.parley.model.MentionKind;

/** Where an event happened: a place its head word or object is "in" or "at" that is not one of its participants. */
final class EventLocations {
    /** Prepositions of place, in the order tried: "in" first, so the answer does not depend on a set's order. */
    private static final List<String> LOCATION_PREPOSITIONS = List.of("in", "at");

    private EventLocations() {
    }

    /** A place the predicate or its object is "in" or "at", unless that place is one of the participants. */
    static Location of(SentenceGraph g, LocalDate articleDate, int head, Integer object, List<ActorMention[]> pairs) {
        List<Integer> places = new ArrayList<>();
        for (String prep : LOCATION_PREPOSITIONS) {
            places.addAll(g.childrenExactly(head, "obl:" + prep));
            places.addAll(g.childrenExactly(head, "nmod:" + prep));
            if (object != null) {
                places.addAll(g.childrenExactly(object, "nmod:" + prep));
            }
        }
        for (int t : places) {
            List<ActorMention> here = new ArrayList<>(g.actorsAt(t));
            here.addAll(g.placesAt(t));
            for (ActorMention m : here) {
                boolean participant = pairs.stream().anyMatch(pair -> pair[0] == m || pair[1] == m);
                if (!participant && (m.kind() == MentionKind.CAPITAL || m.kind() == MentionKind.COUNTRY
                        || m.kind() == MentionKind.PLACE)) {
                    return new Location(m.text(), m.roleOn(articleDate).actor().country(), m.span());
                }
            }
            if (g.token(t).ner().equals("LOCATION")) {
                return new Location(g.token(t).word(), "", g.token(t).span());
            }
        }
        return null;
    }
}
