package org.parley.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.events.PatternContext.WordItem;

/**
 * Translates the pattern language shared by PETRARCH and TABARI verb dictionaries into {@link EventPattern}s: the
 * readers ({@link PetrarchVerbReader}, {@link TabariVerbReader}) split a file into synsets, verbs and patterns and
 * hand each piece here. The translation rules are listed in {@code docs/DICTIONARIES.md}, "PETRARCH and TABARI verb
 * dictionaries".
 */
final class VerbPatternCompiler {
    /** How words are written. */
    enum Dialect {
        /** a noun matches as written, other words also by lemma; {@code (...)} and {@code {...}} only group; {@code A/B} are alternatives */
        PETRARCH,
        /** a word not followed by {@code _} is a stem; {@code ~} marks a stem; {@code { A | B }} are alternatives */
        TABARI
    }

    /** Prepositions that, written right before a {@code +} or {@code $} or at the end of a pattern, introduce the slot. */
    static final Set<String> PREPOSITIONS = Set.of("to", "with", "on", "against", "for", "from", "in", "into", "at", "by",
            "of", "over", "toward", "towards", "upon", "about", "between", "among", "across", "onto", "through",
            "near", "under", "after", "before", "within", "around", "behind", "beyond", "inside", "outside", "via",
            "amid", "along", "beside", "besides", "despite", "during", "like", "since", "than", "throughout", "till",
            "until", "unto", "vs", "versus", "without", "off", "out");

    /** The verb of a dictionary entry: its head word (a stem ends in {@code *}), other forms, words around it. */
    record Verb(String head, List<String> forms, List<WordItem> before, List<WordItem> after) {
        Verb {
            Objects.requireNonNull(head, "head");
            forms = List.copyOf(forms);
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** A parsed {@code [CODE]}: the forward code ({@code ---} for none), the reverse code (empty for none). */
    record Code(String forward, String reverse) {
        boolean isNull() {
            return forward.equals(EventPattern.NO_CODE) && reverse.isEmpty();
        }

        boolean isDiscard() {
            return forward.equals("###");
        }
    }

    /** A verb's own pattern, compiled once the entry is complete. */
    record PendingDefault(Verb verb, Code code, int line, String text) {
    }

    /** A translated pattern (null when it was not translatable), compiled once the entry's verbs are all known. */
    record PendingPattern(Code code, Compiled compiled, int line, String text) {
    }

    /** Compiles an entry: each verb's own pattern, then each pattern for every verb. */
    void compile(List<Verb> verbs, List<PendingDefault> defaults, List<PendingPattern> pending) {
        for (PendingDefault d : defaults) {
            compileDefault(d.verb(), d.code(), d.line(), d.text());
        }
        for (PendingPattern p : pending) {
            add(verbs, p.code(), p.compiled(), p.line(), p.text());
        }
    }

    /** One element of a pattern. */
    enum Kind { WORDS, VERB, SOURCE, TARGET, COMPOUND, SKIP }

    /**
     * One element of a parsed pattern; {@code alternatives} only for {@link Kind#WORDS}; {@code synset} when they
     * are the members of a synset ({@code &CURRENCY}).
     */
    record Piece(Kind kind, List<List<String>> alternatives, boolean joinedToPrevious, boolean synset) {
        Piece(Kind kind, List<List<String>> alternatives, boolean joinedToPrevious) {
            this(kind, alternatives, joinedToPrevious, false);
        }

        boolean isPreposition() {
            return kind == Kind.WORDS && alternatives.size() == 1 && alternatives.get(0).size() == 1
                    && PREPOSITIONS.contains(bare(alternatives.get(0).get(0)));
        }

        String preposition() {
            return bare(alternatives.get(0).get(0));
        }
    }

    /** Thrown for a pattern that cannot be compiled; caught and recorded as a warning. */
    static final class Untranslatable extends Exception {
        private static final long serialVersionUID = 1L;
        final String kind;

        Untranslatable(String kind, String detail) {
            super(detail);
            this.kind = kind;
        }
    }

    private final String file;
    private final Dialect dialect;
    private final CameoTable cameo;
    private final Map<String, List<List<String>>> synsets = new HashMap<>();
    private final List<EventPattern> patterns = new ArrayList<>();
    private final List<VerbWarning> warnings = new ArrayList<>();
    private final List<DiscardList.Entry> discards = new ArrayList<>();

    VerbPatternCompiler(String file, Dialect dialect, CameoTable cameo) {
        this.file = Objects.requireNonNull(file, "file");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    VerbDictionary result(VerbDictionary.Format format) {
        return new VerbDictionary(file, format, patterns, warnings, new DiscardList(discards));
    }

    /**
     * A TABARI entry coded {@code [###]} that names no verb but a sentence to discard ({@code SOCCER},
     * {@code DAVIS_CUP}, {@code KAN_WA_MA_KAN}): a sentence discard phrase, its last word a stem unless it ends in
     * {@code _}.
     */
    void discard(String phrase, int line) {
        String p = phrase.strip();
        boolean whole = p.endsWith("_");
        List<String> words = new ArrayList<>();
        for (String w : p.replace('_', ' ').strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            throw error(line, "a discard entry without words: '" + phrase + "'");
        }
        discards.add(new DiscardList.Entry(words, DiscardList.Scope.SENTENCE, whole, false, where(line)));
    }

    String where(int line) {
        return file + ":" + line;
    }

    IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException(where(line) + ": " + message);
    }

    void warn(int line, String kind, String detail) {
        warnings.add(new VerbWarning(where(line), kind, detail));
    }

    // ---------------------------------------------------------------- codes

    /**
     * Parses the text inside {@code [...]}: {@code 042}, {@code 032:033}, {@code :054}, {@code ---}, {@code ###}.
     * Returns null (and records a warning) for a code Parley cannot use.
     */
    Code code(String spec, int line, String text) {
        String s = spec.strip();
        if (s.isEmpty()) {
            throw error(line, "empty code [] in '" + text + "'");
        }
        if (s.equals("###")) {
            return new Code("###", "");
        }
        String forward = s;
        String reverse = "";
        int colon = s.indexOf(':');
        if (colon >= 0) {
            forward = s.substring(0, colon).strip();
            reverse = s.substring(colon + 1).strip();
        }
        if (forward.isEmpty()) {
            forward = EventPattern.NO_CODE;
        }
        if (reverse.equals(EventPattern.NO_CODE)) {
            reverse = "";
        }
        for (String c : List.of(forward, reverse)) {
            if (!c.isEmpty() && !c.equals(EventPattern.NO_CODE) && cameo.find(c).isEmpty()) {
                warn(line, VerbWarning.KIND_CODE, "[" + s + "] in " + text);
                return null;
            }
        }
        return new Code(forward, reverse);
    }

    // ---------------------------------------------------------------- synsets

    void defineSynset(String name, List<String> members, List<Integer> lines) {
        List<List<String>> runs = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            try {
                runs.addAll(runs(members.get(i), lines.get(i)));
            } catch (Untranslatable e) {
                warn(lines.get(i), e.kind, "&" + name + " member " + members.get(i));
            }
        }
        synsets.put(name, dedupe(runs));
    }

    boolean hasSynset(String name) {
        return synsets.containsKey(name);
    }

    /** The word runs a phrase stands for: consecutive words, each synset in it expanded. */
    private List<List<String>> runs(String phrase, int line) throws Untranslatable {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (Piece p : pieces(phrase, line)) {
            if (p.kind() == Kind.SKIP) {
                continue;
            }
            if (p.kind() != Kind.WORDS) {
                throw new Untranslatable(VerbWarning.KIND_MEMBER, phrase);
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> head : out) {
                for (List<String> alt : p.alternatives()) {
                    List<String> run = new ArrayList<>(head);
                    if (dialect == Dialect.TABARI && !head.isEmpty() && !p.joinedToPrevious()) {
                        run.add(PatternContext.GAP); // TABARI: a blank lets other words stand between
                    }
                    run.addAll(alt);
                    next.add(run);
                }
            }
            out = next;
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    private static List<List<String>> dedupe(List<List<String>> runs) {
        return new ArrayList<>(new LinkedHashSet<>(runs));
    }

    // ---------------------------------------------------------------- words

    /** A word without its stem, exact or noun mark. */
    static String bare(String word) {
        return word.endsWith("*") || word.endsWith(PatternContext.EXACT)
                || word.endsWith(PatternContext.NOUN_AS_WRITTEN) ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * The word runs of a pattern position as the engine matches them: in TABARI's dialect a word that is not a stem
     * was closed with {@code _} ({@code RESOLUTION_}) and means that word as written, not its other forms
     * ("resolutions"), so it gets the exact mark. A PETRARCH pattern word matches a noun as written and other words
     * through their lemma, so it gets the noun mark: PETRARCH conjugates verbs but does not pluralise the nouns of a
     * pattern ({@code EFFORT} is not "efforts", {@code HAVE} is "has"). The members of a PETRARCH synset keep
     * matching lemmas: PETRARCH generates their plurals ({@code &CURRENCY} member {@code PESO} is also "pesos").
     */
    private List<List<String>> closed(Piece piece) {
        String mark = switch (dialect) {
            case TABARI -> PatternContext.EXACT;
            case PETRARCH -> PatternContext.NOUN_AS_WRITTEN;
        };
        if (dialect == Dialect.PETRARCH && piece.synset()) {
            return piece.alternatives();
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> run : piece.alternatives()) {
            out.add(run.stream().map(w -> w.endsWith("*") || w.equals(PatternContext.GAP) ? w : w + mark).toList());
        }
        return out;
    }

    /**
     * Lower-cased dictionary word(s) as tokens: a contraction splits the way the tokenizer splits it
     * ({@code didn't} = {@code did n't}); {@code stem} adds the stem mark.
     */
    private static List<String> words(String raw, boolean stem) {
        String w = raw.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        if (w.length() > 3 && w.endsWith("n't")) {
            out.add(w.substring(0, w.length() - 3));
            out.add("n't");
        } else {
            out.add(w);
        }
        if (stem) {
            out.replaceAll(x -> x.equals("n't") ? x : x + "*");
        }
        return out;
    }

    /**
     * Splits pattern text into pieces. Words joined by {@code _} are consecutive; synsets are expanded;
     * {@code { A | B }} gives alternatives; in PETRARCH's dialect {@code (...)} and {@code {...}} without {@code |}
     * only group and {@code A/B} gives alternatives; in TABARI's dialect a word not followed by {@code _} is a stem.
     */
    List<Piece> pieces(String text, int line) throws Untranslatable {
        String s = text;
        if (dialect == Dialect.PETRARCH) {
            s = s.replace('(', ' ').replace(')', ' ');
        }
        List<Piece> out = new ArrayList<>();
        boolean join = false;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                join = false;
                i++;
            } else if (c == '_') {
                join = !out.isEmpty();
                i++;
            } else if (c == '{') {
                int close = matching(s, i, line, text);
                String inner = s.substring(i + 1, close);
                if (inner.indexOf('|') < 0) {
                    // PETRARCH 2 noun-phrase braces: {FINANCIAL AID} is the words in order
                    List<Piece> grouped = pieces(inner, line);
                    for (int k = 0; k < grouped.size(); k++) {
                        Piece g = grouped.get(k);
                        out.add(k == 0 ? new Piece(g.kind(), g.alternatives(), join, g.synset()) : g);
                    }
                } else {
                    List<List<String>> alts = new ArrayList<>();
                    for (String alt : splitTop(inner)) {
                        alts.addAll(runs(alt, line));
                    }
                    out.add(new Piece(Kind.WORDS, dedupe(alts), join));
                }
                join = false;
                i = close + 1;
            } else if (c == '}' || c == '|') {
                throw new Untranslatable(VerbWarning.KIND_MALFORMED, "unbalanced '" + c + "'");
            } else if ("*$+%^".indexOf(c) >= 0) {
                Kind kind = switch (c) {
                    case '*' -> Kind.VERB;
                    case '$' -> Kind.SOURCE;
                    case '+' -> Kind.TARGET;
                    case '%' -> Kind.COMPOUND;
                    default -> Kind.SKIP;
                };
                out.add(new Piece(kind, List.of(), join));
                join = false;
                i++;
            } else if (c == '&') {
                int end = i + 1;
                while (end < n && isNameChar(s.charAt(end))) {
                    end++;
                }
                // the longest defined name: &FIGHT_GAMES before &FIGHT followed by _GAMES
                String name = s.substring(i + 1, end);
                int cut = end;
                while (!synsets.containsKey(name) && name.lastIndexOf('_') > 0) {
                    cut = i + 1 + name.lastIndexOf('_');
                    name = name.substring(0, name.lastIndexOf('_'));
                }
                if (!synsets.containsKey(name) && name.endsWith("_")) {
                    name = name.substring(0, name.length() - 1);
                }
                if (!synsets.containsKey(name)) {
                    throw new Untranslatable(VerbWarning.KIND_UNDEFINED_SYNSET, "&" + s.substring(i + 1, end));
                }
                out.add(new Piece(Kind.WORDS, synsets.get(name), join, true));
                join = false;
                i = cut;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(s.charAt(end)) && "_{}|*$+%^&".indexOf(s.charAt(end)) < 0) {
                    end++;
                }
                String raw = s.substring(i, end);
                boolean exactMark = end < n && s.charAt(end) == '_';
                boolean tilde = raw.endsWith("~");
                if (tilde) {
                    raw = raw.substring(0, raw.length() - 1);
                }
                boolean stem = dialect == Dialect.TABARI && (tilde || !exactMark);
                List<List<String>> alts = new ArrayList<>();
                for (String alt : dialect == Dialect.PETRARCH ? raw.split("/") : new String[] {raw}) {
                    if (!alt.isEmpty()) {
                        alts.add(words(alt, stem));
                    }
                }
                if (!alts.isEmpty()) {
                    out.add(new Piece(Kind.WORDS, alts, join));
                }
                join = false;
                i = end;
            }
        }
        return out;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private int matching(String s, int open, int line, String text) throws Untranslatable {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new Untranslatable(VerbWarning.KIND_MALFORMED, "unclosed '{'");
    }

    private static List<String> splitTop(String inner) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(inner.substring(start, i));
                start = i + 1;
            }
        }
        out.add(inner.substring(start));
        out.removeIf(String::isBlank);
        return out;
    }

    // ---------------------------------------------------------------- verbs

    /**
     * A verb written as a phrase: {@code +CORDON_OFF}, {@code WIRE_+TAP}, {@code BURN DOWN}, {@code DEPART_}. The word
     * after {@code +} is the verb, or the first word when none is marked; the words before and after it must stand
     * next to it. {@code forms} are further forms of the verb word; {@code regular} adds generated regular forms.
     */
    Verb verb(String phrase, List<String> forms, boolean regular, int line) {
        String s = phrase.strip();
        int plus = s.indexOf('+');
        List<Piece> before = List.of();
        List<Piece> rest;
        try {
            if (plus >= 0) {
                before = pieces(s.substring(0, plus), line);
                rest = pieces(s.substring(plus + 1), line);
            } else {
                rest = pieces(s, line);
            }
        } catch (Untranslatable e) {
            throw error(line, "cannot read the verb '" + phrase + "': " + e.getMessage());
        }
        if (rest.isEmpty() || rest.get(0).kind() != Kind.WORDS || rest.get(0).alternatives().size() != 1) {
            throw error(line, "no verb word in '" + phrase + "'");
        }
        List<String> firstRun = rest.get(0).alternatives().get(0);
        if (firstRun.size() > 1) {
            // a contraction (WON'T): its first token is the verb, the rest follows it
            List<Piece> split = new ArrayList<>();
            split.add(new Piece(Kind.WORDS, List.of(List.of(firstRun.get(0))), false));
            split.add(new Piece(Kind.WORDS, List.of(firstRun.subList(1, firstRun.size())), true));
            split.addAll(rest.subList(1, rest.size()));
            rest = split;
        }
        for (Piece p : before) {
            if (p.kind() != Kind.WORDS) {
                throw error(line, "unexpected symbol in the verb '" + phrase + "'");
            }
        }
        String head = rest.get(0).alternatives().get(0).get(0);
        List<WordItem> beforeItems = new ArrayList<>();
        for (Piece p : before) {
            beforeItems.add(new WordItem(closed(p), true));
        }
        List<WordItem> afterItems = new ArrayList<>();
        for (int k = 1; k < rest.size(); k++) {
            Piece p = rest.get(k);
            if (p.kind() != Kind.WORDS) {
                throw error(line, "unexpected symbol in the verb '" + phrase + "'");
            }
            afterItems.add(new WordItem(closed(p), p.joinedToPrevious() || dialect == Dialect.PETRARCH));
        }
        Set<String> all = new LinkedHashSet<>(forms);
        if (regular && !head.endsWith("*")) {
            all.addAll(regularForms(head));
        }
        all.remove(head);
        return new Verb(head, new ArrayList<>(all), beforeItems, afterItems);
    }

    /**
     * The verb word of a form written like its verb: {@code +CORDONED_OFF} gives {@code cordoned}; null, with a
     * warning, for a form without a verb word after its {@code +} ({@code BLOWING_UP+}).
     */
    String formWord(String form, int line) {
        String s = form.strip();
        int plus = s.indexOf('+');
        String rest = plus >= 0 ? s.substring(plus + 1) : s;
        try {
            List<Piece> ps = pieces(rest, line);
            if (ps.isEmpty() || ps.get(0).kind() != Kind.WORDS || ps.get(0).alternatives().get(0).size() != 1) {
                throw new Untranslatable(VerbWarning.KIND_MALFORMED, "form " + form);
            }
            return ps.get(0).alternatives().get(0).get(0);
        } catch (Untranslatable e) {
            warn(line, VerbWarning.KIND_MALFORMED, "form " + form);
            return null;
        }
    }

    /**
     * Regular forms of a verb: -s, -ed, -en, -ing, with the usual spelling changes. {@code -es} follows s, x, z, ch, sh
     * and o, as English spells it; TABARI's endings add it to every verb ({@code DEPART_} is also "departes"), so
     * its dialect keeps it everywhere.
     */
    List<String> regularForms(String verb) {
        List<String> out = new ArrayList<>();
        if (verb.endsWith("e")) {
            String stem = verb.substring(0, verb.length() - 1);
            out.addAll(List.of(verb + "s", verb + "d", verb + "n", stem + "ing"));
        } else if (verb.length() > 2 && verb.endsWith("y") && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            String stem = verb.substring(0, verb.length() - 1);
            out.addAll(List.of(stem + "ies", stem + "ied", verb + "ing"));
        } else {
            boolean sibilant = verb.endsWith("s") || verb.endsWith("x") || verb.endsWith("z") || verb.endsWith("ch")
                    || verb.endsWith("sh") || verb.endsWith("o");
            if (dialect == Dialect.TABARI || !sibilant) {
                out.add(verb + "s");
            }
            if (dialect == Dialect.TABARI || sibilant) {
                out.add(verb + "es");
            }
            out.addAll(List.of(verb + "ed", verb + "en", verb + "ing"));
        }
        return out;
    }

    // ---------------------------------------------------------------- patterns

    /** The pattern a verb codes on its own: its code, the target the nearest actor of its phrase. */
    void compileDefault(Verb verb, Code code, int line, String text) {
        if (code == null || code.isNull()) {
            return;
        }
        add(verb, code, new Compiled(List.of(), List.of(), EventPattern.TargetSlot.PHRASE, "", PatternContext.Skip.NONE,
                PatternContext.SourceSlot.SUBJECT, "", PatternContext.Skip.NONE, false, 0, 0), line, text);
    }

    /**
     * Translates pattern {@code body} (the text between {@code -} and {@code [CODE]}); null, with a warning recorded,
     * when it cannot be translated. Synsets are expanded now, so a synset must be defined before the pattern.
     */
    Compiled translate(String body, int line, String text) {
        try {
            return translate(pieces(body, line), line, text);
        } catch (Untranslatable e) {
            warn(line, e.kind, e.getMessage().equals(text) ? text : e.getMessage() + " in " + text);
            return null;
        }
    }

    /** Adds a translated pattern for every verb of its entry. */
    void add(List<Verb> verbs, Code code, Compiled compiled, int line, String text) {
        if (code == null || compiled == null) {
            return;
        }
        for (Verb v : verbs) {
            add(v, code, compiled, line, text);
        }
    }

    /** A pattern translated, before it is joined with a verb. */
    record Compiled(List<WordItem> before, List<WordItem> after, EventPattern.TargetSlot target,
                    String targetPreposition, PatternContext.Skip targetSkip, PatternContext.SourceSlot source,
                    String sourcePreposition, PatternContext.Skip sourceSkip, boolean compound, int markers,
                    int targetBefore) {
    }

    private Compiled translate(List<Piece> pieces, int line, String text) throws Untranslatable {
        int star = -1;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).kind() == Kind.VERB) {
                if (star >= 0) {
                    throw new Untranslatable(VerbWarning.KIND_VERB_MARKER, text);
                }
                star = i;
            }
        }
        if (star < 0) {
            throw new Untranslatable(VerbWarning.KIND_VERB_MARKER, text);
        }
        boolean skipIgnored = false;
        int markers = 0;
        List<WordItem> before = new ArrayList<>();
        boolean targetIsSubject = false;
        int targetBefore = 0;
        boolean sourceBefore = false;
        boolean compound = false;
        boolean namedVerbSource = false;
        for (int i = 0; i < star; i++) {
            Piece p = pieces.get(i);
            switch (p.kind()) {
                case WORDS -> {
                    Piece next = pieces.get(i + 1);
                    boolean joined = next.joinedToPrevious() && (next.kind() == Kind.WORDS || next.kind() == Kind.VERB);
                    before.add(new WordItem(closed(p), joined));
                }
                case TARGET -> {
                    if (targetIsSubject) {
                        throw new Untranslatable(VerbWarning.KIND_SLOTS, text);
                    }
                    targetIsSubject = true;
                    targetBefore = before.size();
                    markers++;
                }
                case SOURCE -> {
                    sourceBefore = true;
                    markers++;
                }
                case COMPOUND -> {
                    compound = true;
                    markers++;
                }
                default -> {
                    // "$ HOSTING ^ *": the actor between the named words and the head is not the source
                    if (sourceBefore && i == star - 1 && !before.isEmpty() && pieces.get(i - 1).kind() == Kind.WORDS) {
                        namedVerbSource = true;
                    } else {
                        skipIgnored = true;
                    }
                }
            }
        }
        if (targetIsSubject && (sourceBefore || compound)) {
            throw new Untranslatable(VerbWarning.KIND_SLOTS, text);
        }
        List<WordItem> after = new ArrayList<>();
        EventPattern.TargetSlot target = targetIsSubject ? EventPattern.TargetSlot.SUBJECT : null;
        String targetPreposition = "";
        PatternContext.Skip targetSkip = PatternContext.Skip.NONE;
        PatternContext.SourceSlot source = PatternContext.SourceSlot.SUBJECT;
        String sourcePreposition = "";
        PatternContext.Skip sourceSkip = PatternContext.Skip.NONE;
        Piece previous = pieces.get(star);
        int skips = 0;
        String skipPreposition = "";
        boolean groupAfter = false;
        for (int i = star + 1; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            switch (p.kind()) {
                case WORDS -> {
                    if (skips > 0) {
                        skipIgnored = true; // "THEIR ^ ABOUT +": the words after the skipped phrase locate the slot
                        skips = 0;
                    }
                    boolean joined = p.joinedToPrevious()
                            && (previous.kind() == Kind.WORDS || previous.kind() == Kind.VERB);
                    after.add(new WordItem(closed(p), joined));
                }
                case SKIP -> {
                    if (skips == 0 && previous.isPreposition() && !after.isEmpty()) {
                        skipPreposition = previous.preposition(); // "IN ^ +": pass over the "in" phrase
                        after.remove(after.size() - 1);
                    }
                    skips++;
                }
                case TARGET, COMPOUND -> {
                    // after the verb, a compound marker is the target: in PETRARCH one event per member ("agrees
                    // with %"), in TABARI a group whose members act on each other ("fighting between %") unless
                    // the pattern also names a source
                    if (target != null) {
                        throw new Untranslatable(VerbWarning.KIND_SLOTS, text);
                    }
                    groupAfter = p.kind() == Kind.COMPOUND && dialect == Dialect.TABARI;
                    markers++;
                    if (skips > 0) {
                        targetSkip = new PatternContext.Skip(skips, skipPreposition);
                        target = EventPattern.TargetSlot.PHRASE;
                    } else if (previous.isPreposition() && !after.isEmpty()) {
                        targetPreposition = previous.preposition();
                        after.remove(after.size() - 1);
                        target = EventPattern.TargetSlot.PHRASE;
                    } else if (i == star + 1 && p.kind() == Kind.TARGET) {
                        target = EventPattern.TargetSlot.OBJECT;
                    } else {
                        target = EventPattern.TargetSlot.PHRASE;
                    }
                    skips = 0;
                    skipPreposition = "";
                }
                case SOURCE -> {
                    if (source != PatternContext.SourceSlot.SUBJECT || sourceBefore) {
                        throw new Untranslatable(VerbWarning.KIND_SLOTS, text);
                    }
                    markers++;
                    source = PatternContext.SourceSlot.PHRASE;
                    if (skips > 0) {
                        sourceSkip = new PatternContext.Skip(skips, skipPreposition);
                    } else if (previous.isPreposition() && !after.isEmpty()) {
                        sourcePreposition = previous.preposition();
                        after.remove(after.size() - 1);
                    }
                    skips = 0;
                    skipPreposition = "";
                }
                default -> throw new IllegalStateException("a second verb marker was rejected above");
            }
            previous = p;
        }
        if (skips > 0) {
            skipIgnored = true; // a trailing ^ passes over nothing the pattern uses
        }
        if (namedVerbSource) {
            source = PatternContext.SourceSlot.NAMED_VERB;
        }
        if (groupAfter && source == PatternContext.SourceSlot.SUBJECT && !sourceBefore) {
            source = PatternContext.SourceSlot.GROUP;
        }
        if (target == null) {
            if (compound) {
                target = EventPattern.TargetSlot.NONE;
            } else if (!after.isEmpty() && pieces.get(pieces.size() - 1).isPreposition()) {
                // "* DOWN FROM": the target follows the closing preposition
                targetPreposition = pieces.get(pieces.size() - 1).preposition();
                after.remove(after.size() - 1);
                target = EventPattern.TargetSlot.PHRASE;
            } else {
                target = EventPattern.TargetSlot.PHRASE;
            }
        }
        if (skipIgnored) {
            warn(line, VerbWarning.KIND_SKIP, text);
        }
        return new Compiled(before, after, target, targetPreposition, targetSkip, source, sourcePreposition, sourceSkip,
                compound, markers, targetBefore);
    }

    private void add(Verb verb, Code code, Compiled c, int line, String text) {
        PatternContext.Effect effect = code.isDiscard() ? PatternContext.Effect.DISCARD
                : code.isNull() ? PatternContext.Effect.NULL : PatternContext.Effect.EVENT;
        String forward = code.forward();
        String reverse = code.reverse();
        boolean reverseOnly = false;
        if (effect == PatternContext.Effect.EVENT && forward.equals(EventPattern.NO_CODE)) {
            forward = reverse;
            reverseOnly = true;
        }
        if (c.compound() && effect == PatternContext.Effect.EVENT && reverse.isEmpty()) {
            reverse = forward; // a compound actor acts both ways: A and B agree = A>B and B>A
        }
        if (effect != PatternContext.Effect.EVENT) {
            forward = EventPattern.NO_CODE;
            reverse = "";
        }
        List<WordItem> before = new ArrayList<>(c.before());
        before.addAll(verb.before());
        List<WordItem> after = new ArrayList<>(verb.after());
        after.addAll(c.after());
        PatternContext context = new PatternContext(verb.forms(), before, after, dialect == Dialect.PETRARCH,
                c.source(), c.sourcePreposition(),
                c.sourceSkip(), c.targetSkip(), reverse, reverseOnly, c.markers(), effect, c.targetBefore(),
                dialect == Dialect.TABARI);
        String preposition = c.target() == EventPattern.TargetSlot.PHRASE ? c.targetPreposition() : "";
        patterns.add(new EventPattern(forward, verb.head(), false, "", "", "", List.of(), "", preposition, c.target(),
                c.compound(), where(line), text, context));
    }
}
