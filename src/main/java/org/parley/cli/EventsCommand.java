package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.export.EventWriter;
import org.parley.export.OutputFormat;
import org.parley.model.Event;
import org.parley.store.EventQuery;
import org.parley.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley events}: query the store. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Query stored events; dates filter on the event's date, not the article's.")
final class EventsCommand implements Callable<Integer> {
    @Option(names = "--db", description = "Event store file (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("parley.duckdb");

    @Mixin
    EventFilters filters;

    @Option(names = "--format", converter = Options.FormatConverter.class,
            description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EventQuery query = filters.query(spec);
        if (!Files.exists(db)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no event store at " + db
                    + " (create one with 'parley ingest' or 'parley demo')");
        }
        try (EventStore store = EventStore.open(db)) {
            List<Event> events = store.events(query);
            PrintWriter out = spec.commandLine().getOut();
            EventWriter writer = format.writer(out);
            writer.write(events);
            writer.finish();
            out.flush();
        }
        return 0;
    }
}
