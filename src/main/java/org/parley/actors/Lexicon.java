package org.parley.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * All dictionary word sequences in one token trie, built once from the dictionaries, and the left-to-right
 * longest-match scan of a sentence over it. A candidate match must be case-compatible with the dictionary's spelling
 * ({@link TokenKeys#caseCompatible}) and must not run through a possessive ("Korea's Lee" is never one name).
 * People's hyphenated names are also stored split and joined ("Moon Jae-in", "Moon Jae In", "Moon Jaein"). With
 * several layers of dictionaries, a word sequence means what the first layer that defines it says. A layer's stems
 * ({@link ActorDictionaries#withStems}, from TABARI files) match every word that starts with them; its gapped
 * phrases ({@link ActorDictionaries#withGaps}, also from TABARI files) let a few other words stand where a blank
 * joined two of their words. A layer read in any case ({@link ActorDictionaries#withAnyCase}, a peer dictionary on
 * request) matches its phrases whatever their case in the text.
 */
public final class Lexicon {
    /** A trie value: what the words stand for and how the dictionary spells them. */
    record Entry(Lexeme lexeme, List<String> surface) {
        Entry {
            Objects.requireNonNull(lexeme, "lexeme");
            surface = List.copyOf(surface);
        }
    }

    /** A phrase's words written as one hyphenated word, a stem when the phrase is one. */
    private record Joined(Entry entry, boolean stem) {
        Joined {
            Objects.requireNonNull(entry, "entry");
        }
    }

    private final TokenTrie<Entry> trie;
    private final List<Person> people;

    /**
     * Builds the trie over every layer of the dictionaries. A word sequence that a layer defines is skipped in every
     * later layer, whatever it means there, so the earlier layer's meanings are the only ones.
     */
    public Lexicon(ActorDictionaries dictionaries) {
        TokenTrie.Builder<Entry> b = TokenTrie.builder();
        Set<List<String>> above = new HashSet<>();
        List<Person> effective = new ArrayList<>();
        for (ActorDictionaries layer : dictionaries.layers()) {
            Set<List<String>> here = new HashSet<>();
            Map<List<String>, Joined> hyphenated = new LinkedHashMap<>();
            for (Country c : layer.countries().all()) {
                add(b, c.names(), new Lexeme.Place(c, Lexeme.PlaceForm.NAME), above, here, layer, hyphenated);
                add(b, c.adjectives(), new Lexeme.Place(c, Lexeme.PlaceForm.ADJECTIVE), above, here, layer, hyphenated);
                add(b, c.capitals(), new Lexeme.Place(c, Lexeme.PlaceForm.CAPITAL), above, here, layer, hyphenated);
                add(b, c.cities(), new Lexeme.Place(c, Lexeme.PlaceForm.CITY), above, here, layer, hyphenated);
            }
            for (Organisation o : layer.organisations().all()) {
                add(b, o.names(), new Lexeme.OrgName(o), above, here, layer, hyphenated);
            }
            for (Person p : layer.people().all()) {
                Person visible = visible(p, above);
                if (visible == null) {
                    continue;
                }
                effective.add(visible);
                List<String> names = new ArrayList<>();
                for (String n : visible.names()) {
                    names.addAll(hyphenVariants(n));
                }
                add(b, names, new Lexeme.PersonName(visible), above, here, layer, hyphenated);
            }
            hyphenated.forEach((keys, joined) -> {
                if (!above.contains(keys) && !here.contains(keys)) {
                    if (joined.stem()) {
                        b.putStem(keys, joined.entry());
                    } else {
                        b.put(keys, joined.entry());
                    }
                    here.add(keys);
                }
            });
            layer.agents().forms().forEach((keys, agent) -> {
                if (!above.contains(keys)) {
                    b.put(keys, new Entry(new Lexeme.AgentWord(agent), keys));
                    here.add(keys);
                }
            });
            above.addAll(here);
        }
        this.trie = b.build();
        this.people = List.copyOf(effective);
    }

    private static void add(TokenTrie.Builder<Entry> b, List<String> phrases, Lexeme lexeme,
                            Set<List<String>> above, Set<List<String>> here, ActorDictionaries layer,
                            Map<List<String>, Joined> hyphenated) {
        for (String phrase : phrases) {
            // a lower-case word matches in any case: a layer read in any case spells every word so
            List<String> surface = TokenKeys.tokens(layer.anyCase() ? phrase.toLowerCase(java.util.Locale.ROOT) : phrase);
            List<String> keys = surface.stream().map(TokenKeys::key).toList();
            if (keys.isEmpty() || above.contains(keys)) {
                continue;
            }
            List<String> trieKeys = withGaps(keys, layer.gaps().getOrDefault(keys, List.of()));
            if (layer.stems().contains(keys)) {
                b.putStem(trieKeys, new Entry(lexeme, surface));
            } else {
                b.put(trieKeys, new Entry(lexeme, surface));
            }
            boolean stem = layer.stems().contains(keys);
            hyphenJoined(surface).ifPresent(joined -> hyphenated.putIfAbsent(
                    List.of(TokenKeys.key(joined)), new Joined(new Entry(lexeme, List.of(joined)), stem)));
            here.add(keys);
        }
    }

    /** {@code keys} with a {@link TokenTrie#GAP} before each word index of {@code gaps}. */
    private static List<String> withGaps(List<String> keys, List<Integer> gaps) {
        if (gaps.isEmpty()) {
            return keys;
        }
        List<String> out = new ArrayList<>(keys.size() + gaps.size());
        for (int i = 0; i < keys.size(); i++) {
            if (gaps.contains(i)) {
                out.add(TokenTrie.GAP);
            }
            out.add(keys.get(i));
        }
        return out;
    }

    /**
     * The person with only the names no earlier layer defines (the first remaining name becomes the name), or null
     * when every name is taken.
     */
    private static Person visible(Person p, Set<List<String>> above) {
        if (above.isEmpty()) {
            return p;
        }
        List<String> kept = new ArrayList<>();
        for (String n : p.names()) {
            if (!above.contains(TokenKeys.keys(n))) {
                kept.add(n);
            }
        }
        if (kept.size() == p.names().size()) {
            return p;
        }
        return kept.isEmpty() ? null : new Person(kept.get(0), kept.subList(1, kept.size()), p.roles());
    }

    /** The people whose names the trie holds, each with the names it holds for them, in layer order. */
    List<Person> people() {
        return people;
    }

    /**
     * A name of two or three words written as one hyphenated word ("AL QAEDA" as "Al-Qaeda"): the tokeniser keeps
     * such a word whole, so the words alone never meet it. Stored after the layer's own phrases, and only where the
     * layer does not define that word itself.
     */
    static Optional<String> hyphenJoined(List<String> surface) {
        if (surface.size() < 2 || surface.size() > 3 || !surface.stream().allMatch(w -> w.matches("\\p{L}+"))) {
            return Optional.empty();
        }
        return Optional.of(String.join("-", surface));
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
                    if (caseCompatible(e.surface(), tokens, m) && !lexemes.contains(e.lexeme())) {
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

    /**
     * Whether each word of the match, past the words a gap passed over, fits the case of its dictionary word. A word
     * right after words a gap passed over may be in any case: words between make the phrase a description rather than
     * one name ("Harad state-run television" for {@code HARAD TELEVISION}), and news writes its nouns in lower case.
     */
    private static boolean caseCompatible(List<String> surface, List<Token> tokens, TokenTrie.Match<Entry> m) {
        int j = 0;
        for (int t = m.start(); t < m.end() && j < surface.size(); t++) {
            if (m.skipped().contains(t)) {
                continue;
            }
            boolean afterSkipped = t > m.start() && m.skipped().contains(t - 1);
            if (!TokenKeys.caseCompatible(surface.get(j++), tokens.get(t).word()) && !afterSkipped) {
                return false;
            }
        }
        return true;
    }
}
