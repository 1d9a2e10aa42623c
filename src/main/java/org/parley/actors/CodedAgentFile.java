package org.parley.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH or TABARI agent file ({@code docs/DICTIONARIES.md}, "Bringing your own dictionaries") and
 * compiles it into one layer of Parley's tables holding agents only.
 *
 * <p>A line is {@code PHRASE {PLURAL} [~CODE]}: the code follows the actor's code ({@code [~GOV]}: "Syrian
 * government" is {@code SYRGOV}) or, written {@code [CODE~]}, goes before it ({@code [NGO~]}: "Syrian human rights
 * body" is {@code NGOSYR}). The optional {@code {...}} gives an irregular plural; regular plurals are made as for
 * Parley's own agents ({@link AgentTable}) unless the braces are empty: {@code POLICE {}} has no plural. Substitution sets {@code !MINIST! = MINISTER, MINISTRY}
 * define a marker that stands for each of its words wherever it appears in a later phrase.
 *
 * <p>PETRARCH does not say how an agent names its actor; Parley needs it for its phrase rules ({@link AgentKind}).
 * The phrase's head noun decides: the word before its first preposition, else its last word. An institution noun
 * ({@link #BODY_NOUNS}: government, ministry, army, police, court, party, ...) makes a {@link AgentKind#BODY}, any
 * other noun a {@link AgentKind#TITLE} (a person's title, which a name may follow).
 */
final class CodedAgentFile {
    /** Head nouns that make an agent an institution. */
    static final Set<String> BODY_NOUNS = Set.of("government", "governments", "administration", "ministry",
            "ministries", "cabinet", "council", "councils", "parliament", "legislature", "congress", "senate",
            "assembly", "court", "courts", "tribunal", "judiciary", "army", "armies", "navy", "military", "police",
            "gendarmerie", "gendarmery", "force", "forces", "corps", "guard", "party", "parties", "opposition", "media",
            "press", "newspaper", "newspapers", "agency", "agencies", "office", "department", "embassy", "consulate",
            "presidency", "regime", "junta", "bank", "delegation", "mission", "committee", "commission", "union",
            "unions", "federation", "company", "firm", "corporation", "university", "institute", "academy", "church",
            "clergy", "service", "services", "authority", "movement", "front", "organization", "organisation",
            "organizations", "organisations", "group", "groups", "network", "command", "secretariat", "directorate",
            "bureau", "board", "wing", "brigade", "brigades", "battalion", "militia", "coalition", "alliance",
            "association", "syndicate", "chamber", "house", "television", "radio", "broadcaster", "station");

    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "in", "on", "at", "to", "from", "with");
    private static final Pattern DEFINITION = Pattern.compile("\\s*!([A-Za-z0-9]+)!\\s*=(.*)");
    private static final Pattern MARKER = Pattern.compile("!([A-Za-z0-9]*)!");

    private final String file;
    private final DictionaryFormat format;
    private final List<DictionaryWarning> warnings = new ArrayList<>();
    private final Map<String, List<String>> substitutions = new LinkedHashMap<>();
    private final Map<List<String>, Integer> keyLines = new LinkedHashMap<>();
    private final List<Agent> agents = new ArrayList<>();

    private CodedAgentFile(String file, DictionaryFormat format) {
        this.file = file;
        this.format = format;
    }

    static DictionaryFile read(List<String> lines, String file, DictionaryFormat format) {
        if (format != DictionaryFormat.PETRARCH && format != DictionaryFormat.TABARI) {
            throw new IllegalArgumentException("not a PETRARCH or TABARI format: " + format);
        }
        CodedAgentFile f = new CodedAgentFile(file, format);
        for (DictionaryLines.Line l : DictionaryLines.content(lines, file, f.warnings)) {
            f.line(l.text(), l.number());
        }
        List<DictionaryWarning> sorted = new ArrayList<>(f.warnings);
        sorted.sort(java.util.Comparator.comparingInt(DictionaryWarning::line));
        ActorDictionaries layer = ActorDictionaries.of(new CountryTable(List.of()), new OrganisationTable(List.of()),
                new AgentTable(f.agents), new PeopleTable(List.of()));
        return new DictionaryFile(file, format, layer, sorted, f.keyLines);
    }

    private void line(String text, int n) {
        Matcher def = DEFINITION.matcher(text);
        if (def.matches()) {
            define(def.group(1), def.group(2), n);
            return;
        }
        int br = text.indexOf('[');
        if (br < 0) {
            warn(n, DictionaryWarning.Kind.NO_CODE, "'" + text.strip() + "' has no code [~CODE]; not loaded (PETRARCH "
                    + "skips such lines too)");
            return;
        }
        String phrasePart = text.substring(0, br);
        List<CodeGroups.Group> groups = CodeGroups.split(text.substring(br), file, n, warnings);
        if (groups.size() != 1) {
            throw error(n, "an agent line takes one code, got " + groups.size());
        }
        String plural = null;
        int brace = phrasePart.indexOf('{');
        if (brace >= 0) {
            int close = phrasePart.indexOf('}', brace);
            if (close < 0) {
                throw error(n, "'{' without '}' in '" + phrasePart.strip() + "'");
            }
            if (!phrasePart.substring(close + 1).isBlank()) {
                throw error(n, "unexpected text '" + phrasePart.substring(close + 1).strip()
                        + "' after the plural {...}");
            }
            plural = phrasePart.substring(brace + 1, close).strip();
            phrasePart = phrasePart.substring(0, brace);
        }
        String phrase = phrasePart.strip();
        if (phrase.isEmpty()) {
            throw error(n, "an agent line needs a phrase before its code");
        }
        String inner = groups.get(0).inner().replaceAll("\\s+", "");
        boolean prefix;
        String code;
        if (inner.startsWith("~") && inner.length() > 1) {
            prefix = false;
            code = inner.substring(1);
        } else if (inner.endsWith("~") && inner.length() > 1) {
            prefix = true;
            code = inner.substring(0, inner.length() - 1);
        } else {
            throw error(n, "an agent code is written [~CODE] (after the actor's code) or [CODE~] (before it), got ["
                    + groups.get(0).inner() + "]");
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (!upper.matches("([A-Z]{3})+")) {
            warn(n, DictionaryWarning.Kind.BAD_CODE, "[" + groups.get(0).inner() + "]: '" + code + "' is not letters in"
                    + " groups of three; '" + phrase + "' not loaded");
            return;
        }
        if (!upper.equals(code)) {
            warn(n, DictionaryWarning.Kind.CODE_CASE, "[" + groups.get(0).inner() + "]: '" + code + "' read as "
                    + upper);
        }
        if (format == DictionaryFormat.TABARI) {
            tabariWarnings(phrase, n);
        }
        List<String> singulars = expand(phrase, n);
        AgentKind kind = null;
        boolean regularPlural = plural == null || !plural.isEmpty(); // {} asks for no plural
        for (String s : singulars) {
            kind = add(s, upper, prefix, regularPlural, n, null);
        }
        if (plural != null && !plural.isEmpty()) {
            for (String p : expand(plural, n)) {
                add(p, upper, prefix, false, n, kind);
            }
        }
    }

    private void define(String marker, String list, int n) {
        List<String> items = new ArrayList<>();
        for (String item : list.split(",", -1)) {
            String w = item.strip();
            if (w.isEmpty()) {
                throw error(n, "empty item in the substitution set !" + marker + "!");
            }
            items.add(w);
        }
        if (substitutions.putIfAbsent(marker, items) != null) {
            throw error(n, "the substitution set !" + marker + "! is defined twice");
        }
    }

    /** Every phrase a phrase with substitution markers stands for. */
    private List<String> expand(String phrase, int n) {
        Matcher m = MARKER.matcher(phrase);
        if (!m.find()) {
            if (phrase.indexOf('!') >= 0) {
                throw error(n, "a substitution marker is written !NAME!, got '" + phrase + "'");
            }
            return List.of(phrase);
        }
        List<String> items = substitutions.get(m.group(1));
        if (items == null) {
            throw error(n, "the substitution marker !" + m.group(1) + "! is not defined above (define it as !"
                    + m.group(1) + "! = WORD, WORD, ...)");
        }
        List<String> out = new ArrayList<>();
        for (String item : items) {
            out.addAll(expand(phrase.substring(0, m.start()) + item + phrase.substring(m.end()), n));
        }
        return out;
    }

    /** Adds one agent term; returns its kind (the given one, or the one its head noun gives). */
    private AgentKind add(String phrase, String code, boolean prefix, boolean regularPlural, int n, AgentKind kind) {
        int bad = Phrases.badCharacter(phrase);
        List<String> words = Phrases.words(phrase);
        if (bad >= 0 || words.isEmpty()) {
            String why = bad >= 0 ? "has the character " + Phrases.describe(bad) + ", which no word of a text has"
                    : "has no words";
            warn(n, DictionaryWarning.Kind.BAD_PHRASE, "'" + Phrases.printable(phrase) + "' " + why + "; not loaded");
            return kind;
        }
        String term = Phrases.agentTerm(words);
        AgentKind k = kind != null ? kind : kindOf(term);
        List<String> key = TokenKeys.keys(term);
        Integer earlier = keyLines.get(key);
        if (earlier != null) {
            warn(n, DictionaryWarning.Kind.DUPLICATE, "'" + term + "' is already defined on line " + earlier
                    + "; the first definition is used");
            return k;
        }
        keyLines.put(key, n);
        agents.add(new Agent(term, code, k, prefix, regularPlural));
        return k;
    }

    /** BODY when the head noun (before the first preposition, else the last word) is an institution, else TITLE. */
    static AgentKind kindOf(String term) {
        List<String> words = List.of(term.split(" "));
        String head = words.get(words.size() - 1);
        for (int i = 1; i < words.size(); i++) {
            if (PREPOSITIONS.contains(words.get(i))) {
                head = words.get(i - 1);
                break;
            }
        }
        return BODY_NOUNS.contains(head) ? AgentKind.BODY : AgentKind.TITLE;
    }

    private void tabariWarnings(String raw, int n) {
        if (!raw.endsWith("_")) {
            warn(n, DictionaryWarning.Kind.STEM, "'" + raw + "' has no final '_', so TABARI matches its last word as a "
                    + "stem; Parley matches whole words only");
        }
        if (raw.matches(".*\\S\\s+\\S.*")) {
            warn(n, DictionaryWarning.Kind.GAP, "'" + raw + "' joins words with a blank, which lets TABARI match "
                    + "other words between them; Parley matches the words next to each other");
        }
    }

    private void warn(int line, DictionaryWarning.Kind kind, String message) {
        warnings.add(new DictionaryWarning(file, line, kind, message));
    }

    private DictionaryFormatException error(int line, String problem) {
        return new DictionaryFormatException(file, line, problem);
    }
}
