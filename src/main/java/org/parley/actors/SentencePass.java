package org.parley.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.ActorMention;
import org.parley.model.Sentence;

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
 *
 * <p>Rules 3 to 11 are classes of their own, made for each sentence over its {@link PhraseWords}:
 * {@link CountryPhrases} (3a, 3), {@link TitlePhrases} (4), {@link OrganisationPhrases} (5), {@link PersonPhrases}
 * (6, 8), {@link PlacePhrases} (9), {@link ArticleCountryPhrases} (10) and {@link UnknownCountryPhrases} (11).
 */
final class SentencePass {
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
        private final CountryPhrases countryRule;
        private final TitlePhrases titleRule;
        private final OrganisationPhrases organisationRule;
        private final PersonPhrases personRule;
        private final PlacePhrases placeRule;
        /** Null without an article country. */
        private final ArticleCountryPhrases articleCountryRule;
        private final UnknownCountryPhrases unknownCountryRule;

        Walk(Sentence s, LexMatch[] lex) {
            this.s = s;
            this.lex = lex;
            this.n = s.tokens().size();
            PhraseWords words = new PhraseWords(s, lex);
            AgentMentions agentMentions = new AgentMentions(s);
            this.personRule = new PersonPhrases(words, coref, leaders);
            this.countryRule = new CountryPhrases(words, coref, personRule, agentMentions);
            this.titleRule = new TitlePhrases(words, coref, personRule, agentMentions);
            this.organisationRule = new OrganisationPhrases(words, personRule);
            this.placeRule = new PlacePhrases(words);
            this.articleCountryRule = articleCountry == null ? null : new ArticleCountryPhrases(words, articleCountry);
            this.unknownCountryRule = new UnknownCountryPhrases(words);
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
                f = countryRule.prefixAgentPhrase(i);
            }
            if (f == null) {
                f = countryRule.countryPhrase(i);
            }
            if (f == null) {
                f = titleRule.titlePhrase(i);
            }
            if (f == null) {
                f = organisationRule.organisationPhrase(i);
            }
            if (f == null) {
                f = personRule.personPhrase(i);
            }
            if (f == null) {
                f = coref.surname(s, i, lex);
            }
            if (f == null) {
                f = personRule.leaderInstitution(i);
            }
            if (f == null) {
                f = placeRule.placePhrase(i);
            }
            if (f == null && articleCountry != null) {
                f = articleCountryRule.articleCountryPhrase(i);
            }
            if (f == null && unknownCountryAgents) {
                f = unknownCountryRule.unknownCountryPhrase(i);
            }
            return f;
        }
    }
}
