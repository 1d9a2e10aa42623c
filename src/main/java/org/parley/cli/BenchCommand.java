package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.Benchmark;
import org.parley.app.BenchmarkReport;
import org.parley.app.Engine;
import org.parley.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley bench [PATH...]}: end-to-end speed, time per stage, and peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure end-to-end articles/s and sentences/s, time per stage and peak heap on a corpus "
                + "(default: the bundled examples); events go to an in-memory store.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Article files or folders (default: the bundled examples).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--repeat", description = "Passes over the corpus after one warm-up pass (default: ${DEFAULT-VALUE}).")
    int repeat = 2;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (repeat < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--repeat must be at least 1");
        }
        try (BundledExamples examples = paths.isEmpty() ? BundledExamples.copy() : null) {
            List<Path> corpus = examples == null ? paths : List.of(examples.folder());
            Engine loaded = engine.load();
            BenchmarkReport report = new Benchmark(loaded, new ArticleReader(), engine.threads).run(corpus, repeat);
            report.print(spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
