package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;

/**
 * Phrase rule 5 of {@link SentencePass}: an organisation, with an agent noun after it ("UN officials", "the UN Security
 * Council") and optionally a title and person; a group organisation is one mention per actor over the same words.
 */
final class OrganisationPhrases {
    private final Sentence s;
    private final LexMatch[] lex;
    private final int n;
    private final PersonPhrases persons;

    OrganisationPhrases(PhraseWords words, PersonPhrases persons) {
        this.s = words.sentence();
        this.lex = words.lex();
        this.n = words.size();
        this.persons = Objects.requireNonNull(persons, "persons");
    }

    /** The organisation phrase starting at token {@code i}, or null. */
    Found organisationPhrase(int i) {
        LexMatch m = lex[i];
        Organisation org = m == null ? null : m.organisation().orElse(null);
        if (org == null || NameContext.partOfProperName(s, m.first(), m.end())) {
            return null;
        }
        int end = m.end();
        List<ActorRole> roles = org.roles();
        if (end < n && lex[end] != null && lex[end].agent().isPresent()) {
            Agent agent = lex[end].agent().get();
            end = lex[end].end();
            if (agent.kind().takesName() && end < n && lex[end] != null && lex[end].person().isPresent()) {
                return persons.personFound(i, lex[end].end(), lex[end].person().get());
            }
            if (agent.kind() != AgentKind.MEMBER) {
                // "West German world government", "the UN Security Council": a body or office of the
                // organisation is its branch; its people ("NATO officials") are the organisation itself
                roles = roles.stream().map(r -> new ActorRole(Actor.asWritten(agent.codeFor(r.actor().code())),
                        r.from(), r.to(), r.note())).toList();
            }
        }
        if (org.group() && end == m.end()) {
            // "the Shire" coded [FRO/BIL/SAM]: one mention per actor over the same words
            List<ActorMention> ms = new ArrayList<>();
            List<Referent> rs = new ArrayList<>();
            for (ActorRole role : org.roles()) {
                ActorMention am = Mentions.of(s, i, end, MentionKind.ORGANISATION, role, "org:" + org.name());
                ms.add(am);
                rs.add(Referent.of(am));
            }
            return new Found(ms, rs, end);
        }
        ActorMention am = Mentions.of(s, i, end, MentionKind.ORGANISATION, roles, "org:" + org.name());
        return Found.one(am, Referent.of(am));
    }
}
