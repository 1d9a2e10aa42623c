package org.parley.actors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.ActorMention;
import org.parley.model.ActorRole;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The country an article is about, for the words that name a domestic sector without saying whose it is ("police
 * fired tear gas", "thousands of farmers", "the government was ready to talk") and the titled names that name none
 * ("Punjab Chief Minister Bhagwant Mann"). It is the one country the article names: every country name, nationality word, capital and city of the
 * dictionaries, and the country of every resolved actor, in the title and the body, must be the same country. An
 * article that names two countries, or none, has no article country, and such words stay no actor.
 *
 * <p>Only words whose sector is almost always domestic take it: police, armed forces, farmers, the opposition and
 * protesters, labour, rebels ({@link #SECTORS}; not weapons: "drones struck" in an article about Ukraine are
 * seldom Ukraine's), and the government itself ({@link #GOVERNMENT_TERMS}); never
 * officials, experts, media, businesses or civilians, who are as often foreign or neutral. A word with its own
 * qualifier before it takes nothing ({@link #bareAt}): a proper noun or capitalized adjective ("Kurdish fighters",
 * "Houthi rebels"), a possessive ("its troops"), a noun ("coalition forces") or a word of foreignness ("allied
 * troops", "foreign forces"). A title followed by a name the dictionaries do not know, with no country before it,
 * is an official of the article's country ({@code GOV} for an executive title: a state's chief minister or a
 * region's governor is coded as government, as in Phoenix).
 */
final class ArticleCountry {
    /** Agent codes whose members and bodies take the article's country. */
    static final Set<String> SECTORS = Set.of("COP", "MIL", "AGR", "OPP", "LAB", "REB");
    /** Weapons coded as armed forces: whose they are is never the article's country by default. */
    static final Set<String> WEAPON_TERMS = Set.of("drone", "missile", "warplane", "military aircraft", "aircraft",
            "fighter jet", "jet fighter", "bomber", "gunship", "helicopter gunship", "artillery", "tank");
    /** Government words that take the article's country (its officials, embassies or delegations do not). */
    static final Set<String> GOVERNMENT_TERMS = Set.of("government", "administration", "cabinet", "authorities",
            "regime");
    /** Adjectives that make a sector foreign or shared. */
    static final Set<String> FOREIGN_WORDS = Set.of("foreign", "allied", "international", "western", "enemy",
            "coalition", "multinational", "peacekeeping", "overseas", "invading", "occupying", "hostile", "rival",
            "opposing", "neighbouring", "neighboring", "external", "outside", "world", "global", "other");
    private ArticleCountry() {
    }

    /** The one country of {@code named} (see {@link #named}), or empty. */
    static Optional<Country> sole(Set<String> named, Map<String, Country> countries) {
        return named.size() == 1 ? Optional.ofNullable(countries.get(named.iterator().next())) : Optional.empty();
    }

    /**
     * The codes of the countries an article names: {@code places} holds each sentence's dictionary matches and
     * {@code mentions} the actors resolved without article context; {@code countries} maps codes to countries.
     */
    static Set<String> named(List<LexMatch[]> places, List<ActorMention> mentions, Map<String, Country> countries) {
        Set<String> named = new LinkedHashSet<>();
        for (LexMatch[] lex : places) {
            for (LexMatch m : lex) {
                if (m == null) {
                    continue;
                }
                for (Lexeme l : m.lexemes()) {
                    if (l instanceof Lexeme.Place p) {
                        named.add(p.country().code());
                    }
                }
            }
        }
        for (ActorMention m : mentions) {
            for (ActorRole r : m.roles()) {
                if (countries.containsKey(r.actor().country())) {
                    named.add(r.actor().country());
                }
            }
        }
        return named;
    }

    /** Whether an agent word standing alone may take the article's country. */
    static boolean takes(Agent agent) {
        if (agent.prefix()) {
            return false;
        }
        return switch (agent.kind()) {
            case MEMBER, BODY -> SECTORS.contains(agent.code()) && !WEAPON_TERMS.contains(agent.term())
                    || agent.code().equals("GOV") && GOVERNMENT_TERMS.contains(agent.term());
            case HEAD, TITLE -> false;
        };
    }

    /**
     * Whether the agent word at {@code i} has no qualifier of its own before it: the word before it is absent, a
     * determiner, number, preposition, verb, conjunction, punctuation or a lower-case adjective that is not a word
     * of foreignness.
     */
    static boolean bareAt(Sentence s, int i) {
        if (i == 0) {
            return true;
        }
        Token before = s.token(i - 1);
        String pos = before.pos();
        String key = TokenKeys.key(before.word());
        if (pos.startsWith("NN") || pos.equals("PRP$") || pos.equals("POS") || pos.equals("WP$")
                || TokenKeys.isPossessive(before) || FOREIGN_WORDS.contains(key)) {
            return false;
        }
        if (pos.startsWith("JJ")) {
            return !TokenKeys.isCapitalized(before.word()) || i - 1 == 0 && !"LOCATION".equals(before.ner())
                    && !"MISC".equals(before.ner());
        }
        return true;
    }
}
