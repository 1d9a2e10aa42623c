package org.parley.actors;

import static org.parley.actors.PhraseWords.CONJUNCTIONS;
import static org.parley.actors.PhraseWords.MODIFIERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;

/**
 * Phrase rule 4 of {@link SentencePass}: [former] [modifiers] title followed by a known person ("former President Moon
 * Jae-in"), by the surname of an earlier person ("President Lee"), or agent "of"/"from" a country or organisation or
 * "in" a capital ("officials in Beijing", "the secretariat of the UN").
 */
final class TitlePhrases {
    private final PhraseWords words;
    private final Sentence s;
    private final LexMatch[] lex;
    private final int n;
    private final Coreference coref;
    private final PersonPhrases persons;
    private final AgentMentions agentMentions;

    TitlePhrases(PhraseWords words, Coreference coref, PersonPhrases persons, AgentMentions agentMentions) {
        this.words = Objects.requireNonNull(words, "words");
        this.s = words.sentence();
        this.lex = words.lex();
        this.n = words.size();
        this.coref = Objects.requireNonNull(coref, "coref");
        this.persons = Objects.requireNonNull(persons, "persons");
        this.agentMentions = Objects.requireNonNull(agentMentions, "agentMentions");
    }

    /** The title phrase starting at token {@code i}, or null. */
    Found titlePhrase(int i) {
        int j = i;
        boolean former = false;
        while (j < n && lex[j] == null && (MODIFIERS.contains(words.key(j)) || words.describesAgent(j))) {
            former |= words.is(j, "former");
            j++;
        }
        Agent agent = j < n && lex[j] != null ? lex[j].agent().orElse(null) : null;
        if (agent == null) {
            return null;
        }
        int agentEnd = lex[j].end();
        if (agent.kind().takesName() && agentEnd < n) {
            if (lex[agentEnd] != null && lex[agentEnd].person().isPresent()) {
                return persons.personFound(i, lex[agentEnd].end(), lex[agentEnd].person().get());
            }
            Referent r = coref.surnameReferent(s, agentEnd, lex);
            if (r != null) {
                ActorMention m = Mentions.of(s, i, agentEnd + 1, MentionKind.COREFERENCE, r.roles(),
                        "coref:surname->" + r.rule());
                return Found.one(m, r);
            }
        }
        List<Agent> agents = new ArrayList<>(List.of(agent));
        int k = words.conjoinedAgents(agentEnd, agents);
        if (k + 1 < n && (words.is(k, "of") || words.is(k, "from") || words.is(k, "in"))) {
            k++;
            if (words.is(k, "the") && k + 1 < n) {
                k++;
            }
            // "in" a country says whose for most sectors ("police in Gondor"), but not for armed forces, which
            // serve abroad ("troops in Ukraine"); "in" a capital is its government ("officials in Beijing")
            boolean in = words.is(k - 1, "in") || words.is(k - 2, "in") && words.is(k - 1, "the");
            boolean byName = !in || agents.stream().noneMatch(a -> a.code().endsWith("MIL"));
            List<Country> places = new ArrayList<>();
            int end = k;
            Country place = words.agentPlace(k, byName);
            while (place != null) {
                places.add(place);
                end = lex[k].end();
                // "ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Fornost and Gondor"
                k = end;
                while (k < n && k - end < 2 && CONJUNCTIONS.contains(words.key(k))) {
                    k++;
                }
                place = k > end && words.is(k, "the") ? words.agentPlace(k + 1, byName) : k > end ? words.agentPlace(k, byName) : null;
                if (place != null && words.is(k, "the")) {
                    k++;
                }
            }
            if (!places.isEmpty()) {
                return agentMentions.everyPair(i, end, places, agents, former, s.textOf(j, end));
            }
            Organisation org = byName && k < n && lex[k] != null
                    && lex[k].place(Lexeme.PlaceForm.NAME, Lexeme.PlaceForm.CAPITAL).isEmpty()
                    ? lex[k].organisation().orElse(null) : null;
            if (org != null && !org.group() && agents.stream().noneMatch(a -> a.kind() == AgentKind.MEMBER)) {
                return organisationAgents(i, lex[k].end(), org, agents);
            }
        }
        return null;
    }

    /**
     * Agents of an organisation named after their "of", "from" or "in": "the secretariat of the UN", "rights
     * activists of Amnesty International" (a dictionary's title) are the organisation's branch
     * ({@link Agent#codeFor}); one mention per agent. The organisation's people ("officials of NATO", an agent of
     * kind {@link AgentKind#MEMBER}) are left to the organisation's own mention.
     */
    private Found organisationAgents(int first, int end, Organisation org, List<Agent> agents) {
        List<ActorMention> ms = new ArrayList<>();
        List<Referent> rs = new ArrayList<>();
        for (Agent a : agents) {
            List<ActorRole> roles = org.roles().stream().map(r -> new ActorRole(
                    Actor.asWritten(a.codeFor(r.actor().code())), r.from(), r.to(), r.note())).toList();
            ActorMention m = Mentions.of(s, first, end, a.kind() == AgentKind.BODY ? MentionKind.ORGANISATION
                    : MentionKind.GROUP, roles, "agent+org:" + a.code() + "+" + org.name());
            ms.add(m);
            rs.add(Referent.of(m));
        }
        return new Found(ms, rs, end);
    }
}
