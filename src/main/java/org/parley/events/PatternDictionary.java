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
            "by", "of", "over", "toward", "towards", "upon", "about", "between", "among", "across", "onto", "through", "near",
            "behind", "outside", "under", "alongside", "as", "around");
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
        if (!code.chars().allMatch(Character::isDigit)) {
            // Parley's own patterns carry CAMEO codes; a letter is only kept from another dictionary's codes
            throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits, got '" + code + "'");
        }
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
        List<String> headModifiers = List.of();
        boolean targetOnHead = false;
        EventPattern.TargetSlot slot = null;
        if (nominal) {
            // "@air strikes on *T": the noun phrase up to the target's preposition; its last word is the head
            List<String> phrase = new ArrayList<>(List.of(head));
            int i = 2;
            while (i < words.length && !words[i].startsWith("*")
                    && !(PREPOSITIONS.contains(words[i]) && i + 1 < words.length && words[i + 1].equals("*t"))) {
                phrase.add(words[i++]);
            }
            if (i < words.length) {
                if (words[i].startsWith("*")) {
                    throw new IllegalArgumentException("the target of a nominal pattern needs a preposition before it");
                }
                preposition = words[i];
                slot = EventPattern.TargetSlot.PREPOSITION;
                if (i + 2 < words.length) {
                    throw new IllegalArgumentException("nothing may follow the target slot");
                }
            }
            head = phrase.get(phrase.size() - 1);
            headModifiers = phrase.subList(0, phrase.size() - 1);
        }
        for (int i = 2; i < words.length && !nominal; i++) {
            String w = words[i];
            String next = i + 1 < words.length ? words[i + 1] : "";
            if (slot == EventPattern.TargetSlot.OBJECT || slot == EventPattern.TargetSlot.PREPOSITION) {
                // the target came first: "urge *T to release", "appeal to *T for aid", "accuse *T of espionage"
                if (targetOnHead || !complement.isEmpty() || !objectWords.isEmpty() || !objectPreposition.isEmpty()) {
                    throw new IllegalArgumentException("nothing may follow the target slot");
                }
                targetOnHead = true;
                if (w.equals("to") && !next.isEmpty() && !next.startsWith("*")) {
                    complement = next;
                    i += 2;
                }
                if (i + 1 < words.length && PREPOSITIONS.contains(words[i])) {
                    objectPreposition = words[i++];
                } else if (complement.isEmpty() && i + 1 == words.length && !words[i].startsWith("*")
                        && !PREPOSITIONS.contains(words[i])) {
                    // a small clause: "hold *T responsible", "take *T hostage"
                    complement = words[i++];
                }
                for (; i < words.length; i++) {
                    if (words[i].startsWith("*")) {
                        throw new IllegalArgumentException("nothing may follow the target slot");
                    }
                    if (PREPOSITIONS.contains(words[i]) || PARTICLES.contains(words[i])) {
                        throw new IllegalArgumentException("'" + words[i] + "' cannot stand inside the object");
                    }
                    objectWords.add(words[i]);
                }
                if (complement.isEmpty() && (objectWords.isEmpty() || objectPreposition.isEmpty())
                        || objectWords.isEmpty() && !objectPreposition.isEmpty()) {
                    throw new IllegalArgumentException("after the target slot only 'to VERB' or 'PREP NOUN' may follow");
                }
                break;
            }
            if (w.equals("*t")) {
                if (!preposition.isEmpty()) {
                    slot = EventPattern.TargetSlot.PREPOSITION;
                } else if (objectWords.isEmpty()) {
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
            } else if (w.equals("to") && complement.isEmpty() && objectWords.isEmpty()
                    && !next.isEmpty() && !next.startsWith("*")) {
                complement = next;
                i++;
            } else if (PREPOSITIONS.contains(w) && next.equals("*t")) {
                preposition = w;
            } else if (PREPOSITIONS.contains(w) && (next.equals("*t's") || next.equals("*t’s"))
                    && objectWords.isEmpty() && objectPreposition.isEmpty()) {
                // "bow to *T's demands": the possessed noun is the object of the preposition
                objectPreposition = w;
            } else if (PREPOSITIONS.contains(w) && objectWords.isEmpty() && objectPreposition.isEmpty()
                    && !next.isEmpty() && !next.startsWith("*") && !(i == 2 && PARTICLES.contains(w)
                    && i + 2 < words.length && words[i + 2].startsWith("*t"))) {
                objectPreposition = w;
            } else if (i == 2 && PARTICLES.contains(w)) {
                particle = w;
            } else if (!preposition.isEmpty()) {
                throw new IllegalArgumentException("unexpected word '" + w + "' after the preposition");
            } else if (PREPOSITIONS.contains(w) || PARTICLES.contains(w)) {
                throw new IllegalArgumentException("'" + w + "' cannot stand here: a particle comes right after the"
                        + " head, a preposition before the object or the target, and the object is one noun phrase");
            } else {
                objectWords.add(w);
            }
        }
        String object = objectWords.isEmpty() ? "" : objectWords.get(objectWords.size() - 1);
        List<String> modifiers = objectWords.isEmpty() ? List.of() : objectWords.subList(0, objectWords.size() - 1);
        boolean symmetric = false;
        boolean direct = false;
        boolean armed = false;
        for (String flag : flagsPart.isEmpty() ? new String[0] : flagsPart.split("\\s+")) {
            if (flag.equals("sym")) {
                symmetric = true;
            } else if (flag.equals("direct")) {
                direct = true;
            } else if (flag.equals("armed")) {
                armed = true;
            } else {
                throw new IllegalArgumentException("unknown flag '" + flag + "' (known: sym, direct, armed)");
            }
        }
        if (slot == null) {
            slot = EventPattern.TargetSlot.NONE;
        }
        return new EventPattern(code, head, nominal, headModifiers, particle, complement, object, modifiers,
                objectPreposition, preposition, slot, targetOnHead, symmetric, direct, armed, id, content);
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
