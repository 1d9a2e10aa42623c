package org.parley.actors;

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
 * Phrase rule 11 of {@link SentencePass}, only with the coding option for it ({@code --unknown-country-agents}): an
 * agent word no other rule gave a country, with its modifiers, is an actor of unknown country.
 */
final class UnknownCountryPhrases {
    private final PhraseWords words;
    private final Sentence s;
    private final LexMatch[] lex;
    private final int n;

    UnknownCountryPhrases(PhraseWords words) {
        this.words = Objects.requireNonNull(words, "words");
        this.s = words.sentence();
        this.lex = words.lex();
        this.n = words.size();
    }

    /**
     * [modifiers] agent [and agent]: "a senior official" is {@code ---GOV}, "clerics and lawmakers" one mention
     * per agent over the same words; the modifiers are those rule 3 allows between a country and its agent.
     */
    Found unknownCountryPhrase(int i) {
        int j = i;
        while (j < n && lex[j] == null && (MODIFIERS.contains(words.key(j)) || words.describesAgent(j))) {
            j++;
        }
        LexMatch m = j < n ? lex[j] : null;
        if (m == null || m.agent().isEmpty() || m.lexemes().size() != 1) {
            return null;
        }
        List<Agent> agents = new ArrayList<>(List.of(m.agent().get()));
        int end = words.conjoinedAgents(m.end(), agents);
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
}
