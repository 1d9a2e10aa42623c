package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.ArticleProcessor;
import org.parley.app.Engine;
import org.parley.app.IngestService;
import org.parley.app.IngestSummary;
import org.parley.ingest.ArticleReader;
import org.parley.store.ClusterPolicy;
import org.parley.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley ingest PATH...}: code files and folders into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Code article files and folders (recursively) into the event store.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--db", description = "Event store file (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("parley.duckdb");

    @Mixin
    DateOption date;

    @Option(names = "--cluster-slack", paramLabel = "DAYS", description = "How many days apart two reports of the "
            + "same event may be dated and still form one cluster (default: ${DEFAULT-VALUE}; see docs/FORMATS.md).")
    int clusterSlack = ClusterPolicy.defaults().slackDays();

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ClusterPolicy policy;
        try {
            policy = new ClusterPolicy(clusterSlack, ClusterPolicy.defaults().symmetricCodes());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Engine loaded = engine.load();
        ArticleReader reader = new ArticleReader(date.date);
        IngestService service = new IngestService(reader, new ArticleProcessor(reader, loaded.pipeline(), engine.threads));
        try (EventStore store = EventStore.open(db, policy)) {
            IngestSummary summary = service.ingest(paths, store, "ingest " + paths,
                    new ProgressPrinter(spec.commandLine().getErr(), System.console() != null));
            return summary.errors() == 0 ? 0 : 1;
        }
    }
}
