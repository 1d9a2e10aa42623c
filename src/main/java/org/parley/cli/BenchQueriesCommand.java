package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.export.OutputFormat;
import org.parley.store.EventQuery;
import org.parley.store.EventStore;
import org.parley.store.QueryBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley bench-queries --db FILE}: median and p95 times of the typical store queries. */
@Command(name = "bench-queries", mixinStandardHelpOptions = true,
        description = "Time a dyad timeline and a filtered event query (--actor, --code, a year, limit 100) over "
                + "repeated runs; prints median and p95 in ms. Try it on a store from 'parley generate'.")
final class BenchQueriesCommand implements Callable<Integer> {
    @Option(names = "--db", description = "Event store file (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("parley.duckdb");

    @Option(names = "--runs", description = "Timed runs per query, after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs = 30;

    @Option(names = "--dyad", split = ",", arity = "1", paramLabel = "A,B",
            description = "The timeline's dyad (default: KOR,CHN).")
    List<String> dyad = List.of("KOR", "CHN");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EventQuery.Dyad pair;
        try {
            if (runs < 1) {
                throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
            }
            if (dyad.size() != 2) {
                throw new IllegalArgumentException("--dyad takes two codes, e.g. KOR,CHN");
            }
            pair = new EventQuery.Dyad(dyad.get(0), dyad.get(1));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        StoreFiles.requireExisting(spec, db);
        List<QueryBenchmark.Timing> timings;
        long events;
        try (EventStore store = EventStore.open(db)) {
            events = store.summary().events();
            timings = QueryBenchmark.run(store, pair, QueryBenchmark.defaultEvents(), runs);
        }
        spec.commandLine().getOut().printf("%s: %,d events, %d runs per query%n", db, events, runs);
        List<List<Object>> rows = new ArrayList<>();
        for (QueryBenchmark.Timing t : timings) {
            rows.add(List.of(t.name(), t.medianMs(), t.p95Ms(), t.maxMs(), t.rows()));
        }
        RowPrinter.print(spec.commandLine().getOut(), OutputFormat.TABLE,
                List.of("query", "median_ms", "p95_ms", "max_ms", "rows"), rows);
        return 0;
    }
}
