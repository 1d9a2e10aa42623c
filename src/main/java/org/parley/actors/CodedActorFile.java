package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorRole;

/**
 * Reads a PETRARCH or TABARI actor file ({@code docs/DICTIONARIES.md}, "Bringing your own dictionaries") and
 * compiles it into one layer of Parley's tables.
 *
 * <p>An entry is a phrase line with optional codes ({@code AFGHANISTAN_ [AFG]}), optional synonym lines starting
 * with {@code +}, and optional indented code lines ({@code \t[SWEGOV >730915]}); TABARI's in-line codes
 * ({@code ALBRIGHT [USAGOV 991201-010114] [---]}) are read too. An entry with no code at all shares the codes of the
 * next entry, as in PETRARCH. Codes hold over dates: {@code <date} up to that day, {@code >date} from that day,
 * {@code date-date} between both days, every limit included, as PETRARCH documents; a code without a date is the
 * default, used when no dated code holds. A mention takes the first dated code that holds on its date, in file
 * order, else the default, else the code nearest in time ({@link org.parley.model.ActorMention#roleOn}).
 *
 * <p>What an entry becomes in Parley: a single undated three-letter code that is neither a non-state root nor a
 * sector makes a country ({@code AFGHANISTAN_ [AFG]}; every phrase is one of its names); an entry with dated codes is
 * a person ({@code CARL_XVI_GUSTAF_}), unless one of its codes is a bare country root and none a root with a sector
 * ({@code ZIMBABWE [RHO <790606] [ZBW]}, {@code ARMENIA [USRARM <900823] ... [ARM >911221]}, but not
 * {@code SAM_GAMGEE [HOB] [HOBMIL 20080120-20121109]}): then it is a place, an organisation with those dated codes and
 * also, when no plain country entry has that root, a country with its latest root for the phrase rules ("Zimbabwean
 * police"); or unless its name looks like a group's
 * ({@link #looksLikeGroup}: {@code THE_ISLAMIC_STATE [IMGMUSISI >20130408]}): then it is an organisation; anything
 * else is an organisation ({@code UN_ [IGOUNO]}, {@code BOKO_HARAM [NGAREB]}).
 *
 * <p>In a TABARI file, a phrase without a final {@code _} ends in a stem, as TABARI reads it: its last word matches
 * every word that starts with it ({@code ARGENTIN} is "Argentina" and "Argentine"; {@link
 * ActorDictionaries#withStems}); a phrase with the final {@code _} matches whole words, with their regular noun
 * ending ({@link #addNounEndings}). PETRARCH files have no stems. A blank between two words of a TABARI phrase lets
 * other words stand there ({@code PRINCE DOL_AMROTH}; {@link ActorDictionaries#withGaps}); so does one in a
 * PETRARCH file, as PETRARCH's own unit tests expect ("Ithilen state-run television" is {@code ITHILEN TELEVISION}).
 *
 * <p>Phrases become capitalized words ({@link Phrases#actorName}), except that an organisation named after a place of
 * the file spells the words after the place in lower case, which match in any case ({@link #descriptionCase}:
 * "Ithilen government radio").
 */
final class CodedActorFile {
    /** CAMEO sector codes: a bare one ({@code [ELI]}) is no country. */
    static final Set<String> SECTOR_CODES = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED",
            "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF", "MOD", "RAD", "AGR", "DEV", "ELI", "ENV", "HRI",
            "INS", "SEP", "UAF", "REL");

    private enum Type { COUNTRY, DATED_PLACE, ORGANISATION, PERSON }

    private record Phrase(String raw, int line) {
    }

    private record Code(String code, LocalDate from, LocalDate to, boolean dated, String text, int line) {
    }

    private static final class Draft {
        final List<Phrase> phrases = new ArrayList<>();
        final List<Code> codes = new ArrayList<>();
        boolean codesWritten;
    }

    private record Compiled(Type type, List<String> names, List<ActorRole> roles, String country, String source,
                            boolean group) {
        Compiled(Type type, List<String> names, List<ActorRole> roles, String country, String source) {
            this(type, names, roles, country, source, false);
        }
    }

    private final String file;
    private final DictionaryFormat format;
    private final List<DictionaryWarning> warnings = new ArrayList<>();
    private final Map<List<String>, Integer> keyLines = new LinkedHashMap<>();
    /** TABARI phrases without a final {@code _}: their last word is a stem. */
    private final Set<List<String>> stems = new HashSet<>();
    /** TABARI phrases with a blank between words: the indexes of the words a blank stands before. */
    private final Map<List<String>, List<Integer>> gaps = new HashMap<>();
    private final List<Compiled> compiled = new ArrayList<>();
    /** Whether codes outside the groups of three ({@code [ITHTV]}) are kept as written rather than left out. */
    private final boolean keepCodes;

    private CodedActorFile(String file, DictionaryFormat format, boolean keepCodes) {
        this.file = file;
        this.format = format;
        this.keepCodes = keepCodes;
    }

    static DictionaryFile read(List<String> lines, String file, DictionaryFormat format) {
        return read(lines, file, format, false);
    }

    /**
     * Reads the file; with {@code keepCodes} a code outside CAMEO's groups of three ({@code [ITHTV]}, a three-character
     * root followed by letters or digits) is kept as written ({@link Actor#asWritten}) instead of left out.
     */
    static DictionaryFile read(List<String> lines, String file, DictionaryFormat format, boolean keepCodes) {
        if (format != DictionaryFormat.PETRARCH && format != DictionaryFormat.TABARI) {
            throw new IllegalArgumentException("not a PETRARCH or TABARI format: " + format);
        }
        CodedActorFile f = new CodedActorFile(file, format, keepCodes);
        f.parse(DictionaryLines.content(lines, file, f.warnings));
        if (format == DictionaryFormat.TABARI) {
            f.addNounEndings();
        }
        return new DictionaryFile(file, format, f.tables(), f.sortedWarnings(), f.keyLines);
    }

    private List<DictionaryWarning> sortedWarnings() {
        List<DictionaryWarning> out = new ArrayList<>(warnings);
        out.sort(java.util.Comparator.comparingInt(DictionaryWarning::line));
        return out;
    }

    // ---- lines to drafts ----

    private void parse(List<DictionaryLines.Line> lines) {
        Draft current = null;
        for (DictionaryLines.Line l : lines) {
            String t = l.text().strip();
            int n = l.number();
            if (l.indented()) {
                if (current == null) {
                    throw error(n, "a code line before any entry");
                }
                int br = t.indexOf('[');
                if (br < 0) {
                    throw error(n, "an indented line must hold codes: [CODE], [CODE <date], [CODE >date] or "
                            + "[CODE date-date], got '" + t + "'");
                }
                if (br > 0) {
                    warn(n, DictionaryWarning.Kind.REPAIRED, "'" + t.substring(0, br).strip() + "' before the code "
                            + "of an indented code line is not read; the line is read as codes of the entry above, as "
                            + "PETRARCH reads it");
                }
                current.codesWritten = true;
                codes(t.substring(br), n, current);
            } else if (t.startsWith("+")) {
                if (current == null) {
                    throw error(n, "a synonym line (+) before any entry");
                }
                String p = t.substring(1).strip();
                if (p.contains("[")) {
                    throw error(n, "a synonym line (+) takes no code; codes go on the entry's first line or on "
                            + "indented lines below the synonyms");
                }
                if (p.isEmpty()) {
                    throw error(n, "a synonym line (+) without a phrase");
                }
                current.phrases.add(new Phrase(p, n));
            } else {
                int br = t.indexOf('[');
                String p = (br < 0 ? t : t.substring(0, br)).strip();
                if (p.isEmpty()) {
                    throw error(n, "a code must follow a phrase on the same line or stand on an indented line");
                }
                Draft next = new Draft();
                if (current != null) {
                    if (current.codesWritten) {
                        finish(current);
                    } else {
                        next.phrases.addAll(current.phrases); // PETRARCH: a phrase without codes shares the next codes
                    }
                }
                next.phrases.add(new Phrase(p, n));
                if (br >= 0) {
                    next.codesWritten = true;
                    codes(t.substring(br), n, next);
                }
                current = next;
            }
        }
        if (current != null) {
            if (current.codesWritten) {
                finish(current);
            } else {
                Phrase first = current.phrases.get(0);
                warn(first.line(), DictionaryWarning.Kind.NO_CODE, "'" + first.raw() + "' ends the file without a code;"
                        + " its " + current.phrases.size() + " phrase(s) are not loaded");
            }
        }
    }

    private void codes(String text, int line, Draft d) {
        for (CodeGroups.Group g : CodeGroups.split(text, file, line, warnings)) {
            Code c = code(g.inner(), line);
            if (c != null) {
                d.codes.add(c);
            }
        }
    }

    /** One {@code [CODE restriction]}, or null when its date cannot be read (after a warning). */
    private Code code(String inner, int line) {
        int k = 0;
        while (k < inner.length() && !Character.isWhitespace(inner.charAt(k)) && inner.charAt(k) != '<'
                && inner.charAt(k) != '>') {
            k++;
        }
        String code = inner.substring(0, k);
        String rest = inner.substring(k).strip();
        if (code.isEmpty()) {
            throw error(line, "a code group must start with its code: [CODE ...], got [" + inner + "]");
        }
        if (rest.isEmpty()) {
            return new Code(code, null, null, false, inner, line);
        }
        char op = rest.charAt(0);
        if (op == '<' || op == '>') {
            LocalDate d = CodeGroups.date(rest.substring(1), inner, file, line, warnings);
            if (d == null) {
                return null;
            }
            return op == '<' ? new Code(code, null, d, true, inner, line) : new Code(code, d, null, true, inner, line);
        }
        int dash = rest.indexOf('-');
        if (dash >= 0) {
            LocalDate from = CodeGroups.date(rest.substring(0, dash), inner, file, line, warnings);
            LocalDate to = from == null ? null : CodeGroups.date(rest.substring(dash + 1), inner, file, line, warnings);
            if (from == null || to == null) {
                return null;
            }
            if (to.isBefore(from)) {
                warn(line, DictionaryWarning.Kind.BAD_DATE, "[" + inner + "] ends (" + to + ") before it starts ("
                        + from + "); restriction left out, as PETRARCH does");
                return null;
            }
            return new Code(code, from, to, true, inner, line);
        }
        if (rest.chars().allMatch(Character::isDigit)) {
            warn(line, DictionaryWarning.Kind.BAD_DATE, "[" + inner + "] has a date without <, > or a range, so it is"
                    + " not known whether the code holds before, from or on that day; restriction left out");
            return null;
        }
        throw error(line, "cannot read '" + rest + "' in [" + inner + "] as a date restriction: expected <date, >date"
                + " or date-date with dates YYMMDD or YYYYMMDD");
    }

    // ---- drafts to entries ----

    private void finish(Draft d) {
        List<ActorRole> dated = new ArrayList<>();
        List<ActorRole> defaults = new ArrayList<>();
        String firstPhrase = d.phrases.get(0).raw();
        if (d.codes.size() == 1 && !d.codes.get(0).dated() && d.codes.get(0).code().contains("/")) {
            group(d);
            return;
        }
        boolean actor = d.codes.stream().anyMatch(c -> !c.code().equals(Actor.UNKNOWN_COUNTRY)
                && usable(c.code()));
        for (Code c : d.codes) {
            String code = c.code().equals(Actor.UNKNOWN_COUNTRY) && actor ? Actor.UNKNOWN_COUNTRY
                    : actorCode(c.code(), c.text(), c.line());
            if (code == null) {
                continue;
            }
            String note = "[" + c.text() + "] " + file + ":" + c.line();
            ActorRole role = new ActorRole(code.equals(Actor.UNKNOWN_COUNTRY) ? Actor.NONE : Actor.asWritten(code),
                    c.from(), c.to(), note);
            if (c.dated()) {
                dated.add(role);
            } else if (defaults.isEmpty()) {
                defaults.add(role);
            } else {
                warn(c.line(), DictionaryWarning.Kind.EXTRA_DEFAULT, "[" + c.text() + "] is a second code without a"
                        + " date for '" + firstPhrase + "'; the first, [" + defaults.get(0).actor().code()
                        + "], is its default");
            }
        }
        List<ActorRole> roles = new ArrayList<>(dated);
        roles.addAll(defaults);
        if (roles.isEmpty()) {
            warn(d.phrases.get(0).line(), DictionaryWarning.Kind.NO_CODE, "'" + firstPhrase + "' has no usable code;"
                    + " its " + d.phrases.size() + " phrase(s) are not loaded");
            return;
        }
        List<String> names = new ArrayList<>();
        for (Phrase p : d.phrases) {
            String name = name(p);
            if (name != null) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        String source = file + ":" + d.phrases.get(0).line();
        String bare = null;
        boolean sector = false;
        for (ActorRole r : roles) {
            String code = r.actor().code();
            if (isBareRoot(code)) {
                bare = code;
            }
            sector |= code.length() >= 6 && SECTOR_CODES.contains(code.substring(3, 6));
        }
        if (dated.isEmpty() && bare != null) {
            compiled.add(new Compiled(Type.COUNTRY, names, roles, bare, source));
        } else if (!dated.isEmpty() && bare != null && !sector && roles.stream().noneMatch(CodedActorFile::none)) {
            compiled.add(new Compiled(Type.DATED_PLACE, names, roles, latestRoot(roles), source));
        } else if (!dated.isEmpty() && !looksLikeGroup(names.get(0))) {
            compiled.add(new Compiled(Type.PERSON, names, roles, null, source));
        } else {
            compiled.add(new Compiled(Type.ORGANISATION, names, roles, null, source));
        }
    }

    /**
     * An entry whose only code names several actors at once ({@code LORIEN [ELR/GAL]}): an organisation that stands
     * for all of them, each mention of it one mention per actor.
     */
    private void group(Draft d) {
        Code c = d.codes.get(0);
        List<ActorRole> roles = new ArrayList<>();
        for (String part : c.code().split("/", -1)) {
            String code = part.isEmpty() || part.contains("/") ? null : actorCode(part, c.text(), c.line());
            if (code == null) {
                warn(c.line(), DictionaryWarning.Kind.NO_CODE, "[" + c.text() + "] has a part Parley cannot use; '"
                        + d.phrases.get(0).raw() + "' is not loaded");
                return;
            }
            ActorRole role = new ActorRole(Actor.asWritten(code), null, null, "[" + c.text() + "] " + file + ":"
                    + c.line());
            if (!roles.contains(role)) {
                roles.add(role);
            }
        }
        List<String> names = new ArrayList<>();
        for (Phrase p : d.phrases) {
            String name = name(p);
            if (name != null) {
                names.add(name);
            }
        }
        if (!names.isEmpty() && roles.size() >= 2) {
            compiled.add(new Compiled(Type.ORGANISATION, names, roles, null, file + ":" + d.phrases.get(0).line(),
                    true));
        }
    }

    /** Whether a role is the null code: the phrase names no actor while it holds. */
    private static boolean none(ActorRole r) {
        return r.actor().equals(Actor.NONE);
    }

    /** Whether {@link #actorCode} would keep the code (without warning about it). */
    private boolean usable(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return code.equals(Actor.DISCARD_ROOT) || !code.equals("+++") && !code.contains("/")
                && (keepCodes ? upper.matches("[A-Z0-9]{3,}") : upper.matches("([A-Z0-9]{3})+"));
    }

    /** The code in Parley's form, or null after a warning when Parley cannot use it. */
    private String actorCode(String code, String text, int line) {
        if (code.equals("---")) {
            warn(line, DictionaryWarning.Kind.NULL_CODE, "[" + text + "] is the null code ('not an actor') and the "
                    + "entry's only usable code: an entry that names no actor at any date is left out");
            return null;
        }
        if (code.equals(Actor.DISCARD_ROOT)) {
            return code; // the phrase discards its sentence while the code holds
        }
        if (code.equals("+++")) {
            warn(line, DictionaryWarning.Kind.CONTROL_CODE, "[" + text + "] is a TABARI control code, not an actor; "
                    + "left out");
            return null;
        }
        if (code.contains("/")) {
            warn(line, DictionaryWarning.Kind.COMPOUND_CODE, "[" + text + "] names several actors at once; Parley "
                    + "reads that only as an entry's one undated code, so the code is left out");
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (keepCodes ? !upper.matches("[A-Z0-9]{3,}") : !upper.matches("([A-Z0-9]{3})+")) {
            warn(line, DictionaryWarning.Kind.BAD_CODE, "[" + text + "]: '" + code + "' is not " + (keepCodes
                    ? "a three-character root followed by letters or digits"
                    : "letters or digits in groups of three, as Parley's actor codes are") + "; left out");
            return null;
        }
        if (!upper.equals(code)) {
            warn(line, DictionaryWarning.Kind.CODE_CASE, "[" + text + "]: '" + code + "' read as " + upper);
        }
        return upper;
    }

    /** The phrase in Parley's spelling, or null after a warning. */
    private String name(Phrase p) {
        if (format == DictionaryFormat.TABARI && p.raw().strip().endsWith("=")) {
            // MOUSE= : TABARI's mark for a word whose endings double its last consonant; the word itself is whole
            String raw = p.raw().strip();
            p = new Phrase(raw.substring(0, raw.length() - 1) + "_", p.line());
        }
        int bad = Phrases.badCharacter(p.raw());
        if (bad >= 0) {
            warn(p.line(), DictionaryWarning.Kind.BAD_PHRASE, "'" + Phrases.printable(p.raw()) + "' has the character "
                    + Phrases.describe(bad) + ", which no word of a text has; phrase not loaded");
            return null;
        }
        List<String> words = Phrases.words(p.raw());
        if (words.isEmpty()) {
            warn(p.line(), DictionaryWarning.Kind.BAD_PHRASE, "'" + p.raw() + "' has no words; not loaded");
            return null;
        }
        String name = Phrases.actorName(words);
        List<String> key = TokenKeys.keys(name);
        Integer earlier = keyLines.get(key);
        if (earlier != null) {
            warn(p.line(), DictionaryWarning.Kind.DUPLICATE, "'" + p.raw() + "' is already defined on line " + earlier
                    + "; the first definition is used");
            return null;
        }
        keyLines.put(key, p.line());
        if (format == DictionaryFormat.TABARI && !p.raw().strip().endsWith("_")) {
            stems.add(key);
        }
        List<Integer> blanks = blanks(p.raw(), key.size());
        if (!blanks.isEmpty()) {
            gaps.put(key, blanks);
        }
        return name;
    }

    /**
     * The indexes of the words of a TABARI phrase that a blank (not {@code _}) separates from the word before them, for
     * a phrase of {@code size} words; none when the words do not line up with the phrase's keys.
     */
    static List<Integer> blanks(String raw, int size) {
        List<Integer> out = new ArrayList<>();
        int words = 0;
        for (String chunk : raw.strip().split("\\s+")) {
            int n = Phrases.words(chunk).size();
            if (n == 0) {
                continue;
            }
            if (words > 0) {
                out.add(words);
            }
            words += n;
        }
        return words == size ? List.copyOf(out) : List.of();
    }

    /**
     * Whether a name with dated codes is a group rather than a person: it starts with "the" ("the Islamic State") or
     * ends in an institution noun ("... Front", "... Army", "... State").
     */
    static boolean looksLikeGroup(String name) {
        List<String> words = TokenKeys.keys(name);
        String last = words.get(words.size() - 1);
        return words.get(0).equals("the") || last.equals("state") || CodedAgentFile.BODY_NOUNS.contains(last);
    }

    private static boolean isBareRoot(String code) {
        return code.matches("[A-Z]{3}") && !Actor.NON_STATE_ROOTS.contains(code)
                && !SECTOR_CODES.contains(code);
    }

    /** The bare root of a dated place that holds last: its default, else the open or latest-ending one. */
    private static String latestRoot(List<ActorRole> roles) {
        ActorRole best = null;
        for (ActorRole r : roles) {
            if (!isBareRoot(r.actor().code())) {
                continue;
            }
            if (r.from() == null && r.to() == null) {
                return r.actor().code();
            }
            if (best == null || r.to() == null || (best.to() != null && !r.to().isBefore(best.to()))) {
                best = r;
            }
        }
        return best.actor().code();
    }

    /**
     * TABARI matches a phrase's words with their regular noun endings too ("LIBYA_" is also "Libyas"; the possessive
     * 's is a token of its own in Parley already): each name gets its plural as one more name, unless that spelling is
     * a phrase of the file or of another entry. People's names and stems (which match every ending) are left as they
     * are.
     */
    private void addNounEndings() {
        Set<List<String>> taken = new HashSet<>(keyLines.keySet());
        for (int i = 0; i < compiled.size(); i++) {
            Compiled c = compiled.get(i);
            if (c.type() == Type.PERSON) {
                continue; // a person's name in the plural names no one
            }
            List<String> names = new ArrayList<>(c.names());
            for (String name : c.names()) {
                if (stems.contains(TokenKeys.keys(name))) {
                    continue; // a stem matches every ending already
                }
                String plural = nounEnding(name);
                if (plural != null && taken.add(TokenKeys.keys(plural))) {
                    names.add(plural);
                }
            }
            compiled.set(i, new Compiled(c.type(), names, c.roles(), c.country(), c.source(), c.group()));
        }
    }

    /**
     * The name with the regular plural ending on its last word ("-es" after x, z, ch, sh), or null for a last word of
     * fewer than three letters, with other characters than letters, in capitals, or ending in s.
     */
    static String nounEnding(String name) {
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        if (last.length() < 3 || !last.chars().allMatch(Character::isLetter) || TokenKeys.isAcronym(last)) {
            return null;
        }
        String lower = last.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s")) {
            return null; // "Ents", "Erebus": a plural already, or a word whose plural no news writes
        }
        boolean sibilant = lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh");
        return name + (sibilant ? "es" : "s");
    }

    // ---- entries to tables ----

    private ActorDictionaries tables() {
        Map<String, List<String>> countries = new LinkedHashMap<>();
        Set<String> plain = new HashSet<>();
        for (Compiled c : compiled) {
            if (c.type() == Type.COUNTRY) {
                plain.add(c.country());
                countries.computeIfAbsent(c.country(), k -> new ArrayList<>()).addAll(c.names());
            }
        }
        List<Organisation> organisations = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        Map<String, List<List<String>>> placeKeys = new HashMap<>();
        countries.values().forEach(names -> names.forEach(n -> {
            List<String> k = TokenKeys.keys(n);
            placeKeys.computeIfAbsent(k.get(0), x -> new ArrayList<>()).add(k);
        }));
        for (Compiled entry : compiled) {
            Compiled c = entry.type() != Type.ORGANISATION ? entry : new Compiled(entry.type(),
                    entry.names().stream().map(n -> descriptionCase(n, placeKeys)).toList(), entry.roles(),
                    entry.country(), entry.source(), entry.group());
            List<String> aliases = c.names().subList(1, c.names().size());
            switch (c.type()) {
                case COUNTRY -> {
                }
                case DATED_PLACE -> {
                    organisations.add(new Organisation(c.names().get(0), aliases, c.roles()));
                    if (!plain.contains(c.country())) {
                        countries.computeIfAbsent(c.country(), k -> new ArrayList<>()).addAll(c.names());
                    }
                }
                case ORGANISATION -> organisations.add(new Organisation(c.names().get(0), aliases, c.roles(),
                        c.group()));
                case PERSON -> people.add(new Person(c.names().get(0), aliases,
                        c.roles().stream().map(r -> new PersonRole(r, c.source())).toList()));
            }
        }
        List<Country> countryList = new ArrayList<>();
        countries.forEach((code, names) -> countryList.add(new Country(code, names.get(0),
                names.subList(1, names.size()), List.of(), List.of(), List.of())));
        return ActorDictionaries.of(new CountryTable(countryList), new OrganisationTable(organisations),
                new AgentTable(List.of()), new PeopleTable(people)).withStems(stems).withGaps(gaps);
    }

    /**
     * An organisation's name that starts with a place of the file ({@code ITHILEN_GOVERNMENT_RADIO_},
     * {@code AFGHAN_NATIONAL_ARMY}) with the words after the place in lower case, so that they match in any case:
     * the file, written in capitals, does not say how the text spells them, and news writes such a description with
     * lower-case nouns ("Ithilen government radio", "Afghan national army") while the place keeps its capital. A
     * name that starts with no place keeps the capitals of every word ("Islamic State" is not "an Islamic state").
     */
    private String descriptionCase(String name, Map<String, List<List<String>>> placeKeys) {
        List<String> words = List.of(name.split(" "));
        String first = TokenKeys.key(words.get(0));
        List<List<String>> candidates = new ArrayList<>(placeKeys.getOrDefault(first, List.of()));
        for (int end = 1; end < first.length(); end++) {
            List<String> stem = List.of(first.substring(0, end)); // a one-word stem the first word starts with
            if (stems.contains(stem) && placeKeys.getOrDefault(stem.get(0), List.of()).contains(stem)) {
                candidates.add(stem);
            }
        }
        int place = 0;
        for (List<String> p : candidates) {
            if (p.size() < words.size() && p.size() > place && startsWith(words, p, stems.contains(p))) {
                place = p.size();
            }
        }
        if (place == 0) {
            return name;
        }
        List<String> out = new ArrayList<>(words.subList(0, place));
        for (String w : words.subList(place, words.size())) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", out);
    }

    /** Whether the words start with the place's keys; a stem's last key only has to start the word. */
    private static boolean startsWith(List<String> words, List<String> place, boolean stem) {
        for (int i = 0; i < place.size(); i++) {
            String w = TokenKeys.key(words.get(i));
            boolean last = i == place.size() - 1;
            if (!(w.equals(place.get(i)) || (last && stem && w.startsWith(place.get(i))))) {
                return false;
            }
        }
        return true;
    }

    private void warn(int line, DictionaryWarning.Kind kind, String message) {
        warnings.add(new DictionaryWarning(file, line, kind, message));
    }

    private DictionaryFormatException error(int line, String problem) {
        return new DictionaryFormatException(file, line, problem);
    }
}
