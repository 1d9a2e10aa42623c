package org.parley.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.Dependency;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Reads one sentence left to right and turns dictionary words into actor mentions. At each token the phrase rules
 * are tried in this order, and the first that fits consumes its words:
 * <ol>
 *   <li>an expert at an institution of a known country ({@link InstitutionRule}, found beforehand);</li>
 *   <li>"the two sides", pronouns, "the country" and "the foreign ministry" ({@link Coreference});</li>
 *   <li>[former] country-or-nationality ['s] [modifiers] agent [name]: "South Korea's First Vice Foreign Minister
 *       Park Yoon-joo", "Chinese President Xi Jinping", "South Korean officials", "Hungarian and Romanian
 *       officials" (one mention per country over the same words), "former South Korean president" ({@code ELI});
 *       and country 's person: "China's Xi Jinping";</li>
 *   <li>[former] [modifiers] title followed by a known person ("former President Moon Jae-in"), by the surname of an
 *       earlier person ("President Lee"), or agent "of"/"from" a country or "in" a capital ("officials in
 *       Beijing");</li>
 *   <li>an organisation, with an agent noun after it ("UN officials") and optionally a title and person;</li>
 *   <li>a person of the dictionary;</li>
 *   <li>the surname of an earlier person, with an institution noun after it ("the Lee administration");</li>
 *   <li>the surname of the one head of state or government of the dictionary who has it, with an institution noun
 *       after it ("the Biden administration" in an article that never names Joe Biden in full);</li>
 *   <li>a country name, a capital, or a demonym used as a noun ("the Americans");</li>
 *   <li>in an article about one country ({@link ArticleCountry}): a domestic sector word with no country of its own
 *       ("police", "the farmers", "the government") or an executive title with an unknown name and no country
 *       ("Punjab Chief Minister Bhagwant Mann") is of that country, with {@code article-country} in its rule;</li>
 *   <li>only with the coding option for them ({@code --unknown-country-agents}): any other agent word, with its
 *       modifiers, is an actor of unknown country ({@code ---GOV} for "a senior official"; "clerics and lawmakers"
 *       is one mention per agent over the same words), with {@code unknown-country} in its rule.</li>
 * </ol>
 * A place word is no actor when {@link NameContext} says it is a person's name, part of a longer proper name or a
 * subdivision; any other agent word with no country is no actor ("analysts", "officials") unless the last rule is on.
 */
final class SentencePass {
    /** Words that may stand between a country and its agent noun, or before a title, without changing the actor. */
    private static final Set<String> MODIFIERS = Set.of("first", "second", "vice", "deputy", "acting", "interim",
            "senior", "top", "sitting", "then", "outgoing", "incoming", "new", "caretaker", "current", "principal",
            "assistant", "late", "former", "special", "chief");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "&", ",");
    /** Offices of the state whose former holders are elites ({@code ELI}): government, legislature, judiciary. */
    private static final Set<String> ELITE_WHEN_FORMER = Set.of("GOV", "LEG", "JUD");

    private final Lexicon lexicon;
    private final LeaderIndex leaders;
    private final Coreference coref;
    private final Country articleCountry;
    private final AmbiguousPlaces places;
    private final boolean unknownCountryAgents;

    /** A pass with no article context. */
    SentencePass(Lexicon lexicon, LeaderIndex leaders, Coreference coref) {
        this(lexicon, leaders, coref, null, AmbiguousPlaces.NONE);
    }

    /** A pass where an agent word no rule gives a country stays no actor. */
    SentencePass(Lexicon lexicon, LeaderIndex leaders, Coreference coref, Country articleCountry,
                 AmbiguousPlaces places) {
        this(lexicon, leaders, coref, articleCountry, places, false);
    }

    /**
     * A pass where bare domestic sector words take {@code articleCountry} (null: none) and ambiguous place words
     * have the readings of {@code places}; with {@code unknownCountryAgents}, an agent word no rule gives a country is
     * an actor of unknown country ({@code ---GOV}).
     */
    SentencePass(Lexicon lexicon, LeaderIndex leaders, Coreference coref, Country articleCountry,
                 AmbiguousPlaces places, boolean unknownCountryAgents) {
        this.unknownCountryAgents = unknownCountryAgents;
        this.lexicon = lexicon;
        this.leaders = leaders;
        this.coref = coref;
        this.articleCountry = articleCountry;
        this.places = java.util.Objects.requireNonNull(places, "places");
    }

    /** The mentions of one sentence, in token order; each is also remembered for coreference. */
    List<ActorMention> resolve(Sentence s) {
        Walk w = new Walk(s, places.fill(s, lexicon.match(s)));
        return w.run();
    }

    /** The state of reading one sentence. */
    private final class Walk {
        private final Sentence s;
        private final LexMatch[] lex;
        private final int n;

        Walk(Sentence s, LexMatch[] lex) {
            this.s = s;
            this.lex = lex;
            this.n = s.tokens().size();
        }

        List<ActorMention> run() {
            Map<Integer, Found> anchored = new HashMap<>();
            for (Found f : InstitutionRule.find(s, lex)) {
                anchored.putIfAbsent(f.first(), f);
            }
            List<ActorMention> out = new ArrayList<>();
            int i = 0;
            while (i < n) {
                Found f = anchored.get(i);
                if (f == null) {
                    f = phraseAt(i);
                }
                if (f == null) {
                    i++;
                    continue;
                }
                coref.remember(s, f);
                out.addAll(f.mentions());
                i = Math.max(i + 1, f.next());
            }
            return out;
        }

        private Found phraseAt(int i) {
            Found f = coref.pair(s, i, lex);
            if (f == null) {
                f = coref.pronoun(s, i);
            }
            if (f == null) {
                f = coref.country(s, i, lex);
            }
            if (f == null) {
                f = coref.institution(s, i, lex);
            }
            if (f == null) {
                f = coref.organisation(s, i, lex);
            }
            if (f == null) {
                f = coref.titled(s, i, lex);
            }
            if (f == null) {
                f = prefixAgentPhrase(i);
            }
            if (f == null) {
                f = countryPhrase(i);
            }
            if (f == null) {
                f = titlePhrase(i);
            }
            if (f == null) {
                f = organisationPhrase(i);
            }
            if (f == null) {
                f = personPhrase(i);
            }
            if (f == null) {
                f = coref.surname(s, i, lex);
            }
            if (f == null) {
                f = leaderInstitution(i);
            }
            if (f == null) {
                f = placePhrase(i);
            }
            if (f == null && articleCountry != null) {
                f = articleCountryPhrase(i);
            }
            if (f == null && unknownCountryAgents) {
                f = unknownCountryPhrase(i);
            }
            return f;
        }

        // ---- rule 11 (an option): an agent word no rule gave a country ----

        /**
         * [modifiers] agent [and agent]: "a senior official" is {@code ---GOV}, "clerics and lawmakers" one mention
         * per agent over the same words; the modifiers are those rule 3 allows between a country and its agent.
         */
        private Found unknownCountryPhrase(int i) {
            int j = i;
            while (j < n && lex[j] == null && (MODIFIERS.contains(key(j)) || describesAgent(j))) {
                j++;
            }
            LexMatch m = j < n ? lex[j] : null;
            if (m == null || m.agent().isEmpty() || m.lexemes().size() != 1) {
                return null;
            }
            List<Agent> agents = new ArrayList<>(List.of(m.agent().get()));
            int end = conjoinedAgents(m.end(), agents);
            String text = s.textOf(i, end);
            List<ActorMention> ms = new ArrayList<>();
            List<Referent> rs = new ArrayList<>();
            for (Agent a : agents) {
                MentionKind kind = a.kind() == AgentKind.BODY ? MentionKind.ORGANISATION : MentionKind.GROUP;
                ActorMention am = Mentions.of(s, i, end, kind,
                        new ActorRole(Actor.withoutCountry(a.code()), null, null, a.term() + " (country unknown)"),
                        "unknown-country:" + a.code() + " (" + text + ")");
                ms.add(am);
                rs.add(Referent.of(am));
            }
            return new Found(ms, rs, end);
        }

        // ---- rule 3a: prefix agent + country [agent]: "MSF Belgium", "an MSF Belgium doctor" ----

        /**
         * An agent whose code goes before the country's ({@code [NGO~]}) right before a country name, optionally
         * followed by an agent noun of that branch: "MSF Arnor" is {@code NGOARN}, "an MSF Arnor diplomat"
         * {@code NGOARNGOV}.
         */
        private Found prefixAgentPhrase(int i) {
            Agent prefix = lex[i] != null ? lex[i].agent().orElse(null) : null;
            if (prefix == null || !prefix.prefix()) {
                return null;
            }
            int k = lex[i].end();
            Country country = k < n && lex[k] != null && lex[k].place(Lexeme.PlaceForm.NAME).isPresent()
                    ? actorPlace(k) : null;
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

        private Found countryPhrase(int i) {
            int j = i;
            boolean former = false;
            if (is(j, "former")) {
                former = true;
                j++;
            }
            int firstPlace = j;
            List<Country> countries = new ArrayList<>();
            Country c = actorPlace(j);
            if (c == null) {
                return null;
            }
            countries.add(c);
            j = lex[j].end();
            while (j + 1 < n && CONJUNCTIONS.contains(key(j))) {
                Country next = actorPlace(j + 1);
                if (next == null) {
                    break;
                }
                countries.add(next);
                j = lex[j + 1].end();
            }
            int possessive = possessiveEnd(j);
            if (possessive >= 0) {
                j = possessive;
            }
            while (j < n && lex[j] == null && (MODIFIERS.contains(key(j)) || describesAgent(j))) {
                former |= is(j, "former");
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
            agentEnd = conjoinedAgents(agentEnd, agents);
            String title = s.textOf(firstPlace, agentEnd);
            if (countries.size() > 1 || agents.size() > 1) {
                return everyPair(i, agentEnd, countries, agents, former, title);
            }
            Country country = countries.get(0);
            if (agent.kind().takesName()) {
                Person person = agentEnd < n && lex[agentEnd] != null ? lex[agentEnd].person().orElse(null) : null;
                if (person != null && hasRoot(person, country)) {
                    return personFound(i, lex[agentEnd].end(), person);
                }
                int nameEnd = person != null ? lex[agentEnd].end() : nameRun(agentEnd);
                if (person == null && sameCountryName(agentEnd, country)) {
                    // "Bree Prime Minister Romendacil", where a dictionary codes the name with the country alone
                    nameEnd = lex[agentEnd].end();
                }
                if (nameEnd > agentEnd) {
                    ActorMention m = agentMention(i, nameEnd, country, agent, former, title, true);
                    String name = s.textOf(agentEnd, nameEnd);
                    return Found.one(m, new Referent(m.rule(), m.roles(), Referent.surnameKeys(List.of(name)), true));
                }
            }
            ActorMention m = agentMention(i, agentEnd, country, agent, former, title, false);
            return Found.one(m, Referent.of(m));
        }

        /** "China's Xi Jinping", "S Korea's Lee": one mention for the possessor and the person. */
        private Found possessedPerson(int i, int j, Country country) {
            if (j >= n) {
                return null;
            }
            if (lex[j] != null) {
                Person p = lex[j].person().orElse(null);
                return p != null && hasRoot(p, country) ? personFound(i, lex[j].end(), p) : null;
            }
            Referent r = coref.surnameReferent(s, j, lex);
            if (r == null || r.roles().stream().noneMatch(x -> x.actor().country().equals(country.code()))) {
                return null;
            }
            ActorMention m = Mentions.of(s, i, j + 1, MentionKind.COREFERENCE, r.roles(), "coref:surname->" + r.rule());
            return Found.one(m, r);
        }

        private ActorMention agentMention(int first, int end, Country country, Agent agent, boolean former,
                                          String title, boolean named) {
            boolean elite = former && !agent.prefix() && ELITE_WHEN_FORMER.contains(agent.code())
                    && agent.kind() != AgentKind.MEMBER && agent.kind() != AgentKind.BODY;
            String code = elite ? "ELI" : agent.code();
            Actor actor = Actor.of(elite ? country.code() + code : agent.codeFor(country.code()));
            String parts = agent.prefix() && !elite ? code + "+" + country.code() : country.code() + "+" + code;
            String rule = (elite ? "former+agent:" : "country+agent:") + parts + " ("
                    + (elite && !title.startsWith("former") ? "former " : "") + title + ")";
            MentionKind kind = named ? MentionKind.PERSON
                    : agent.kind() == AgentKind.BODY ? MentionKind.ORGANISATION : MentionKind.GROUP;
            return Mentions.of(s, first, end, kind,
                    new ActorRole(actor, null, null, country.name() + " " + agent.term()), rule);
        }

        // ---- rule 4: [former] [mods] title + person / surname / of-country ----

        private Found titlePhrase(int i) {
            int j = i;
            boolean former = false;
            while (j < n && lex[j] == null && (MODIFIERS.contains(key(j)) || describesAgent(j))) {
                former |= is(j, "former");
                j++;
            }
            Agent agent = j < n && lex[j] != null ? lex[j].agent().orElse(null) : null;
            if (agent == null) {
                return null;
            }
            int agentEnd = lex[j].end();
            if (agent.kind().takesName() && agentEnd < n) {
                if (lex[agentEnd] != null && lex[agentEnd].person().isPresent()) {
                    return personFound(i, lex[agentEnd].end(), lex[agentEnd].person().get());
                }
                Referent r = coref.surnameReferent(s, agentEnd, lex);
                if (r != null) {
                    ActorMention m = Mentions.of(s, i, agentEnd + 1, MentionKind.COREFERENCE, r.roles(),
                            "coref:surname->" + r.rule());
                    return Found.one(m, r);
                }
            }
            List<Agent> agents = new ArrayList<>(List.of(agent));
            int k = conjoinedAgents(agentEnd, agents);
            if (k + 1 < n && (is(k, "of") || is(k, "from") || is(k, "in"))) {
                k++;
                if (is(k, "the") && k + 1 < n) {
                    k++;
                }
                // "in" a country says whose for most sectors ("police in Gondor"), but not for armed forces, which
                // serve abroad ("troops in Ukraine"); "in" a capital is its government ("officials in Beijing")
                boolean in = is(k - 1, "in") || is(k - 2, "in") && is(k - 1, "the");
                boolean byName = !in || agents.stream().noneMatch(a -> a.code().endsWith("MIL"));
                List<Country> places = new ArrayList<>();
                int end = k;
                Country place = agentPlace(k, byName);
                while (place != null) {
                    places.add(place);
                    end = lex[k].end();
                    // "ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Fornost and Gondor"
                    k = end;
                    while (k < n && k - end < 2 && CONJUNCTIONS.contains(key(k))) {
                        k++;
                    }
                    place = k > end && is(k, "the") ? agentPlace(k + 1, byName) : k > end ? agentPlace(k, byName) : null;
                    if (place != null && is(k, "the")) {
                        k++;
                    }
                }
                if (!places.isEmpty()) {
                    return everyPair(i, end, places, agents, former, s.textOf(j, end));
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

        /**
         * Agent nouns conjoined to the one ending at {@code end} ("media and government", "lawmakers and officials"),
         * added to {@code agents}; returns the end of the last. Only nouns that take no name.
         */
        private int conjoinedAgents(int end, List<Agent> agents) {
            int k = end;
            while (k + 1 < n && CONJUNCTIONS.contains(key(k)) && lex[k + 1] != null && lex[k + 1].agent().isPresent()
                    && lex[k + 1].place(Lexeme.PlaceForm.NAME, Lexeme.PlaceForm.ADJECTIVE).isEmpty()) {
                Agent next = lex[k + 1].agent().get();
                if (!agents.contains(next)) {
                    agents.add(next);
                }
                k = lex[k + 1].end();
            }
            return agents.size() > 1 ? k : end;
        }

        /** One mention over the same words for every country and agent: "Danish media and government". */
        private Found everyPair(int first, int end, List<Country> countries, List<Agent> agents, boolean former,
                                String title) {
            List<ActorMention> ms = new ArrayList<>();
            List<Referent> rs = new ArrayList<>();
            for (Agent a : agents) {
                for (Country c : countries) {
                    ActorMention m = agentMention(first, end, c, a, former, title, false);
                    ms.add(m);
                    rs.add(Referent.of(m));
                }
            }
            return new Found(ms, rs, end);
        }

        /**
         * The country a place after an agent's "of", "from" or "in" names (a capital, or a country name when
         * {@code byName}), or null.
         */
        private Country agentPlace(int k, boolean byName) {
            if (k >= n || lex[k] == null) {
                return null;
            }
            Optional<Lexeme.Place> place = byName ? lex[k].place(Lexeme.PlaceForm.NAME, Lexeme.PlaceForm.CAPITAL)
                    : lex[k].place(Lexeme.PlaceForm.CAPITAL);
            return place.isPresent() && !vetoed(lex[k], place.get()) ? place.get().country() : null;
        }

        // ---- rule 5: organisation [agent [person]] ----

        private Found organisationPhrase(int i) {
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
                    return personFound(i, lex[end].end(), lex[end].person().get());
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

        // ---- rule 6: person ----

        private Found personPhrase(int i) {
            LexMatch m = lex[i];
            Person p = m == null ? null : m.person().orElse(null);
            return p == null ? null : personFound(i, m.end(), p);
        }

        private Found personFound(int first, int end, Person p) {
            String rule = "people:" + p.name();
            Referent person = new Referent(rule, p.actorRoles(), Referent.surnameKeys(p.names()), true);
            Found institution = institutionOf(first, end, person);
            if (institution != null) {
                return institution;
            }
            ActorMention m = Mentions.of(s, first, end, MentionKind.PERSON, p.actorRoles(), rule);
            return Found.one(m, person);
        }

        /**
         * "the Joe Biden administration", "Trump's government": a person followed, possibly after a possessive,
         * by an institution noun is that person's country with the noun's agent; null when no such noun follows.
         */
        private Found institutionOf(int first, int end, Referent person) {
            int j = end;
            int possessive = possessiveEnd(j);
            if (possessive >= 0) {
                j = possessive;
            }
            if (j >= n || lex[j] == null || lex[j].agent().isEmpty() || lex[j].agent().get().kind() != AgentKind.BODY) {
                return null;
            }
            coref.remember(s, Found.one(Mentions.of(s, first, end, MentionKind.PERSON, person.roles(), person.rule()),
                    person));
            ActorMention m = Mentions.of(s, first, lex[j].end(), MentionKind.ORGANISATION,
                    Coreference.withAgent(person.roles(), lex[j].agent().get()),
                    "person+agent:" + lex[j].agent().get().code() + "->" + person.rule());
            return Found.one(m, Referent.of(m));
        }

        // ---- rule 8: a leader's surname + institution noun ----

        private Found leaderInstitution(int i) {
            Token t = s.token(i);
            if (lex[i] != null || !t.pos().startsWith("NNP") || !TokenKeys.isCapitalized(t.word())) {
                return null;
            }
            int j = i + 1;
            int possessive = possessiveEnd(j);
            if (possessive >= 0) {
                j = possessive;
            }
            if (j >= n || lex[j] == null || lex[j].agent().isEmpty() || lex[j].agent().get().kind() != AgentKind.BODY) {
                return null;
            }
            Optional<Person> leader = leaders.unique(key(i));
            if (leader.isEmpty() || (i > 0 && s.token(i - 1).pos().startsWith("NNP") && lex[i - 1] == null)) {
                return null;
            }
            Agent agent = lex[j].agent().get();
            ActorMention m = Mentions.of(s, i, lex[j].end(), MentionKind.ORGANISATION,
                    Coreference.withAgent(leader.get().actorRoles(), agent),
                    "leader+agent:" + agent.code() + "->people:" + leader.get().name());
            return Found.one(m, Referent.of(m));
        }

        // ---- rule 9: country, capital, demonym ----

        private Found placePhrase(int i) {
            LexMatch m = lex[i];
            if (m == null) {
                return null;
            }
            Optional<Lexeme.Place> name = m.place(Lexeme.PlaceForm.NAME);
            if (name.isPresent() && !vetoed(m, name.get())) {
                Country c = name.get().country();
                ActorMention am = Mentions.of(s, i, m.end(), MentionKind.COUNTRY,
                        new ActorRole(Actor.of(c.code()), null, null, c.name()), "country:" + c.name());
                return Found.one(am, Referent.of(am));
            }
            Optional<Lexeme.Place> capital = m.place(Lexeme.PlaceForm.CAPITAL);
            if (capital.isPresent() && !vetoed(m, capital.get())) {
                Country c = capital.get().country();
                String text = s.textOf(m.first(), m.end());
                ActorMention am = Mentions.of(s, i, m.end(), MentionKind.CAPITAL,
                        new ActorRole(Actor.of(c.code() + "GOV"), null, null, "government of " + c.name() + " ("
                                + text + ")"), "capital:" + text);
                return Found.one(am, Referent.of(am));
            }
            Optional<Lexeme.Place> city = m.place(Lexeme.PlaceForm.CITY);
            if (city.isPresent() && !vetoed(m, city.get())) {
                Country c = city.get().country();
                String text = s.textOf(m.first(), m.end());
                ActorMention am = Mentions.of(s, i, m.end(), MentionKind.PLACE,
                        new ActorRole(Actor.of(c.code()), null, null, c.name() + " (" + text + ")"), "place:" + text);
                return Found.one(am, Referent.of(am));
            }
            Optional<Lexeme.Place> adjective = m.place(Lexeme.PlaceForm.ADJECTIVE);
            if (adjective.isPresent() && (isDemonym(m) || qualifiesThing(m)) && !vetoed(m, adjective.get())) {
                Country c = adjective.get().country();
                String text = s.textOf(m.first(), m.end());
                ActorMention am = Mentions.of(s, i, m.end(), MentionKind.NATIONALITY,
                        new ActorRole(Actor.of(c.code()), null, null, c.name()), "nationality:" + text);
                return Found.one(am, Referent.of(am));
            }
            return null;
        }

        // ---- rule 10: a bare sector word or titled unknown name in an article about one country ----

        private Found articleCountryPhrase(int i) {
            int j = i;
            while (j < n && lex[j] == null && MODIFIERS.contains(key(j))) {
                j++;
            }
            LexMatch m = j < n ? lex[j] : null;
            if (m == null || m.lexemes().size() != 1 || m.agent().isEmpty()) {
                return null;
            }
            Agent agent = m.agent().get();
            if (agent.kind().takesName() && agent.code().equals("GOV") && !agent.prefix()) {
                int nameEnd = nameRun(m.end());
                if (nameEnd <= m.end() || !startsUnqualifiedTitle(i)) {
                    return null;
                }
                ActorMention am = articleMention(i, nameEnd, agent, MentionKind.PERSON);
                String name = s.textOf(m.end(), nameEnd);
                return Found.one(am, new Referent(am.rule(), am.roles(), Referent.surnameKeys(List.of(name)), true));
            }
            if (j != i || !ArticleCountry.takes(agent) || !ArticleCountry.bareAt(s, i)) {
                return null;
            }
            MentionKind kind = agent.kind() == AgentKind.BODY ? MentionKind.ORGANISATION : MentionKind.GROUP;
            ActorMention am = articleMention(i, m.end(), agent, kind);
            return Found.one(am, Referent.of(am));
        }

        /**
         * Whether a title starting at {@code i} has no country of its own: what stands before it is no proper noun
         * the dictionaries know and no possessive; an unknown place ("Punjab Chief Minister") is a subdivision.
         */
        private boolean startsUnqualifiedTitle(int i) {
            if (i == 0) {
                return true;
            }
            Token before = s.token(i - 1);
            if (lex[i - 1] != null && lex[i - 1].end() == i || TokenKeys.isPossessive(before)
                    || before.pos().equals("PRP$") || ArticleCountry.FOREIGN_WORDS.contains(key(i - 1))) {
                return false;
            }
            return !before.pos().startsWith("NNP") || "LOCATION".equals(before.ner());
        }

        private ActorMention articleMention(int first, int end, Agent agent, MentionKind kind) {
            Country c = articleCountry;
            String text = s.textOf(first, end);
            return Mentions.of(s, first, end, kind,
                    new ActorRole(Actor.of(agent.codeFor(c.code())), null, null,
                            c.name() + " " + agent.term() + " (the article's only country)"),
                    "article-country:" + c.code() + "+" + agent.code() + " (" + text + ")");
        }

        /** A nationality word used as a noun: tagged as a noun and not followed by one ("the Americans said"). */
        /**
         * A nationality adjective that qualifies a common noun naming no actor: "Ukrainian positions", "Russian oil",
         * "Ukrainian-held cities". The adjective names the country the thing belongs to, so an event on the thing
         * is an event on the country ("imposed sanctions on Russian oil"). An adjective before an agent word is part
         * of a group or institution (rules 3 and 5 take it first); one before a proper noun belongs to a name
         * ("Chinese New Year").
         */
        private boolean qualifiesThing(LexMatch m) {
            int last = m.end() - 1;
            if (!s.token(last).pos().startsWith("JJ")) {
                return false;
            }
            Optional<Dependency> head = s.headOf(last);
            if (head.isEmpty() || !head.get().relation().equals("amod") || head.get().governor() <= last) {
                return false;
            }
            Token noun = s.token(head.get().governor());
            return noun.pos().equals("NN") || noun.pos().equals("NNS");
        }

        private boolean isDemonym(LexMatch m) {
            Token last = s.token(m.end() - 1);
            if (!last.pos().startsWith("NN")) {
                return false;
            }
            return m.end() >= n || !s.token(m.end()).pos().startsWith("NN") && !s.token(m.end()).pos().startsWith("JJ");
        }

        // ---- helpers ----

        /** The country of a name or nationality word at {@code k} that may start an actor phrase, or null. */
        /**
         * An adjective (or "and" and an adjective or participle) or a lower-case noun between a country and its
         * agent noun:
         * "Russia's long-serving foreign minister", "Ithilen's awful and evil minister", "India's agriculture
         * minister". Only where an agent noun follows the run; a noun at most twice ("India's rural development
         * minister"), and never a capitalized one ("Japan's Toyota chief executive" names a company's officer).
         */
        private boolean describesAgent(int j) {
            int k = j;
            int nouns = 0;
            while (k < n && lex[k] == null) {
                Token t = s.token(k);
                if (t.pos().startsWith("JJ") || t.pos().equals("VBN") && k > 0 && key(k - 1).equals("and")) {
                    k++;
                } else if (key(k).equals("and") && k + 1 < n && lex[k + 1] == null
                        && (s.token(k + 1).pos().startsWith("JJ") || s.token(k + 1).pos().equals("VBN"))) {
                    k += 2; // "Polish and allied aircraft": a participle after "and" is an adjective too
                } else if ((t.pos().equals("NN") || t.pos().equals("NNS")) && !TokenKeys.isCapitalized(t.word())
                        && nouns < 2) {
                    nouns++;
                    k++;
                } else {
                    break;
                }
            }
            return k > j && k < n && lex[k] != null && lex[k].agent().isPresent();
        }

        /** Whether the words at {@code k} are a name the dictionaries code as {@code country} itself. */
        private boolean sameCountryName(int k, Country country) {
            if (k >= n || lex[k] == null) {
                return false;
            }
            Optional<Lexeme.Place> p = lex[k].place(Lexeme.PlaceForm.NAME);
            return p.isPresent() && p.get().country().code().equals(country.code())
                    && !key(k).equals(key(k - 1));
        }

        private Country actorPlace(int k) {
            if (k >= n || lex[k] == null) {
                return null;
            }
            Optional<Lexeme.Place> p = lex[k].place(Lexeme.PlaceForm.NAME, Lexeme.PlaceForm.ADJECTIVE);
            if (p.isEmpty() || vetoed(lex[k], p.get())) {
                return null;
            }
            return p.get().country();
        }

        private boolean vetoed(LexMatch m, Lexeme.Place p) {
            if (NameContext.taggedPerson(s, m.first(), m.end())
                    || NameContext.partOfProperName(s, m.first(), m.end())) {
                return true;
            }
            if (p.form() != Lexeme.PlaceForm.ADJECTIVE && NameContext.regionPrefixed(s, m.first())) {
                return true;
            }
            return p.form() == Lexeme.PlaceForm.NAME && NameContext.subdivision(s, lex, m.first(), m.end(), p.country());
        }

        /** The token after a possessive ending at {@code j}, or -1. */
        private int possessiveEnd(int j) {
            if (j > 0 && TokenKeys.key(s.token(j - 1).word()).endsWith(TokenKeys.POSSESSIVE)
                    && s.token(j - 1).word().length() > 2) {
                return j;
            }
            if (j < n && TokenKeys.isPossessive(s.token(j))) {
                return j + 1;
            }
            return -1;
        }

        /**
         * End of a run of up to four capitalized proper nouns at {@code k} that no dictionary knows and the NLP stage
         * did not tag as a date, place or organisation ("Tuesday" after "President" is no name).
         */
        private int nameRun(int k) {
            int j = k;
            while (j < n && j - k < 4 && lex[j] == null && s.token(j).pos().startsWith("NNP")
                    && TokenKeys.isCapitalized(s.token(j).word()) && !TokenKeys.isPossessive(s.token(j))
                    && ("O".equals(s.token(j).ner()) || "PERSON".equals(s.token(j).ner()))) {
                j++;
            }
            return j;
        }

        private boolean hasRoot(Person p, Country c) {
            return p.actorRoles().stream().anyMatch(r -> r.actor().country().equals(c.code()));
        }

        private String key(int k) {
            return TokenKeys.key(s.token(k).word());
        }

        private boolean is(int k, String word) {
            return k < n && key(k).equals(word);
        }
    }
}
