package org.parley.actors;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A user's actor and agent dictionary files, loaded ({@code docs/DICTIONARIES.md}, "Bringing your own
 * dictionaries"). Each file becomes one layer of {@link ActorDictionaries}: the actor files in the order given, then
 * the agent files; a phrase defined by an earlier file hides the later files' meanings of it, and each such case is
 * a {@link DictionaryWarning.Kind#DUPLICATE} warning. Put the result next to Parley's own dictionaries with
 * {@code ActorDictionaries.builtIn().with(user.dictionaries())}, or use it alone.
 *
 * <p>Formats: Parley's own tables (told apart by their header line), PETRARCH's and TABARI's; detected per file
 * from the content ({@link DictionaryFormat#detect}) unless one format is given for every file.
 */
public final class UserDictionaries {
    private final List<DictionaryFile> files;
    private final List<DictionaryWarning> warnings;
    private final ActorDictionaries dictionaries;

    private UserDictionaries(List<DictionaryFile> files, List<DictionaryWarning> crossFile) {
        this.files = List.copyOf(files);
        List<DictionaryWarning> all = new ArrayList<>();
        for (DictionaryFile f : files) {
            all.addAll(f.warnings());
        }
        all.addAll(crossFile);
        this.warnings = List.copyOf(all);
        ActorDictionaries d = null;
        for (int i = files.size() - 1; i >= 0; i--) {
            ActorDictionaries layer = files.get(i).dictionaries();
            d = d == null ? layer : d.with(layer);
        }
        this.dictionaries = d == null ? ActorDictionaries.empty() : d;
    }

    /**
     * Loads actor files and agent files.
     *
     * @param actorFiles actor dictionaries (PETRARCH or TABARI actor files, or Parley's countries, organisations or
     *                   people tables), in order of precedence
     * @param agentFiles agent dictionaries (PETRARCH or TABARI agent files, or Parley's agents table)
     * @param format     the format of every file, or null to detect it per file
     * @throws DictionaryFormatException at the first line that cannot be read
     * @throws UncheckedIOException      when a file cannot be read at all
     */
    public static UserDictionaries load(List<Path> actorFiles, List<Path> agentFiles, DictionaryFormat format) {
        return load(actorFiles, agentFiles, format, false);
    }

    /**
     * Loads actor files and agent files as {@link #load(List, List, DictionaryFormat)} does; with {@code keepCodes}
     * a PETRARCH or TABARI actor code outside CAMEO's groups of three ({@code [ITHTV]}) is kept as written
     * ({@code --keep-dictionary-codes}) instead of left out with a warning.
     */
    public static UserDictionaries load(List<Path> actorFiles, List<Path> agentFiles, DictionaryFormat format,
                                        boolean keepCodes) {
        List<DictionaryFile> files = new ArrayList<>();
        for (Path p : actorFiles) {
            files.add(readActors(p, format, keepCodes));
        }
        for (Path p : agentFiles) {
            files.add(readAgents(p, format));
        }
        return of(files);
    }

    /**
     * These dictionaries with the phrases of their PETRARCH and TABARI files matched in any case, as those programs
     * match them ({@code --case-blind-actors}; {@link ActorDictionaries#withAnyCase}); Parley's own tables among the
     * files keep their case rule.
     */
    public ActorDictionaries caseBlindDictionaries() {
        ActorDictionaries d = null;
        for (int i = files.size() - 1; i >= 0; i--) {
            DictionaryFile f = files.get(i);
            ActorDictionaries layer = switch (f.format()) {
                case PETRARCH, TABARI -> f.dictionaries().withAnyCase();
                case PARLEY -> f.dictionaries();
            };
            d = d == null ? layer : d.with(layer);
        }
        return d == null ? ActorDictionaries.empty() : d;
    }

    /** Files already read, in order of precedence. */
    public static UserDictionaries of(List<DictionaryFile> files) {
        List<DictionaryWarning> cross = new ArrayList<>();
        Map<List<String>, String> seen = new LinkedHashMap<>();
        for (DictionaryFile f : files) {
            List<DictionaryWarning> here = new ArrayList<>();
            for (Map.Entry<List<String>, Integer> e : f.phraseLines().entrySet()) {
                String earlier = seen.get(e.getKey());
                if (earlier != null) {
                    here.add(new DictionaryWarning(f.name(), e.getValue(), DictionaryWarning.Kind.DUPLICATE, "'"
                            + String.join(" ", e.getKey()) + "' is already defined in " + earlier
                            + "; the earlier file's definition is used"));
                }
            }
            here.sort(java.util.Comparator.comparingInt(DictionaryWarning::line));
            cross.addAll(here);
            f.phraseLines().forEach((k, line) -> seen.putIfAbsent(k, f.name() + (line > 0 ? ":" + line : "")));
        }
        return new UserDictionaries(files, cross);
    }

    /** Reads one actor file in the given format, or the detected one when {@code format} is null. */
    public static DictionaryFile readActors(Path path, DictionaryFormat format) {
        return readActors(path, format, false);
    }

    /** Reads one actor file; with {@code keepCodes} its codes outside the groups of three are kept as written. */
    public static DictionaryFile readActors(Path path, DictionaryFormat format, boolean keepCodes) {
        List<String> lines = DictionaryLines.read(path);
        String name = path.getFileName().toString();
        DictionaryFormat f = format != null ? format : DictionaryFormat.detect(lines);
        return switch (f) {
            case PARLEY -> parleyTable(path, lines, false);
            case PETRARCH, TABARI -> CodedActorFile.read(lines, name, f, keepCodes);
        };
    }

    /** Reads one agent file in the given format, or the detected one when {@code format} is null. */
    public static DictionaryFile readAgents(Path path, DictionaryFormat format) {
        List<String> lines = DictionaryLines.read(path);
        String name = path.getFileName().toString();
        DictionaryFormat f = format != null ? format : DictionaryFormat.detect(lines);
        return switch (f) {
            case PARLEY -> parleyTable(path, lines, true);
            case PETRARCH, TABARI -> CodedAgentFile.read(lines, name, f);
        };
    }

    private static DictionaryFile parleyTable(Path path, List<String> lines, boolean agents) {
        String name = path.getFileName().toString();
        int headerLine = 0;
        Optional<ParleyTable> table = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                headerLine = i + 1;
                table = ParleyTable.ofHeader(lines.get(i));
                break;
            }
        }
        if (table.isEmpty()) {
            throw new DictionaryFormatException(name, headerLine, "not one of Parley's dictionary tables: the header"
                    + " must be the columns of countries.tsv, organisations.tsv, people.tsv or agents.tsv");
        }
        if (agents != (table.get() == ParleyTable.AGENTS)) {
            throw new DictionaryFormatException(name, headerLine, agents
                    ? "this is Parley's " + table.get().name().toLowerCase(Locale.ROOT) + " table, an actor dictionary;"
                    + " give it as an actor file (--actors)"
                    : "this is Parley's agents table; give it as an agent file (--agents)");
        }
        CountryTable countries = new CountryTable(List.of());
        OrganisationTable organisations = new OrganisationTable(List.of());
        AgentTable agentTable = new AgentTable(List.of());
        PeopleTable people = new PeopleTable(List.of());
        Map<List<String>, Integer> keys = new LinkedHashMap<>();
        switch (table.get()) {
            case COUNTRIES -> {
                countries = CountryTableReader.read(path);
                for (Country c : countries.all()) {
                    List<String> all = new ArrayList<>(c.names());
                    all.addAll(c.adjectives());
                    all.addAll(c.capitals());
                    all.addAll(c.cities());
                    all.forEach(n -> keys.putIfAbsent(TokenKeys.keys(n), 0));
                }
            }
            case ORGANISATIONS -> {
                organisations = OrganisationTableReader.read(path);
                organisations.all().forEach(o -> o.names().forEach(n -> keys.putIfAbsent(TokenKeys.keys(n), 0)));
            }
            case PEOPLE -> {
                people = PeopleTableReader.read(path);
                people.all().forEach(p -> p.names().forEach(n -> keys.putIfAbsent(TokenKeys.keys(n), 0)));
            }
            case AGENTS -> {
                agentTable = AgentTableReader.read(path);
                agentTable.all().forEach(a -> keys.putIfAbsent(TokenKeys.keys(a.term()), 0));
            }
        }
        return new DictionaryFile(name, DictionaryFormat.PARLEY,
                ActorDictionaries.of(countries, organisations, agentTable, people), List.of(), keys);
    }

    /** The user's layers alone, in order of precedence. */
    public ActorDictionaries dictionaries() {
        return dictionaries;
    }

    /** The files, in order of precedence. */
    public List<DictionaryFile> files() {
        return files;
    }

    /** Every warning: each file's, then the phrases an earlier file already defines. */
    public List<DictionaryWarning> warnings() {
        return warnings;
    }

    /** The number of warnings of each kind that occurs. */
    public Map<DictionaryWarning.Kind, Integer> counts() {
        Map<DictionaryWarning.Kind, Integer> out = new EnumMap<>(DictionaryWarning.Kind.class);
        for (DictionaryWarning w : warnings) {
            out.merge(w.kind(), 1, Integer::sum);
        }
        return out;
    }

    /**
     * One line per kind of warning: the count, what Parley did, and the first case, e.g.
     * {@code 75 × phrase defined twice: the first one is used (first: Phoenix.Countries.actors.txt:5803: ...)}.
     */
    public List<String> summary() {
        List<String> out = new ArrayList<>();
        counts().forEach((kind, n) -> {
            DictionaryWarning first = warnings.stream().filter(w -> w.kind() == kind).findFirst().orElseThrow();
            out.add(n + " x " + kind.summary() + " (first: " + first + ")");
        });
        return out;
    }

    /** The files and their formats, for the provenance of events: {@code a.txt (petrarch), b.tsv (parley)}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (DictionaryFile f : files) {
            parts.add(f.name() + " (" + f.format().name().toLowerCase(Locale.ROOT) + ")");
        }
        return String.join(", ", parts);
    }

    @Override
    public String toString() {
        return "UserDictionaries[" + describe() + "; " + warnings.size() + " warnings]";
    }
}
