package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.app.Engine;
import org.parley.eval.ExpectedEvent;
import org.parley.eval.ExpectedEventCheck;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.ReadResult;
import org.parley.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley check FILE --expected LIST.jsonl}: code an article and check it against expected events. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Code one article and check its events against a list of expected events "
                + "(the JSON Lines format of the reference article's expected.jsonl).")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The article.")
    Path file;

    @Option(names = "--expected", required = true, description = "Expected events, one JSON object per line.")
    Path expected;

    @Option(names = "--label", description = "Name printed in the summary line (default: ${DEFAULT-VALUE}).")
    String label = "seed";

    @Option(names = "--min-right", description = "Exit 1 when fewer expected events are right (default: 0).")
    int minRight;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<ExpectedEvent> rows = new ArrayList<>();
        for (String line : Files.readAllLines(expected)) {
            if (!line.isBlank()) {
                rows.add(ExpectedEvent.fromJson(mapper.readTree(line)));
            }
        }
        Engine loaded = engine.load();
        List<Event> events = new ArrayList<>();
        try (Stream<ReadResult> results = new ArticleReader().read(file)) {
            for (ReadResult r : (Iterable<ReadResult>) results::iterator) {
                if (r instanceof ReadResult.Failed f) {
                    throw new IllegalArgumentException(f.error().message());
                }
                events.addAll(loaded.pipeline().process(((ReadResult.Read) r).article()).events());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ExpectedEventCheck.Verdict> verdicts = new ExpectedEventCheck().check(rows, events);
        long right = verdicts.stream().filter(ExpectedEventCheck.Verdict::right).count();
        for (ExpectedEventCheck.Verdict v : verdicts) {
            out.printf("  %-4s %-6s %s%n", v.expected().id(), v.right() ? "right" : "WRONG", v.detail());
        }
        out.printf("%s events: %d/%d right%n", label, right, verdicts.size());
        out.flush();
        return right >= minRight ? 0 : 1;
    }
}
