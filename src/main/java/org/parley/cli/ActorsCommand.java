package org.parley.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.export.OutputFormat;
import org.parley.store.ActorActivity;
import org.parley.store.EventQuery;
import org.parley.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley actors --top N}: the most active actor codes and their top partners. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "The most active actor codes (as source or target) with their event counts and top 3 partners; "
                + "dates filter on the event's date, as in 'parley events'.")
final class ActorsCommand implements Callable<Integer> {
    @Option(names = "--db", description = "Event store file (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("parley.duckdb");

    @Option(names = "--top", description = "How many actors (default: ${DEFAULT-VALUE}).")
    int top = 20;

    @Option(names = "--from", converter = Options.DateConverter.class, description = "Events dated on or after.")
    LocalDate from;

    @Option(names = "--to", converter = Options.DateConverter.class, description = "Events dated on or before.")
    LocalDate to;

    @Option(names = "--format", converter = Options.FormatConverter.class,
            description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EventQuery query;
        try {
            if (top < 1) {
                throw new IllegalArgumentException("--top must be at least 1, got " + top);
            }
            query = EventQuery.all().between(from, to);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        StoreFiles.requireExisting(spec, db);
        List<ActorActivity> actors;
        try (EventStore store = EventStore.open(db)) {
            actors = store.topActors(query, top);
        }
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (ActorActivity a : actors) {
            List<Object> row = new ArrayList<>(List.of((long) rank++, a.code(), a.events()));
            for (int i = 0; i < 3; i++) {
                row.add(i < a.partners().size() ? a.partners().get(i).code() : null);
                row.add(i < a.partners().size() ? a.partners().get(i).events() : null);
            }
            rows.add(row);
        }
        RowPrinter.print(spec.commandLine().getOut(), format, List.of("rank", "actor", "events", "partner1",
                "events1", "partner2", "events2", "partner3", "events3"), rows);
        return 0;
    }
}
