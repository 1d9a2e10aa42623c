package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;

/**
 * Mentions of a country's agent ("South Korean officials", "Chinese President Xi Jinping"): the actor code of country
 * and agent, a former office holder of the state as an elite ({@code ELI}), and one mention per country and agent over
 * the same words when several are conjoined.
 */
final class AgentMentions {
    /** Offices of the state whose former holders are elites ({@code ELI}): government, legislature, judiciary. */
    private static final Set<String> ELITE_WHEN_FORMER = Set.of("GOV", "LEG", "JUD");

    private final Sentence s;

    AgentMentions(Sentence s) {
        this.s = Objects.requireNonNull(s, "s");
    }

    ActorMention agentMention(int first, int end, Country country, Agent agent, boolean former,
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

    /** One mention over the same words for every country and agent: "Danish media and government". */
    Found everyPair(int first, int end, List<Country> countries, List<Agent> agents, boolean former,
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
}
