package org.parley.cli;

import org.parley.app.Engine;
import picocli.CommandLine.Option;

/** Options every command that codes articles shares. */
final class EngineOptions {
    @Option(names = "--threads", description = "Worker threads for NLP (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--verbose", description = "Show CoreNLP's own log messages.")
    boolean verbose;

    Engine load() {
        Options.quietNlp(verbose);
        return Engines.standard();
    }
}
