package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.ArticleProcessor;
import org.parley.app.Engine;
import org.parley.app.Outcome;
import org.parley.export.EventWriter;
import org.parley.export.OutputFormat;
import org.parley.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley code FILE...}: code articles and print their events, storing nothing. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles and print their events; nothing is stored.")
final class CodeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--format", converter = Options.FormatConverter.class,
            description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Mixin
    DateOption date;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Engine loaded = engine.load();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventWriter writer = format.writer(out);
        int[] failures = {0};
        new ArticleProcessor(new ArticleReader(date.date), loaded.pipeline(), engine.threads).process(paths, a -> false, o -> {
            try {
                if (o instanceof Outcome.Coded c) {
                    writer.write(c.result().events());
                } else if (o instanceof Outcome.Failed f) {
                    failures[0]++;
                    err.println("parley: " + f.error().message());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.finish();
        out.flush();
        return failures[0] == 0 ? 0 : 1;
    }
}
