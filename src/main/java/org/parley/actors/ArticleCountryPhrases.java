package org.parley.actors;

import static org.parley.actors.PhraseWords.MODIFIERS;

import java.util.List;
import java.util.Objects;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Phrase rule 10 of {@link SentencePass}, in an article about one country ({@link ArticleCountry}): a domestic sector
 * word with no country of its own ("police", "the farmers", "the government") or an executive title with an unknown
 * name and no country ("Punjab Chief Minister Bhagwant Mann") is of that country.
 */
final class ArticleCountryPhrases {
    private final PhraseWords words;
    private final Sentence s;
    private final LexMatch[] lex;
    private final int n;
    private final Country articleCountry;

    ArticleCountryPhrases(PhraseWords words, Country articleCountry) {
        this.words = Objects.requireNonNull(words, "words");
        this.s = words.sentence();
        this.lex = words.lex();
        this.n = words.size();
        this.articleCountry = Objects.requireNonNull(articleCountry, "articleCountry");
    }

    /** The article-country phrase starting at token {@code i}, or null. */
    Found articleCountryPhrase(int i) {
        int j = i;
        while (j < n && lex[j] == null && MODIFIERS.contains(words.key(j))) {
            j++;
        }
        LexMatch m = j < n ? lex[j] : null;
        if (m == null || m.lexemes().size() != 1 || m.agent().isEmpty()) {
            return null;
        }
        Agent agent = m.agent().get();
        if (agent.kind().takesName() && agent.code().equals("GOV") && !agent.prefix()) {
            int nameEnd = words.nameRun(m.end());
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
                || before.pos().equals("PRP$") || ArticleCountry.FOREIGN_WORDS.contains(words.key(i - 1))) {
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
}
