package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.Dependency;
import org.parley.model.EntityMention;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;

/**
 * "Niu Xiaoping, a specialist on the Korean Peninsula at the Shanghai Institutes for International Studies": a
 * sector noun of an expert ({@code EDU} in {@code agents.tsv}: specialist, scholar, researcher, analyst, ...) placed
 * at, with or from an institution whose name contains a place of a known country is that country's {@code EDU}
 * actor. The mention covers the person the noun stands in apposition to, if any, else the noun itself. Read from
 * the enhanced dependency graph ({@code nmod:at}, {@code nmod:with}, {@code nmod:from}, {@code nmod:of} from the
 * noun; {@code appos} to it). Without such an institution an expert is no actor: "analysts say" names nobody.
 */
final class InstitutionRule {
    private static final Set<String> LINKS = Set.of("at", "with", "from", "of");

    private InstitutionRule() {
    }

    /** The mentions the rule makes in a sentence, in token order. */
    static List<Found> find(Sentence s, LexMatch[] lex) {
        List<Found> out = new ArrayList<>();
        for (LexMatch m : lex) {
            if (m == null || m.agent().isEmpty() || !m.agent().get().code().equals("EDU")) {
                continue;
            }
            int noun = m.end() - 1;
            for (Dependency d : s.enhancedChildrenOf(noun)) {
                if (!d.baseRelation().equals("nmod") || !LINKS.contains(link(s, d))) {
                    continue;
                }
                int[] institution = institutionSpan(s, d.dependent());
                Optional<Country> country = countryIn(lex, institution[0], institution[1]);
                if (country.isEmpty()) {
                    continue;
                }
                out.add(mention(s, m, noun, country.get(), institution));
                break;
            }
        }
        return out;
    }

    private static String link(Sentence s, Dependency d) {
        if (!d.subtype().isEmpty()) {
            return d.subtype();
        }
        for (Dependency c : s.childrenOf(d.dependent())) {
            if (c.relation().equals("case")) {
                return TokenKeys.key(s.token(c.dependent()).word());
            }
        }
        return "";
    }

    private static Found mention(Sentence s, LexMatch m, int noun, Country country, int[] institution) {
        Actor actor = Actor.of(country.code() + "EDU");
        String rule = "institution:" + country.code() + "+EDU (" + s.textOf(m.first(), m.end()) + " at "
                + s.textOf(institution[0], institution[1]) + ")";
        for (Dependency d : s.enhancedHeadsOf(noun)) {
            if (d.relation().equals("appos") && d.governor() >= 0) {
                int[] person = nameSpan(s, d.governor());
                ActorMention am = Mentions.of(s, person[0], person[1], MentionKind.PERSON, ActorRole.always(actor), rule);
                List<String> keys = new ArrayList<>();
                for (int k = person[0]; k < person[1]; k++) {
                    keys.add(TokenKeys.key(s.token(k).word()));
                }
                return Found.one(am, new Referent(rule, am.roles(), keys, true));
            }
        }
        ActorMention am = Mentions.of(s, m.first(), m.end(), MentionKind.GROUP, ActorRole.always(actor), rule);
        return Found.one(am, Referent.of(am));
    }

    /** The named entity around a token, else the token with its compound and flat dependents. */
    private static int[] institutionSpan(Sentence s, int head) {
        for (EntityMention e : s.entities()) {
            if (e.firstToken() <= head && head < e.endToken()) {
                return new int[] {e.firstToken(), e.endToken()};
            }
        }
        return nameSpan(s, head);
    }

    private static int[] nameSpan(Sentence s, int head) {
        for (EntityMention e : s.entities()) {
            if (e.type().equals("PERSON") && e.firstToken() <= head && head < e.endToken()) {
                return new int[] {e.firstToken(), e.endToken()};
            }
        }
        int first = head;
        int end = head + 1;
        for (Dependency c : s.childrenOf(head)) {
            String r = c.baseRelation();
            if (r.equals("compound") || r.equals("flat")) {
                first = Math.min(first, c.dependent());
                end = Math.max(end, c.dependent() + 1);
            }
        }
        return new int[] {first, end};
    }

    private static Optional<Country> countryIn(LexMatch[] lex, int first, int end) {
        for (int k = first; k < end; k++) {
            LexMatch m = lex[k];
            if (m == null) {
                continue;
            }
            var place = m.place(Lexeme.PlaceForm.values());
            if (place.isPresent()) {
                return Optional.of(place.get().country());
            }
        }
        return Optional.empty();
    }
}
