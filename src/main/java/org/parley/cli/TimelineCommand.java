package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.export.OutputFormat;
import org.parley.store.EventQuery;
import org.parley.store.EventStore;
import org.parley.store.Timeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley timeline --dyad A,B}: a dyad's events per week or month of their start date. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "A dyad's events (either direction) per week or month of the event's start date: counts, "
                + "counts per QuadClass, mean Goldstein, and cooperation minus conflict (Q1+Q2-Q3-Q4) as a chart.")
final class TimelineCommand implements Callable<Integer> {
    private static final int HALF_BAR = 15;

    @Option(names = "--db", description = "Event store file (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("parley.duckdb");

    @Option(names = "--dyad", required = true, split = ",", arity = "1", paramLabel = "A,B",
            description = "Two code prefixes, in either direction, e.g. KOR,CHN.")
    List<String> dyad;

    @Option(names = "--by", description = "week or month (default: ${DEFAULT-VALUE}).")
    String by = "month";

    @Option(names = "--from", converter = Options.DateConverter.class, description = "Events starting on or after.")
    LocalDate from;

    @Option(names = "--to", converter = Options.DateConverter.class, description = "Events starting on or before.")
    LocalDate to;

    @Option(names = "--format", converter = Options.FormatConverter.class,
            description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EventQuery query;
        Timeline.Period period;
        try {
            if (dyad.size() != 2) {
                throw new IllegalArgumentException("--dyad takes two codes, e.g. KOR,CHN");
            }
            query = EventQuery.all().withDyad(dyad.get(0), dyad.get(1)).between(from, to);
            period = Timeline.Period.parse(by);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        StoreFiles.requireExisting(spec, db);
        Timeline timeline;
        try (EventStore store = EventStore.open(db)) {
            timeline = store.timeline(query, period);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> columns = new ArrayList<>(List.of("period", "events", "q1_verbal_coop", "q2_material_coop",
                "q3_verbal_conflict", "q4_material_conflict", "mean_goldstein", "goldstein_sum", "coop_minus_conflict"));
        long scale = timeline.periods().stream().mapToLong(r -> Math.abs(r.balance())).max().orElse(0);
        if (format == OutputFormat.TABLE) {
            columns.add("conflict <|> cooperation");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Timeline.Row r : timeline.periods()) {
            List<Object> row = new ArrayList<>(List.of(r.start().toString(), r.events(), r.quad()[0], r.quad()[1],
                    r.quad()[2], r.quad()[3], r.meanGoldstein(), r.goldsteinSum(), r.balance()));
            if (format == OutputFormat.TABLE) {
                row.add(bar(r.balance(), scale));
            }
            rows.add(row);
        }
        RowPrinter.print(out, format, columns, rows);
        String footer = timeline.undated() + " event(s) of the dyad have no start date and are left out";
        if (format == OutputFormat.TABLE) {
            out.println();
            out.println(timeline.periods().isEmpty() ? "no dated events of " + String.join("-", dyad) + "; " + footer
                    : footer);
            out.flush();
        } else {
            spec.commandLine().getErr().println(footer);
            spec.commandLine().getErr().flush();
        }
        return 0;
    }

    /** A bar centred on '|': conflict ('-') to the left, cooperation ('+') to the right. */
    static String bar(long value, long scale) {
        int n = scale == 0 ? 0 : (int) Math.round((double) Math.abs(value) * HALF_BAR / scale);
        if (value != 0 && n == 0) {
            n = 1;
        }
        String left = value < 0 ? " ".repeat(HALF_BAR - n) + "-".repeat(n) : " ".repeat(HALF_BAR);
        String right = value > 0 ? "+".repeat(n) : "";
        return left + "|" + right;
    }
}
