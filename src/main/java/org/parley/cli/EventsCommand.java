package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.export.EventWriter;
import org.parley.export.OutputFormat;
import org.parley.model.Event;
import org.parley.model.Status;
import org.parley.store.ClusterPolicy;
import org.parley.store.EventCluster;
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

    @Option(names = "--clusters", description = "One row per event cluster (the reports of one event) instead of"
            + " one per event; filters apply to the clusters.")
    boolean clusters;

    @Option(names = "--plans", description = "Planned clusters with their state: fulfilled (by an occurred cluster,"
            + " with its dates), overdue (ended before the store's latest article date) or open.")
    boolean plans;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EventQuery query = filters.query(spec);
        StoreFiles.requireExisting(spec, db);
        if (plans && query.status() != null && !ClusterPolicy.PLANNED.equals(ClusterPolicy.statusClass(query.status()))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--plans lists planned clusters; --status "
                    + query.status().label() + " selects none (use planned, expected, possible or hypothetical)");
        }
        try (EventStore store = EventStore.open(db)) {
            if (plans) {
                plans(store, query.status() == null ? query.withStatus(Status.PLANNED) : query);
                return 0;
            }
            if (clusters) {
                clusters(store, query);
                return 0;
            }
            List<Event> events = store.events(query);
            PrintWriter out = spec.commandLine().getOut();
            EventWriter writer = format.writer(out);
            writer.write(events);
            writer.finish();
            out.flush();
        }
        return 0;
    }

    private void clusters(EventStore store, EventQuery query) {
        List<List<Object>> rows = new ArrayList<>();
        for (EventCluster c : store.clusters(query)) {
            rows.add(Arrays.asList(c.clusterId(), c.source(), c.target(), c.cameoCode(), c.cameoRoot(),
                    c.statusClass(), text(c.dateStart()), text(c.dateEnd()), c.mentions(), c.sources(), c.articles(),
                    text(c.firstReport()), text(c.lastReport()), Math.round(c.confidence() * 1000) / 1000.0,
                    c.fulfilledBy()));
        }
        RowPrinter.print(spec.commandLine().getOut(), format, List.of("cluster_id", "source", "target", "code", "root",
                "status_class", "date_start", "date_end", "mentions", "sources", "articles", "first_report",
                "last_report", "confidence", "fulfilled_by"), rows);
    }

    /** Planned clusters: fulfilled, overdue (date end before the latest article date in the store) or open. */
    private void plans(EventStore store, EventQuery query) {
        LocalDate latest = store.latestArticleDate();
        Map<Long, EventCluster> occurred = new HashMap<>();
        for (EventCluster c : store.clusters(EventQuery.all().withStatus(Status.OCCURRED))) {
            occurred.put(c.clusterId(), c);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (EventCluster c : store.clusters(query)) {
            EventCluster by = c.fulfilledBy() == null ? null : occurred.get(c.fulfilledBy());
            String state = by != null ? "fulfilled"
                    : c.dateEnd() != null && latest != null && c.dateEnd().isBefore(latest) ? "overdue" : "open";
            rows.add(Arrays.asList(c.clusterId(), c.source(), c.target(), c.cameoCode(), text(c.dateStart()),
                    text(c.dateEnd()), c.mentions(), state, c.fulfilledBy(), by == null ? null : text(by.dateStart()),
                    by == null ? null : text(by.dateEnd())));
        }
        RowPrinter.print(spec.commandLine().getOut(), format, List.of("cluster_id", "source", "target", "code",
                "date_start", "date_end", "mentions", "state", "fulfilled_by", "fulfilled_start", "fulfilled_end"),
                rows);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
