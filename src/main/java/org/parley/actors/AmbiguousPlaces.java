package org.parley.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.Sentence;

/**
 * Place words that could name two countries and are therefore in no dictionary ("Korea", "Korean", "Congo"), read
 * as the one of the two that the article names unambiguously elsewhere, and as nothing when it names both or
 * neither. "Korea" is South Korea in an article that speaks of South Korea, Seoul or South Koreans and never of
 * North Korea, North Korea in one that speaks only of North Korea; news usage makes South Korea the usual
 * referent, but Parley takes it only from the article, never as a default. A resolved word is a dictionary place
 * of that form and meets the same context checks as any other ({@link NameContext}: "the Korean Peninsula" stays
 * a place).
 */
final class AmbiguousPlaces {
    /** One ambiguous word: its key, the form it has, and the codes of the countries it may name. */
    private record Word(String key, Lexeme.PlaceForm form, List<String> codes) {
    }

    private static final List<Word> WORDS = List.of(
            new Word("korea", Lexeme.PlaceForm.NAME, List.of("KOR", "PRK")),
            new Word("korean", Lexeme.PlaceForm.ADJECTIVE, List.of("KOR", "PRK")),
            new Word("koreans", Lexeme.PlaceForm.ADJECTIVE, List.of("KOR", "PRK")),
            new Word("congo", Lexeme.PlaceForm.NAME, List.of("COD", "COG")),
            new Word("congolese", Lexeme.PlaceForm.ADJECTIVE, List.of("COD", "COG")));

    static final AmbiguousPlaces NONE = new AmbiguousPlaces(Map.of());

    private final Map<String, Lexeme.Place> resolved;

    private AmbiguousPlaces(Map<String, Lexeme.Place> resolved) {
        this.resolved = Map.copyOf(resolved);
    }

    /** The readings an article supports: {@code named} are the country codes it names unambiguously. */
    static AmbiguousPlaces in(Set<String> named, Map<String, Country> countries) {
        Map<String, Lexeme.Place> out = new HashMap<>();
        for (Word w : WORDS) {
            List<String> present = new ArrayList<>();
            for (String code : w.codes()) {
                if (named.contains(code)) {
                    present.add(code);
                }
            }
            if (present.size() == 1 && countries.containsKey(present.get(0))) {
                out.put(w.key(), new Lexeme.Place(countries.get(present.get(0)), w.form()));
            }
        }
        return new AmbiguousPlaces(out);
    }

    boolean isEmpty() {
        return resolved.isEmpty();
    }

    /** Adds the resolved readings to a sentence's matches, on capitalized words no dictionary matched. */
    LexMatch[] fill(Sentence s, LexMatch[] lex) {
        if (resolved.isEmpty()) {
            return lex;
        }
        LexMatch[] out = lex.clone();
        for (int k = 0; k < out.length; k++) {
            String word = s.token(k).word();
            Lexeme.Place p = resolved.get(TokenKeys.key(word));
            if (p != null && covered(out, k) == null && TokenKeys.isCapitalized(word)) {
                out[k] = new LexMatch(k, k + 1, List.of(p));
            }
        }
        return out;
    }

    /** The match that covers token {@code k}, or null. */
    private static LexMatch covered(LexMatch[] lex, int k) {
        for (int j = k; j >= 0 && j >= k - 8; j--) {
            if (lex[j] != null && lex[j].end() > k) {
                return lex[j];
            }
        }
        return null;
    }
}
