package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    /** The bundled examples, listed in {@code examples/index.txt} beside them. */
    static final String EXAMPLES = "/org/parley/examples/";

    @Option(names = "--db", description = "Store to (re)create (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("parley-demo.duckdb");

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("parley-demo");
        try {
            List<String> names = copyExamples(folder);
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
            Engine loaded = engine.load();
            ArticleReader reader = new ArticleReader();
            IngestService service = new IngestService(reader, new ArticleProcessor(reader, loaded.pipeline(), engine.threads));
            PrintWriter out = spec.commandLine().getOut();
            try (EventStore store = EventStore.open(db)) {
                service.ingest(List.of(folder), store, "demo",
                        new ProgressPrinter(spec.commandLine().getErr(), System.console() != null));
                out.printf("%nTimeline of %d example articles (event dates, not article dates), store: %s%n%n",
                        names.size(), db);
                var writer = OutputFormat.TABLE.writer(out);
                writer.write(store.events(EventQuery.all()));
                writer.finish();
                out.printf("%nTry: parley events --db %s --status planned%n", db);
            }
            out.flush();
            return 0;
        } finally {
            try (var files = Files.list(folder)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    static List<String> copyExamples(Path folder) throws IOException {
        List<String> names = exampleNames();
        for (String name : names) {
            try (InputStream in = DemoCommand.class.getResourceAsStream(EXAMPLES + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled example " + name + " is missing");
                }
                Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return names;
    }

    static List<String> exampleNames() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(EXAMPLES + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("bundled example index is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
