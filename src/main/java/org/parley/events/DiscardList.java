package org.parley.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

/**
 * Phrases that mark a story or a sentence as one that reports no political event (sports results, natural
 * disasters, historical chronologies): PETRARCH's discard-list format, read from {@code discards.txt} files, and
 * Parley's own built-in list ({@code discards.txt} in this package).
 *
 * <p>Format: one phrase per line; {@code #} starts a comment. {@code +PHRASE} discards the whole story,
 * {@code PHRASE} the sentence. Matching ignores case and runs on the sentence text with a blank before it: the phrase
 * must start a word; it is a stem unless it ends with {@code _}, which makes it end a word too. Parley adds
 * {@code @PHRASE}: the sentence is discarded only when the phrase is the subject of a verb of its main clause ("An
 * earthquake struck Arnor", not "Arnor sent aid after an earthquake struck").
 *
 * @param entries the phrases, in file order
 */
public record DiscardList(List<Entry> entries) {
    static final String RESOURCE = "discards.txt";

    /** What a matching phrase discards. */
    public enum Scope { STORY, SENTENCE }

    /**
     * One phrase.
     *
     * @param words       its words, lower case
     * @param scope       story or sentence
     * @param wholeWord   the phrase must end a word ({@code PHRASE_}); else its last word is a stem
     * @param subjectOnly only as the subject of a main-clause verb ({@code @PHRASE})
     * @param where       {@code FILE:LINE}
     */
    public record Entry(List<String> words, Scope scope, boolean wholeWord, boolean subjectOnly, String where) {
        public Entry {
            words = List.copyOf(words);
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(where, "where");
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a discard phrase needs a word");
            }
            if (subjectOnly && scope == Scope.STORY) {
                throw new IllegalArgumentException("a story discard (+) cannot be subject-only (@)");
            }
        }

        /** The phrase as written in the text it is matched against: words joined by blanks. */
        public String phrase() {
            return String.join(" ", words);
        }
    }

    public DiscardList {
        entries = List.copyOf(entries);
    }

    public static DiscardList none() {
        return new DiscardList(List.of());
    }

    /** Parley's own list: sports results and tournaments, natural disasters as subjects. */
    public static DiscardList builtIn() {
        InputStream in = DiscardList.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("built-in discard list " + RESOURCE + " is missing from the classpath");
        }
        try (in) {
            return read(VerbDictionary.decode(in.readAllBytes()), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DiscardList read(Path file) throws IOException {
        return read(VerbDictionary.decode(Files.readAllBytes(file)), file.getFileName().toString());
    }

    /** Reads a discard list; a malformed line raises an error whose message starts with {@code name:line:}. */
    public static DiscardList read(String text, String name) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int k = 0; k < lines.length; k++) {
            String where = name + ":" + (k + 1);
            String line = lines[k];
            int hash = line.indexOf('#');
            String content = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (content.isEmpty()) {
                continue;
            }
            try {
                out.add(entry(content, where));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage() + " in '" + content + "'", e);
            }
        }
        return new DiscardList(out);
    }

    private static Entry entry(String content, String where) {
        if (content.indexOf('\t') >= 0) {
            throw new IllegalArgumentException("a tab inside a discard phrase (is this a discard list?)");
        }
        String s = content;
        Scope scope = Scope.SENTENCE;
        boolean subject = false;
        if (s.startsWith("+")) {
            scope = Scope.STORY;
            s = s.substring(1).strip();
        }
        if (s.startsWith("@")) {
            subject = true;
            s = s.substring(1).strip();
        }
        boolean whole = s.endsWith("_");
        if (whole) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a discard line without a phrase");
        }
        return new Entry(List.of(s.split("\\s+")), scope, whole, subject, where);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** This list followed by {@code other}'s entries. */
    public DiscardList plus(DiscardList other) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries());
        return new DiscardList(all);
    }

    /** The first story discard the sentence holds, if any. */
    public Optional<Entry> storyMatch(Sentence sentence) {
        return match(sentence, Scope.STORY);
    }

    /** The first sentence discard the sentence holds, if any. */
    public Optional<Entry> sentenceMatch(Sentence sentence) {
        return match(sentence, Scope.SENTENCE);
    }

    private Optional<Entry> match(Sentence sentence, Scope scope) {
        String text = " " + sentence.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (Entry e : entries) {
            if (e.scope() != scope) {
                continue;
            }
            if (e.subjectOnly() ? subjectMatch(sentence, e) : textMatch(text, e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static boolean textMatch(String text, Entry e) {
        String needle = " " + e.phrase();
        int from = 0;
        while (true) {
            int at = text.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            int end = at + needle.length();
            if (!e.wholeWord() || end == text.length() || !Character.isLetterOrDigit(text.charAt(end))) {
                return true;
            }
            from = at + 1;
        }
    }

    /** The phrase's words as consecutive tokens, one of them (or the noun they modify) subject of a main verb. */
    private static boolean subjectMatch(Sentence s, Entry e) {
        int n = s.tokens().size();
        List<String> words = e.words();
        for (int start = 0; start + words.size() <= n; start++) {
            boolean all = true;
            for (int k = 0; k < words.size() && all; k++) {
                String w = s.token(start + k).word().toLowerCase(Locale.ROOT);
                boolean last = k == words.size() - 1;
                all = last && !e.wholeWord() ? w.startsWith(words.get(k)) : w.equals(words.get(k));
            }
            if (!all) {
                continue;
            }
            for (int t = start; t < start + words.size(); t++) {
                if (subjectOfMainVerb(s, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean subjectOfMainVerb(Sentence s, int t) {
        int current = t;
        Optional<Dependency> head = s.headOf(current);
        if (head.isPresent() && List.of("compound", "amod", "nmod", "flat").contains(head.get().baseRelation())) {
            current = head.get().governor();
            head = s.headOf(current);
        }
        if (head.isEmpty() || !head.get().baseRelation().equals("nsubj")) {
            return false;
        }
        int verb = head.get().governor();
        Optional<Dependency> verbHead = s.headOf(verb);
        if (verbHead.isEmpty() || verbHead.get().governor() == Dependency.ROOT) {
            return true;
        }
        // a verb conjoined with the root: "An earthquake struck Arnor and damaged Gondor"
        if (verbHead.get().baseRelation().equals("conj")) {
            Optional<Dependency> up = s.headOf(verbHead.get().governor());
            return up.isEmpty() || up.get().governor() == Dependency.ROOT;
        }
        return false;
    }
}
