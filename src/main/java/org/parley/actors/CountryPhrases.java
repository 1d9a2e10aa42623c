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
 * Phrase rules 3a and 3 of {@link SentencePass}: a country with an agent. A prefix agent before a country name ("MSF
 * Belgium"); [former] country-or-nationality ['s] [modifiers] agent [name] ("South Korea's First Vice Foreign Minister
 * Park Yoon-joo", "Hungarian and Romanian officials"); and country 's person ("China's Xi Jinping").
 */
final class CountryPhrases {
    private final PhraseWords words;
    private final Sentence s;
    private final LexMatch[] lex;
    private final int n;
    private final Coreference coref;
    private final PersonPhrases persons;
    private final AgentMentions agentMentions;

    CountryPhrases(PhraseWords words, Coreference coref, PersonPhrases persons, AgentMentions agentMentions) {
        this.words = Objects.requireNonNull(words, "words");
        this.s = words.sentence();
        this.lex = words.lex();
        this.n = words.size();
        this.coref = Objects.requireNonNull(coref, "coref");
        this.persons = Objects.requireNonNull(persons, "persons");
        this.agentMentions = Objects.requireNonNull(agentMentions, "agentMentions");
    }

    // ---- rule 3a: prefix agent + country [agent]: "MSF Belgium", "an MSF Belgium doctor" ----

    /**
     * An agent whose code goes before the country's ({@code [NGO~]}) right before a country name, optionally
     * followed by an agent noun of that branch: "MSF Arnor" is {@code NGOARN}, "an MSF Arnor diplomat"
     * {@code NGOARNGOV}.
     */
    Found prefixAgentPhrase(int i) {
        Agent prefix = lex[i] != null ? lex[i].agent().orElse(null) : null;
        if (prefix == null || !prefix.prefix()) {
            return null;
        }
        int k = lex[i].end();
        Country country = k < n && lex[k] != null && lex[k].place(Lexeme.PlaceForm.NAME).isPresent()
                ? words.actorPlace(k) : null;
        if (country == null) {
            return null;
        }
        int end = lex[k].end();
        String code = prefix.codeFor(country.code());
        Agent branch = end < n && lex[end] != null ? lex[end].agent().orElse(null) : null;
        if (branch != null && !branch.prefix()) {
            code = code + branch.code();
            end = lex[end].end();
        }
        String text = s.textOf(i, end);
        ActorMention m = Mentions.of(s, i, end, MentionKind.ORGANISATION,
                new ActorRole(Actor.of(code), null, null, text), "prefix-agent+country:" + code + " (" + text + ")");
        return Found.one(m, Referent.of(m));
    }

    // ---- rule 3: [former] country ['s] [mods] agent [name] ----

    /** The country phrase starting at token {@code i}, or null. */
    Found countryPhrase(int i) {
        int j = i;
        boolean former = false;
        if (words.is(j, "former")) {
            former = true;
            j++;
        }
        int firstPlace = j;
        List<Country> countries = new ArrayList<>();
        Country c = words.actorPlace(j);
        if (c == null) {
            return null;
        }
        countries.add(c);
        j = lex[j].end();
        while (j + 1 < n && CONJUNCTIONS.contains(words.key(j))) {
            Country next = words.actorPlace(j + 1);
            if (next == null) {
                break;
            }
            countries.add(next);
            j = lex[j + 1].end();
        }
        int possessive = words.possessiveEnd(j);
        if (possessive >= 0) {
            j = possessive;
        }
        while (j < n && lex[j] == null && (MODIFIERS.contains(words.key(j)) || words.describesAgent(j))) {
            former |= words.is(j, "former");
            j++;
        }
        Agent agent = j < n && lex[j] != null ? lex[j].agent().orElse(null) : null;
        if (agent == null) {
            if (possessive >= 0 && countries.size() == 1) {
                return possessedPerson(i, j, countries.get(0));
            }
            return null;
        }
        int agentEnd = lex[j].end();
        List<Agent> agents = new ArrayList<>(List.of(agent));
        agentEnd = words.conjoinedAgents(agentEnd, agents);
        String title = s.textOf(firstPlace, agentEnd);
        if (countries.size() > 1 || agents.size() > 1) {
            return agentMentions.everyPair(i, agentEnd, countries, agents, former, title);
        }
        Country country = countries.get(0);
        if (agent.kind().takesName()) {
            Person person = agentEnd < n && lex[agentEnd] != null ? lex[agentEnd].person().orElse(null) : null;
            if (person != null && words.hasRoot(person, country)) {
                return persons.personFound(i, lex[agentEnd].end(), person);
            }
            int nameEnd = person != null ? lex[agentEnd].end() : words.nameRun(agentEnd);
            if (person == null && words.sameCountryName(agentEnd, country)) {
                // "Bree Prime Minister Romendacil", where a dictionary codes the name with the country alone
                nameEnd = lex[agentEnd].end();
            }
            if (nameEnd > agentEnd) {
                ActorMention m = agentMentions.agentMention(i, nameEnd, country, agent, former, title, true);
                String name = s.textOf(agentEnd, nameEnd);
                return Found.one(m, new Referent(m.rule(), m.roles(), Referent.surnameKeys(List.of(name)), true));
            }
        }
        ActorMention m = agentMentions.agentMention(i, agentEnd, country, agent, former, title, false);
        return Found.one(m, Referent.of(m));
    }

    /** "China's Xi Jinping", "S Korea's Lee": one mention for the possessor and the person. */
    private Found possessedPerson(int i, int j, Country country) {
        if (j >= n) {
            return null;
        }
        if (lex[j] != null) {
            Person p = lex[j].person().orElse(null);
            return p != null && words.hasRoot(p, country) ? persons.personFound(i, lex[j].end(), p) : null;
        }
        Referent r = coref.surnameReferent(s, j, lex);
        if (r == null || r.roles().stream().noneMatch(x -> x.actor().country().equals(country.code()))) {
            return null;
        }
        ActorMention m = Mentions.of(s, i, j + 1, MentionKind.COREFERENCE, r.roles(), "coref:surname->" + r.rule());
        return Found.one(m, r);
    }
}
