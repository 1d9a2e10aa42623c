package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.ArticleProcessor;
import org.parley.app.Engine;
import org.parley.app.IngestService;
import org.parley.export.OutputFormat;
import org.parley.ingest.ArticleReader;
import org.parley.store.EventQuery;
import org.parley.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley demo}: the bundled example articles into a fresh store, then their timeline. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled example articles into a fresh event store and print the timeline.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--db", description = "Store to (re)create (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("parley-demo.duckdb");

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (BundledExamples examples = BundledExamples.copy()) {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
            Engine loaded = engine.load();
            ArticleReader reader = new ArticleReader();
            IngestService service = new IngestService(reader, new ArticleProcessor(reader, loaded.pipeline(), engine.threads));
            PrintWriter out = spec.commandLine().getOut();
            try (EventStore store = EventStore.open(db)) {
                service.ingest(List.of(examples.folder()), store, "demo",
                        new ProgressPrinter(spec.commandLine().getErr(), System.console() != null));
                out.printf("%nTimeline of %d example articles (event dates, not article dates), store: %s%n%n",
                        examples.names().size(), db);
                var writer = OutputFormat.TABLE.writer(out);
                writer.write(store.events(EventQuery.all()));
                writer.finish();
                out.printf("%nTry: parley events --db %s --status planned%n", db);
            }
            out.flush();
            return 0;
        }
    }
}
