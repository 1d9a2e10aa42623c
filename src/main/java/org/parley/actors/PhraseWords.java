package org.parley.actors;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * One sentence's words with their dictionary matches ({@link LexMatch}), and the word tests the phrase rules of
 * {@link SentencePass} share: word keys and possessives, runs of unknown names, words that describe an agent, agent
 * nouns conjoined, and the country a place word names where an actor phrase may start or end with it.
 */
final class PhraseWords {
    /** Words that may stand between a country and its agent noun, or before a title, without changing the actor. */
    static final Set<String> MODIFIERS = Set.of("first", "second", "vice", "deputy", "acting", "interim",
            "senior", "top", "sitting", "then", "outgoing", "incoming", "new", "caretaker", "current", "principal",
            "assistant", "late", "former", "special", "chief");
    static final Set<String> CONJUNCTIONS = Set.of("and", "or", "&", ",");

    private final Sentence s;
    private final LexMatch[] lex;
    private final int n;

    /** @param lex the dictionary match starting at each token of {@code s}, or null */
    PhraseWords(Sentence s, LexMatch[] lex) {
        this.s = Objects.requireNonNull(s, "s");
        this.lex = Objects.requireNonNull(lex, "lex");
        this.n = s.tokens().size();
    }

    Sentence sentence() {
        return s;
    }

    /** The dictionary match starting at each token, or null (the array the phrase rules read, not a copy). */
    LexMatch[] lex() {
        return lex;
    }

    /** The number of tokens. */
    int size() {
        return n;
    }

    /**
     * Agent nouns conjoined to the one ending at {@code end} ("media and government", "lawmakers and officials"),
     * added to {@code agents}; returns the end of the last. Only nouns that take no name.
     */
    int conjoinedAgents(int end, List<Agent> agents) {
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

    /**
     * The country a place after an agent's "of", "from" or "in" names (a capital, or a country name when
     * {@code byName}), or null.
     */
    Country agentPlace(int k, boolean byName) {
        if (k >= n || lex[k] == null) {
            return null;
        }
        Optional<Lexeme.Place> place = byName ? lex[k].place(Lexeme.PlaceForm.NAME, Lexeme.PlaceForm.CAPITAL)
                : lex[k].place(Lexeme.PlaceForm.CAPITAL);
        return place.isPresent() && !vetoed(lex[k], place.get()) ? place.get().country() : null;
    }

    /**
     * An adjective (or "and" and an adjective or participle) or a lower-case noun between a country and its
     * agent noun:
     * "Russia's long-serving foreign minister", "Ithilen's awful and evil minister", "India's agriculture
     * minister". Only where an agent noun follows the run; a noun at most twice ("India's rural development
     * minister"), and never a capitalized one ("Japan's Toyota chief executive" names a company's officer).
     */
    boolean describesAgent(int j) {
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
    boolean sameCountryName(int k, Country country) {
        if (k >= n || lex[k] == null) {
            return false;
        }
        Optional<Lexeme.Place> p = lex[k].place(Lexeme.PlaceForm.NAME);
        return p.isPresent() && p.get().country().code().equals(country.code())
                && !key(k).equals(key(k - 1));
    }

    /** The country of a name or nationality word at {@code k} that may start an actor phrase, or null. */
    Country actorPlace(int k) {
        if (k >= n || lex[k] == null) {
            return null;
        }
        Optional<Lexeme.Place> p = lex[k].place(Lexeme.PlaceForm.NAME, Lexeme.PlaceForm.ADJECTIVE);
        if (p.isEmpty() || vetoed(lex[k], p.get())) {
            return null;
        }
        return p.get().country();
    }

    /**
     * Whether a place reading of the words of {@code m} does not hold there ({@link NameContext}): a person's name,
     * part of a longer proper name, a place after a region word, or a subdivision.
     */
    boolean vetoed(LexMatch m, Lexeme.Place p) {
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
    int possessiveEnd(int j) {
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
    int nameRun(int k) {
        int j = k;
        while (j < n && j - k < 4 && lex[j] == null && s.token(j).pos().startsWith("NNP")
                && TokenKeys.isCapitalized(s.token(j).word()) && !TokenKeys.isPossessive(s.token(j))
                && ("O".equals(s.token(j).ner()) || "PERSON".equals(s.token(j).ner()))) {
            j++;
        }
        return j;
    }

    /** Whether one of the person's roles is of country {@code c}. */
    boolean hasRoot(Person p, Country c) {
        return p.actorRoles().stream().anyMatch(r -> r.actor().country().equals(c.code()));
    }

    /** The dictionary key of the word at {@code k} ({@link TokenKeys#key}). */
    String key(int k) {
        return TokenKeys.key(s.token(k).word());
    }

    /** Whether there is a token {@code k} and its key is {@code word}. */
    boolean is(int k, String word) {
        return k < n && key(k).equals(word);
    }
}
