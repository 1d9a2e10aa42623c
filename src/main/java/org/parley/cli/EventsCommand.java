package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.export.EventWriter;
import org.parley.export.OutputFormat;
import org.parley.model.Event;
import org.parley.model.Status;
import org.parley.store.EventQuery;
import org.parley.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley events}: query the store. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Query stored events; dates filter on the event's date, not the article's.")
final class EventsCommand implements Callable<Integer> {
    @Option(names = "--db", description = "Event store file (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("parley.duckdb");

    @Option(names = "--actor", description = "Source or target code prefix, e.g. KOR or KORGOV.")
    String actor;

    @Option(names = "--dyad", split = ",", arity = "1", paramLabel = "A,B",
            description = "Two code prefixes, in either direction, e.g. KOR,CHN.")
    List<String> dyad;

    @Option(names = "--from", converter = Options.DateConverter.class, description = "Events dated on or after.")
    LocalDate from;

    @Option(names = "--to", converter = Options.DateConverter.class, description = "Events dated on or before.")
    LocalDate to;

    @Option(names = "--code", description = "CAMEO code prefix, e.g. 04 or 042.")
    String code;

    @Option(names = "--status", description = "occurred, ongoing, planned, expected, possible, hypothetical or negated.")
    String status;

    @Option(names = "--limit", description = "At most this many events.")
    Integer limit;

    @Option(names = "--format", converter = Options.FormatConverter.class,
            description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EventQuery query = query();
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

    private EventQuery query() {
        try {
            if (dyad != null && dyad.size() != 2) {
                throw new IllegalArgumentException("--dyad takes two codes, e.g. KOR,CHN");
            }
            return new EventQuery(actor, dyad == null ? null : new EventQuery.Dyad(dyad.get(0), dyad.get(1)), from, to,
                    code, status == null ? null : Status.parse(status), null, limit);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
