package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.app.Engine;
import org.parley.events.DiscardList;
import org.parley.events.EventPattern;
import org.parley.events.PatternDictionary;
import org.parley.events.ProtestWords;
import org.parley.events.VerbDictionary;

/** Loads the engine the commands use. */
final class Engines {
    private Engines() {
    }

    static Engine standard() {
        return Engine.shared();
    }

    static Engine withActors(org.parley.actors.ActorDictionaries dictionaries, String dictionaryVersion) {
        return Engine.withActors(dictionaries, dictionaryVersion);
    }

    /**
     * {@code base} with the verb dictionaries and discard lists of the command line: each file is read (the format
     * told from its content) and summed up on {@code err}, with the count of constructs it could not translate.
     */
    static Engine withEvents(Engine base, List<Path> verbFiles, boolean builtinVerbs, List<Path> discardFiles,
                             boolean keepCodes, PrintWriter err) {
        org.parley.events.CameoTable codes = keepCodes ? base.cameo().withForeignCodes() : base.cameo();
        List<EventPattern> patterns = new ArrayList<>(builtinVerbs ? PatternDictionary.builtIn().patterns() : List.of());
        DiscardList discards = DiscardList.builtIn();
        for (Path file : verbFiles) {
            VerbDictionary d;
            try {
                d = VerbDictionary.read(file, codes);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the verb dictionary " + file + ": " + e);
            }
            patterns.addAll(d.patterns());
            discards = discards.plus(d.discards());
            err.printf("parley: verbs %s (%s): %d patterns%s%s%n", file, d.format().name().toLowerCase(java.util.Locale.ROOT),
                    d.patterns().size(), d.discards().isEmpty() ? "" : ", " + d.discards().entries().size()
                            + " discard phrases", d.warnings().isEmpty() ? "" : ", not translated:");
            for (Map.Entry<String, Integer> e : d.warningCounts().entrySet()) {
                err.printf("parley:   %5d %s%n", e.getValue(), e.getKey());
            }
        }
        for (Path file : discardFiles) {
            DiscardList d;
            try {
                d = DiscardList.read(file);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the discard list " + file + ": " + e);
            }
            err.printf("parley: discards %s: %d phrases%n", file, d.entries().size());
            discards = discards.plus(d);
        }
        err.flush();
        return base.withEvents(PatternDictionary.of(patterns), discards, codes,
                builtinVerbs ? ProtestWords.builtIn() : ProtestWords.NONE);
    }
}
