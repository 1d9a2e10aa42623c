package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.store.StoreSummary;
import org.parley.store.SyntheticStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley generate --events N --db FILE}: a synthetic store for benchmarks and tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Fill a new store with synthetic events (deterministic for a seed): 40 countries with sectors, "
                + "CAMEO codes, dates 2015-2024, statuses, and the events' clusters; for benchmarks and tests.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, description = "New event store file.")
    Path db;

    @Option(names = "--events", description = "How many events (default: ${DEFAULT-VALUE}).")
    long events = 1_000_000;

    @Option(names = "--seed", description = "Seed of the choices (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        StoreSummary s;
        try {
            s = SyntheticStore.generate(db, events, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        spec.commandLine().getOut().printf("%s: %,d events in %,d articles (seed %d) in %.1f s%n", db, s.events(),
                s.articles(), seed, (System.nanoTime() - started) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
