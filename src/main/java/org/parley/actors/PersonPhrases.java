package org.parley.actors;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.ActorMention;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Phrase rules 6 and 8 of {@link SentencePass}: a person of the dictionary, or with an institution noun after it
 * ("the Joe Biden administration", "Trump's government") that person's institution; and the surname of the one head of
 * state or government of the dictionary who has it, with an institution noun after it ("the Biden administration").
 */
final class PersonPhrases {
    private final PhraseWords words;
    private final Sentence s;
    private final LexMatch[] lex;
    private final int n;
    private final Coreference coref;
    private final LeaderIndex leaders;

    PersonPhrases(PhraseWords words, Coreference coref, LeaderIndex leaders) {
        this.words = Objects.requireNonNull(words, "words");
        this.s = words.sentence();
        this.lex = words.lex();
        this.n = words.size();
        this.coref = Objects.requireNonNull(coref, "coref");
        this.leaders = leaders;
    }

    // ---- rule 6: person ----

    /** The person phrase starting at token {@code i}, or null. */
    Found personPhrase(int i) {
        LexMatch m = lex[i];
        Person p = m == null ? null : m.person().orElse(null);
        return p == null ? null : personFound(i, m.end(), p);
    }

    /** The person {@code p} over tokens {@code first} to {@code end}, or the institution of the person after it. */
    Found personFound(int first, int end, Person p) {
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
        int possessive = words.possessiveEnd(j);
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

    /** A leader's surname with an institution noun after it, starting at token {@code i}, or null. */
    Found leaderInstitution(int i) {
        Token t = s.token(i);
        if (lex[i] != null || !t.pos().startsWith("NNP") || !TokenKeys.isCapitalized(t.word())) {
            return null;
        }
        int j = i + 1;
        int possessive = words.possessiveEnd(j);
        if (possessive >= 0) {
            j = possessive;
        }
        if (j >= n || lex[j] == null || lex[j].agent().isEmpty() || lex[j].agent().get().kind() != AgentKind.BODY) {
            return null;
        }
        Optional<Person> leader = leaders.unique(words.key(i));
        if (leader.isEmpty() || (i > 0 && s.token(i - 1).pos().startsWith("NNP") && lex[i - 1] == null)) {
            return null;
        }
        Agent agent = lex[j].agent().get();
        ActorMention m = Mentions.of(s, i, lex[j].end(), MentionKind.ORGANISATION,
                Coreference.withAgent(leader.get().actorRoles(), agent),
                "leader+agent:" + agent.code() + "->people:" + leader.get().name());
        return Found.one(m, Referent.of(m));
    }
}
