package org.parley.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parley's event pattern dictionary: verb and noun patterns indexed by head word. Format: one pattern per line,
 * {@code CODE PATTERN [| FLAG ...]}; see {@code docs/DICTIONARIES.md}.
 */
public final class PatternDictionary {
    static final String RESOURCE = "patterns.txt";

    /** Words that introduce a prepositional target. */
    static final Set<String> PREPOSITIONS = Set.of("to", "with", "on", "against", "for", "from", "in", "into", "at",
            "by", "of", "over", "toward", "towards", "upon", "about", "between", "among", "across", "onto", "through", "near");
    /** Phrasal-verb particles. */
    static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "back", "away", "over", "in", "on");

    private final Map<String, List<EventPattern>> verbs;
    private final Map<String, List<EventPattern>> nouns;
    /** Patterns whose head or a form of it is a stem ({@code accus*}), by stem without the {@code *}. */
    private final Map<String, List<EventPattern>> verbStems;
    private final Map<String, List<EventPattern>> nounStems;
    private final List<EventPattern> all;

    private PatternDictionary(List<EventPattern> patterns) {
        Map<String, List<EventPattern>> v = new HashMap<>();
        Map<String, List<EventPattern>> n = new HashMap<>();
        Map<String, List<EventPattern>> vs = new HashMap<>();
        Map<String, List<EventPattern>> ns = new HashMap<>();
        for (EventPattern p : patterns) {
            Set<String> keys = new java.util.LinkedHashSet<>();
            keys.add(p.head());
            keys.addAll(p.context().forms());
            for (String key : keys) {
                boolean stem = key.endsWith("*");
                Map<String, List<EventPattern>> index = p.nominal() ? (stem ? ns : n) : (stem ? vs : v);
                index.computeIfAbsent(stem ? key.substring(0, key.length() - 1) : key, k -> new ArrayList<>()).add(p);
            }
        }
        for (Map<String, List<EventPattern>> index : List.of(v, n, vs, ns)) {
            index.replaceAll((k, list) -> sorted(list));
        }
        this.verbs = Collections.unmodifiableMap(v);
        this.nouns = Collections.unmodifiableMap(n);
        this.verbStems = Collections.unmodifiableMap(vs);
        this.nounStems = Collections.unmodifiableMap(ns);
        this.all = List.copyOf(patterns);
    }

    private static List<EventPattern> sorted(List<EventPattern> list) {
        List<EventPattern> copy = new ArrayList<>(list);
        copy.sort((a, b) -> Integer.compare(b.specificity(), a.specificity()));
        return List.copyOf(copy);
    }

    public static PatternDictionary of(List<EventPattern> patterns) {
        return new PatternDictionary(List.copyOf(patterns));
    }

    /** The dictionary that ships with Parley. */
    public static PatternDictionary builtIn() {
        InputStream in = PatternDictionary.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("built-in pattern dictionary " + RESOURCE + " is missing from the classpath");
        }
        try (in) {
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a dictionary; a malformed line raises an error naming {@code name} and the line number. */
    public static PatternDictionary read(InputStream in, String name) throws IOException {
        List<EventPattern> patterns = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String content = stripComment(line).trim();
            if (content.isEmpty()) {
                continue;
            }
            try {
                patterns.add(parse(content, name + ":" + lineNo));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": " + e.getMessage() + " in '" + content + "'", e);
            }
        }
        return new PatternDictionary(patterns);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** Parses one pattern line (without comment), e.g. {@code 046 hold talks with *T}. */
    static EventPattern parse(String content, String id) {
        String flagsPart = "";
        int bar = content.indexOf('|');
        if (bar >= 0) {
            flagsPart = content.substring(bar + 1).trim();
            content = content.substring(0, bar).trim();
        }
        String[] words = content.toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length < 2) {
            throw new IllegalArgumentException("expected a CAMEO code and a pattern");
        }
        String code = words[0];
        String head = words[1];
        boolean nominal = head.startsWith("@");
        if (nominal) {
            head = head.substring(1);
        }
        if (head.isEmpty() || head.startsWith("*")) {
            throw new IllegalArgumentException("the pattern must start with its head word");
        }
        String particle = "";
        String complement = "";
        String objectPreposition = "";
        String preposition = "";
        List<String> objectWords = new ArrayList<>();
        EventPattern.TargetSlot slot = null;
        for (int i = 2; i < words.length; i++) {
            String w = words[i];
            String next = i + 1 < words.length ? words[i + 1] : "";
            if (slot != null && slot != EventPattern.TargetSlot.POSSESSOR) {
                throw new IllegalArgumentException("nothing may follow the target slot");
            }
            if (w.equals("*t")) {
                if (!preposition.isEmpty()) {
                    slot = EventPattern.TargetSlot.PREPOSITION;
                } else if (objectWords.isEmpty() && !nominal) {
                    slot = EventPattern.TargetSlot.OBJECT;
                } else {
                    throw new IllegalArgumentException("*T after an object noun needs a preposition before it");
                }
            } else if (w.equals("*t's") || w.equals("*t’s")) {
                if (slot != null || next.isEmpty() || next.startsWith("*")) {
                    throw new IllegalArgumentException("*T's must be followed by the possessed noun");
                }
                slot = EventPattern.TargetSlot.POSSESSOR;
            } else if (w.startsWith("*")) {
                throw new IllegalArgumentException("unknown slot '" + w + "' (only *T and *T's)");
            } else if (w.equals("to") && !nominal && complement.isEmpty() && objectWords.isEmpty()
                    && !next.isEmpty() && !next.startsWith("*")) {
                complement = next;
                i++;
            } else if (PREPOSITIONS.contains(w) && next.equals("*t")) {
                preposition = w;
            } else if (PREPOSITIONS.contains(w) && objectWords.isEmpty() && objectPreposition.isEmpty()
                    && !next.isEmpty() && !next.startsWith("*") && !(i == 2 && PARTICLES.contains(w) && !nominal
                    && i + 2 < words.length && words[i + 2].equals("*t"))) {
                objectPreposition = w;
            } else if (i == 2 && !nominal && PARTICLES.contains(w)) {
                particle = w;
            } else if (!preposition.isEmpty()) {
                throw new IllegalArgumentException("unexpected word '" + w + "' after the preposition");
            } else {
                objectWords.add(w);
            }
        }
        String object = objectWords.isEmpty() ? "" : objectWords.get(objectWords.size() - 1);
        List<String> modifiers = objectWords.isEmpty() ? List.of() : objectWords.subList(0, objectWords.size() - 1);
        boolean symmetric = false;
        for (String flag : flagsPart.isEmpty() ? new String[0] : flagsPart.split("\\s+")) {
            if (flag.equals("sym")) {
                symmetric = true;
            } else {
                throw new IllegalArgumentException("unknown flag '" + flag + "' (known: sym)");
            }
        }
        if (slot == null) {
            slot = EventPattern.TargetSlot.NONE;
        }
        return new EventPattern(code, head, nominal, particle, complement, object, modifiers, objectPreposition,
                preposition, slot, symmetric, id, content);
    }

    /** The verb patterns whose head (or one of its forms or stems) is {@code word}, most specific first. */
    public List<EventPattern> verbPatterns(String word) {
        return lookup(verbs, verbStems, word);
    }

    /** The noun patterns whose head (or one of its forms or stems) is {@code word}, most specific first. */
    public List<EventPattern> nounPatterns(String word) {
        return lookup(nouns, nounStems, word);
    }

    private static List<EventPattern> lookup(Map<String, List<EventPattern>> exact,
                                             Map<String, List<EventPattern>> stems, String word) {
        List<EventPattern> found = exact.getOrDefault(word, List.of());
        if (stems.isEmpty()) {
            return found;
        }
        List<EventPattern> more = null;
        for (int end = 1; end <= word.length(); end++) {
            List<EventPattern> s = stems.get(word.substring(0, end));
            if (s != null) {
                if (more == null) {
                    more = new ArrayList<>(found);
                }
                for (EventPattern p : s) {
                    if (!more.contains(p)) {
                        more.add(p);
                    }
                }
            }
        }
        return more == null ? found : sorted(more);
    }

    /** Every pattern, in the order read. */
    public List<EventPattern> patterns() {
        return all;
    }

    public int size() {
        return all.size();
    }
}
