package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.app.Engine;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command that codes articles shares. */
final class EngineOptions {
    @Option(names = "--threads", description = "Worker threads for NLP (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--verbose", description = "Show CoreNLP's own log messages.")
    boolean verbose;

    @Option(names = "--verbs", paramLabel = "FILE", description = "Add a verb dictionary: PETRARCH, TABARI or Parley's "
            + "pattern format, told apart by the content (repeatable).")
    List<Path> verbs = new ArrayList<>();

    @Option(names = "--no-builtin-verbs", description = "Code with the --verbs dictionaries only, without Parley's "
            + "built-in patterns.")
    boolean noBuiltinVerbs;

    @Option(names = "--discards", paramLabel = "FILE", description = "Add a discard list in PETRARCH's format "
            + "(repeatable); Parley's built-in list always applies.")
    List<Path> discards = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    Engine load() {
        Options.quietNlp(verbose);
        if (noBuiltinVerbs && verbs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--no-builtin-verbs needs at least one --verbs FILE");
        }
        if (verbs.isEmpty() && discards.isEmpty() && !noBuiltinVerbs) {
            return Engines.standard();
        }
        return Engines.withEvents(Engines.standard(), verbs, !noBuiltinVerbs, discards, spec.commandLine().getErr());
    }
}
