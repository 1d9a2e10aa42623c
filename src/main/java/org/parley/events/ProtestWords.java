package org.parley.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that report a protest, each with its CAMEO code: verbs ("marched") and event nouns ("a strike"),
 * read from {@code protests.txt} (format in {@code docs/DICTIONARIES.md}, "Protest words").
 */
public final class ProtestWords {
    private static final String RESOURCE = "/org/parley/events/protests.txt";

    /**
     * One protest word.
     *
     * @param code     CAMEO code (14x)
     * @param word     verb lemma, or lower-case head noun
     * @param nominal  whether the word is a noun ("@strike")
     * @param modifier a word that must modify the noun ("hunger" strike), or empty
     * @param id       where it was defined, e.g. {@code protests.txt:12}
     */
    public record Entry(String code, String word, boolean nominal, String modifier, String id) {
        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(modifier, "modifier");
            Objects.requireNonNull(id, "id");
            if (!code.matches("14\\d{1,2}")) {
                throw new IllegalArgumentException("a protest word's code is a CAMEO 14x code, got '" + code + "'");
            }
            if (word.isBlank()) {
                throw new IllegalArgumentException("a protest entry needs its word");
            }
            if (!nominal && !modifier.isEmpty()) {
                throw new IllegalArgumentException("only a noun takes a modifier, got '" + modifier + " " + word + "'");
            }
        }
    }

    /** No protest words: the rule is off (a user's own verb dictionary without Parley's). */
    public static final ProtestWords NONE = new ProtestWords(List.of());

    private final List<Entry> entries;
    private final Set<String> words;

    private ProtestWords(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.words = entries.stream().map(Entry::word).collect(Collectors.toUnmodifiableSet());
    }

    public static ProtestWords of(List<Entry> entries) {
        return new ProtestWords(entries);
    }

    /** The list that ships with Parley. */
    public static ProtestWords builtIn() {
        InputStream in = ProtestWords.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("built-in protest words " + RESOURCE + " are missing from the classpath");
        }
        try (in) {
            return read(in, "protests.txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a list; a malformed line raises an error naming {@code name} and the line number. */
    public static ProtestWords read(InputStream in, String name) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            int hash = line.indexOf('#');
            String content = (hash < 0 ? line : line.substring(0, hash)).trim().toLowerCase(Locale.ROOT);
            if (content.isEmpty()) {
                continue;
            }
            String[] words = content.split("\\s+");
            String id = name + ":" + lineNo;
            try {
                if (words.length < 2 || words.length > 3 || words.length == 3 && !words[1].startsWith("@")) {
                    throw new IllegalArgumentException("expected CODE WORD or CODE @[MODIFIER] NOUN");
                }
                boolean nominal = words[1].startsWith("@");
                String first = nominal ? words[1].substring(1) : words[1];
                entries.add(words.length == 3 ? new Entry(words[0], words[2], true, first, id)
                        : new Entry(words[0], first, nominal, "", id));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(id + ": " + e.getMessage() + " in '" + content + "'", e);
            }
        }
        return new ProtestWords(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Whether some entry has this word (lemma, any case): a cheap test before {@link #find}. */
    public boolean has(String lemma) {
        return words.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * The entry for a word: a verb by its lemma, a noun by its lower-case lemma and the modifiers it has; an entry
     * with a modifier wins over the bare noun ("hunger strike" over "strike").
     */
    public Optional<Entry> find(String lemma, boolean noun, List<String> modifiers) {
        String w = lemma.toLowerCase(Locale.ROOT);
        Entry bare = null;
        for (Entry e : entries) {
            if (e.nominal() != noun || !e.word().equals(w)) {
                continue;
            }
            if (e.modifier().isEmpty()) {
                bare = bare == null ? e : bare;
            } else if (modifiers.contains(e.modifier())) {
                return Optional.of(e);
            }
        }
        return Optional.ofNullable(bare);
    }
}
