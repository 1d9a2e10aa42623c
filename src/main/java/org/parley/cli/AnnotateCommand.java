package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.app.AnnotateService;
import org.parley.app.AnnotationReport;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley annotate FILE}: what the NLP, actor and time stages saw. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Show what the stages saw: sentences, tokens, entities, time expressions (SUTime's value and "
                + "Parley's), actors and each predicate's status.")
final class AnnotateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "An article file (every article of a JSON Lines file).")
    Path file;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Mixin
    DateOption date;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean json = switch (format) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "'; expected text or json");
        };
        AnnotateService service = new AnnotateService(engine.load());
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
        int failures = 0;
        try (Stream<ReadResult> results = new ArticleReader(date.date).read(file)) {
            for (ReadResult r : (Iterable<ReadResult>) results::iterator) {
                if (r instanceof ReadResult.Failed f) {
                    spec.commandLine().getErr().println("parley: " + f.error().message());
                    failures++;
                    continue;
                }
                AnnotationReport report = service.report(((ReadResult.Read) r).article());
                if (json) {
                    out.println(mapper.writeValueAsString(report));
                } else {
                    AnnotationText.print(report, out);
                }
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
