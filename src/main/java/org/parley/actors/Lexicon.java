package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * All dictionary word sequences in one token trie, built once from the dictionaries, and the left-to-right
 * longest-match scan of a sentence over it. A candidate match must be case-compatible with the dictionary's spelling
 * ({@link TokenKeys#caseCompatible}) and must not run through a possessive ("Korea's Lee" is never one name).
 * People's hyphenated names are also stored split and joined ("Moon Jae-in", "Moon Jae In", "Moon Jaein").
 */
public final class Lexicon {
    /** A trie value: what the words stand for and how the dictionary spells them. */
    record Entry(Lexeme lexeme, List<String> surface) {
        Entry {
            Objects.requireNonNull(lexeme, "lexeme");
            surface = List.copyOf(surface);
        }
    }

    private final TokenTrie<Entry> trie;

    public Lexicon(ActorDictionaries dictionaries) {
        TokenTrie.Builder<Entry> b = TokenTrie.builder();
        for (Country c : dictionaries.countries().all()) {
            add(b, c.names(), new Lexeme.Place(c, Lexeme.PlaceForm.NAME));
            add(b, c.adjectives(), new Lexeme.Place(c, Lexeme.PlaceForm.ADJECTIVE));
            add(b, c.capitals(), new Lexeme.Place(c, Lexeme.PlaceForm.CAPITAL));
            add(b, c.cities(), new Lexeme.Place(c, Lexeme.PlaceForm.CITY));
        }
        for (Organisation o : dictionaries.organisations().all()) {
            add(b, o.names(), new Lexeme.OrgName(o));
        }
        for (Person p : dictionaries.people().all()) {
            List<String> names = new ArrayList<>();
            for (String n : p.names()) {
                names.addAll(hyphenVariants(n));
            }
            add(b, names, new Lexeme.PersonName(p));
        }
        dictionaries.agents().forms().forEach((keys, agent) ->
                b.put(keys, new Entry(new Lexeme.AgentWord(agent), keys)));
        this.trie = b.build();
    }

    private static void add(TokenTrie.Builder<Entry> b, List<String> phrases, Lexeme lexeme) {
        for (String phrase : phrases) {
            List<String> surface = TokenKeys.tokens(phrase);
            b.put(surface.stream().map(TokenKeys::key).toList(), new Entry(lexeme, surface));
        }
    }

    /** The name itself, then with each hyphenated part split into words, then joined. */
    static List<String> hyphenVariants(String name) {
        List<String> out = new ArrayList<>();
        out.add(name);
        if (name.matches(".*\\p{L}-\\p{L}.*")) {
            out.add(name.replaceAll("(\\p{L})-(\\p{L})", "$1 $2"));
            out.add(name.replaceAll("(\\p{L})-(\\p{L})", "$1$2"));
        }
        return out;
    }

    /** Number of distinct word sequences stored. */
    public int size() {
        return trie.size();
    }

    /**
     * Dictionary words of a sentence, scanned left to right, longest match first: {@code result[i]} is the match
     * that starts at token {@code i}, or null.
     */
    public LexMatch[] match(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<String> keys = new ArrayList<>(tokens.size());
        boolean[] attachedPossessive = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String k = TokenKeys.key(tokens.get(i).word());
            if (k.length() > 2 && k.endsWith(TokenKeys.POSSESSIVE)) {
                attachedPossessive[i] = true;
                k = k.substring(0, k.length() - 2);
            }
            keys.add(k);
        }
        LexMatch[] out = new LexMatch[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            LexMatch found = null;
            for (TokenTrie.Match<Entry> m : trie.matchesAt(keys, i)) {
                if (runsThroughPossessive(attachedPossessive, m.start(), m.end())) {
                    continue;
                }
                List<Lexeme> lexemes = new ArrayList<>();
                for (Entry e : m.values()) {
                    if (caseCompatible(e.surface(), tokens, m.start()) && !lexemes.contains(e.lexeme())) {
                        lexemes.add(e.lexeme());
                    }
                }
                if (!lexemes.isEmpty()) {
                    found = new LexMatch(m.start(), m.end(), lexemes);
                    break;
                }
            }
            if (found == null) {
                i++;
            } else {
                out[i] = found;
                i = found.end();
            }
        }
        return out;
    }

    private static boolean runsThroughPossessive(boolean[] attached, int start, int end) {
        for (int i = start; i < end - 1; i++) {
            if (attached[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean caseCompatible(List<String> surface, List<Token> tokens, int start) {
        for (int j = 0; j < surface.size(); j++) {
            if (!TokenKeys.caseCompatible(surface.get(j), tokens.get(start + j).word())) {
                return false;
            }
        }
        return true;
    }
}
