package org.parley.actors;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One dictionary file as Parley compiled it: a single layer of {@link ActorDictionaries} (an actor file fills the
 * countries, organisations and people; an agent file the agents), and the warnings about what was read in Parley's
 * own way or left out.
 */
public final class DictionaryFile {
    private final String name;
    private final DictionaryFormat format;
    private final ActorDictionaries dictionaries;
    private final List<DictionaryWarning> warnings;
    private final Map<List<String>, Integer> phraseLines;

    DictionaryFile(String name, DictionaryFormat format, ActorDictionaries dictionaries,
                   List<DictionaryWarning> warnings, Map<List<String>, Integer> phraseLines) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = Objects.requireNonNull(format, "format");
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
        this.warnings = List.copyOf(warnings);
        this.phraseLines = Map.copyOf(phraseLines);
    }

    /** The file's name, as messages give it. */
    public String name() {
        return name;
    }

    public DictionaryFormat format() {
        return format;
    }

    /** What the file defines, as one layer. */
    public ActorDictionaries dictionaries() {
        return dictionaries;
    }

    /** What was read in Parley's own way or left out, in line order. */
    public List<DictionaryWarning> warnings() {
        return warnings;
    }

    /** The warnings of one kind. */
    public List<DictionaryWarning> warnings(DictionaryWarning.Kind kind) {
        return warnings.stream().filter(w -> w.kind() == kind).toList();
    }

    /** The token keys of every phrase the file defines, with the line that defines it (0 when not known). */
    Map<List<String>, Integer> phraseLines() {
        return phraseLines;
    }

    @Override
    public String toString() {
        return name + " (" + format.name().toLowerCase(java.util.Locale.ROOT) + "): " + dictionaries + ", "
                + warnings.size() + " warnings";
    }
}
