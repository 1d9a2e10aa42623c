package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.Engine;
import org.parley.eval.FactualityEvaluator;
import org.parley.eval.SuiteEvaluator;
import org.parley.eval.SuiteRecord;
import org.parley.eval.SuiteReader;
import org.parley.eval.SuiteReport;
import org.parley.eval.TimexEvaluator;
import org.parley.events.PatternDictionary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley eval FILE.jsonl}: score Parley against a gold file, whose kind is read from its records: an
 * event-coding suite ({@code expected}), temporal expressions ({@code timexes}) or event factuality
 * ({@code event_text} with {@code certainty}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score against a gold JSON Lines file: an event-coding suite (records exactly right, event "
                + "precision/recall/F1, categories, failures), temporal expressions (found, value accuracy, SUTime's "
                + "and Parley's) or event factuality (FUTURE vs NON_FUTURE, certainty, polarity).")
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The gold file.")
    Path file;

    @Option(names = "--documents", description = "For factuality: the documents the mentions point into "
            + "(default: meantime_timex.jsonl beside FILE).")
    Path documents;

    @Option(names = "--json", description = "Print the report as one JSON document.")
    boolean json;

    @Option(names = "--no-failures", description = "Leave the list of failures out of the text report.")
    boolean noFailures;

    @Option(names = "--min", description = "Exit 1 when the headline score (0..1) is below this: event records "
            + "exactly right, timex value accuracy, or FUTURE/NON_FUTURE accuracy.")
    double min;

    @Option(names = "--min-actors", description = "For suites: exit 1 when the share (0..1) of actor-resolution "
            + "records right is below this.")
    double minActors;

    @Option(names = "--min-polarity", description = "For factuality: exit 1 when polarity accuracy (0..1) is below this.")
    double minPolarity;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<JsonNode> rows = readJsonLines(file);
        if (rows.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), file + " holds no records");
        }
        JsonNode first = rows.get(0);
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        boolean passed;
        if (first.has("expected")) {
            List<SuiteRecord> records = new SuiteReader().read(file);
            Engine loaded = engine.load();
            SuiteReport report = new SuiteEvaluator(engine.codingOptions(),
                    options -> loaded.withCoding(options).pipeline()::process)
                    .evaluate(name(), records);
            print(out, mapper, report, () -> report.print(out, !noFailures));
            boolean actorsOk = report.count(SuiteRecord.Kind.ACTOR_RESOLUTION) == 0
                    || report.rate(SuiteRecord.Kind.ACTOR_RESOLUTION) >= minActors;
            passed = actorsOk && report.rate(SuiteRecord.Kind.EVENTS) >= min;
        } else if (first.has("timexes")) {
            TimexEvaluator.Report report = new TimexEvaluator(engine.load().annotator()).evaluate(name(), rows);
            print(out, mapper, report, () -> report.print(out, !noFailures));
            passed = report.parleyAccuracy() >= min;
        } else if (first.has("event_text") && first.has("certainty")) {
            Path docs = documents != null ? documents : file.resolveSibling("meantime_timex.jsonl");
            if (!Files.exists(docs)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "factuality needs the documents file: pass --documents FILE (" + docs + " does not exist)");
            }
            FactualityEvaluator.Report report = new FactualityEvaluator(engine.load().annotator(),
                    PatternDictionary.builtIn()).evaluate(readJsonLines(docs), rows);
            print(out, mapper, report, () -> report.print(out, !noFailures));
            passed = report.timeAccuracy() >= min && report.polarityAccuracy() >= minPolarity;
        } else {
            throw new CommandLine.ParameterException(spec.commandLine(), file + ": unknown gold format (records need "
                    + "'expected', 'timexes', or 'event_text' and 'certainty')");
        }
        out.flush();
        return passed ? 0 : 1;
    }

    private String name() {
        return file.getFileName().toString();
    }

    private void print(PrintWriter out, ObjectMapper mapper, Object report, Runnable text) throws IOException {
        if (json) {
            out.println(mapper.writeValueAsString(report));
        } else {
            text.run();
        }
    }

    private static List<JsonNode> readJsonLines(Path path) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(path)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(mapper.readTree(line));
            } catch (IOException e) {
                throw new IllegalArgumentException(path + ":" + lineNo + ": not valid JSON");
            }
        }
        return out;
    }
}
