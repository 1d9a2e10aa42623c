package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.export.OutputFormat;
import org.parley.store.ReadOnlyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley sql "SELECT ..."}: the user's own reading query on a read-only store. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run one SELECT on the store, opened read-only (no writes, no file access); the tables are "
                + "described in store/Schema (events, articles, sentences, clusters, runs, ingest_errors). A store of "
                + "schema version 1 (before clusters) is read as it is, with a note.")
final class SqlCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "One SELECT statement.")
    String sql;

    @Option(names = "--db", description = "Event store file (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("parley.duckdb");

    @Option(names = "--max-rows", description = "Print at most this many rows (default: ${DEFAULT-VALUE}).")
    int maxRows = 10_000;

    @Option(names = "--format", converter = Options.FormatConverter.class,
            description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (maxRows < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-rows must be at least 1");
        }
        StoreFiles.requireExisting(spec, db);
        ReadOnlyStore.QueryResult result;
        try (ReadOnlyStore store = ReadOnlyStore.open(db)) {
            if (store.schemaVersion() == 1) {
                spec.commandLine().getErr().println("parley: note: " + ReadOnlyStore.VERSION_1);
                spec.commandLine().getErr().flush();
            }
            result = store.query(sql, maxRows);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        RowPrinter.print(spec.commandLine().getOut(), format, result.columns(), result.rows());
        if (result.truncated()) {
            spec.commandLine().getErr().println("parley: only the first " + maxRows + " rows printed (--max-rows)");
            spec.commandLine().getErr().flush();
        }
        return 0;
    }
}
