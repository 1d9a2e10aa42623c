package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.Engine;
import org.parley.eval.SuiteEvaluator;
import org.parley.eval.SuiteRecord;
import org.parley.eval.SuiteReader;
import org.parley.eval.SuiteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley eval SUITE.jsonl}: score an event-coding suite. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score a peer event-coding suite (JSON Lines: id, date, text, expected, notes): records exactly "
                + "right, event precision, recall and F1, counts by category, and every failure.")
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SUITE", description = "The suite file.")
    Path suite;

    @Option(names = "--json", description = "Print the report as one JSON document.")
    boolean json;

    @Option(names = "--no-failures", description = "Leave the list of failures out of the text report.")
    boolean noFailures;

    @Option(names = "--min-events-right", description = "Exit 1 below this share (0..1) of event records exactly right.")
    double minEventsRight;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<SuiteRecord> records = new SuiteReader().read(suite);
        Engine loaded = engine.load();
        SuiteReport report = new SuiteEvaluator(loaded.pipeline()::process).evaluate(suite.getFileName().toString(),
                records);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(report));
        } else {
            report.print(out, !noFailures);
        }
        out.flush();
        return report.rate(SuiteRecord.Kind.EVENTS) >= minEventsRight ? 0 : 1;
    }
}
