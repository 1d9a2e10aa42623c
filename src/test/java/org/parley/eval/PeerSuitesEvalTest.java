package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actors.ActorResolver;
import org.parley.app.Engine;
import org.parley.events.CameoTable;
import org.parley.events.DiscardList;
import org.parley.events.VerbDictionary;
import org.parley.testing.SharedAnnotator;
import org.parley.testing.SuiteActorResolver;
import org.parley.time.DependencyEventTimer;

/**
 * Scores the peer suites with their own verb dictionaries and discard lists read by Parley's readers. Parley has no
 * reader for the suites' actor files yet, so the actors come from a test-only fake built from those files
 * ({@link SuiteActorResolver}). Slow (a few minutes): runs only with {@code -Dparley.suites=true}, and skips when
 * {@code ../shared} is absent. The reports are written to {@code target/suite-reports/}.
 */
class PeerSuitesEvalTest {
    private static final Path PETR = Path.of("../shared/evaldata/event_coding/petrarch_unittest");
    private static final Path TABARI = Path.of("../shared/evaldata/event_coding/tabari_validation");

    @Test
    void petrarchUnitTests() throws IOException {
        assumeTrue(Boolean.getBoolean("parley.suites"), "set -Dparley.suites=true to score the peer suites");
        assumeTrue(Files.isDirectory(PETR), "../shared is absent");
        Path dict = PETR.resolve("dictionaries");
        SuiteReport report = run("PETR.UnitTest.records.jsonl", PETR.resolve("PETR.UnitTest.records.jsonl"),
                SuiteActorResolver.read(dict.resolve("PETR.Validate.actors.txt"), dict.resolve("PETR.Validate.agents.txt"),
                        false),
                dict.resolve("PETR.Validate.verbs.txt"), dict.resolve("PETR.Validate.discards.txt"));
        // floor: 138/257 event records were right when the readers were written; it may only go up
        assertTrue(report.rate(SuiteRecord.Kind.EVENTS) >= Double.parseDouble(System.getProperty("parley.petr.floor", "0.53")),
                "PETRARCH unit tests below the floor");
    }

    @Test
    void tabariValidation() throws IOException {
        assumeTrue(Boolean.getBoolean("parley.suites"), "set -Dparley.suites=true to score the peer suites");
        assumeTrue(Files.isDirectory(TABARI), "../shared is absent");
        SuiteReport report = run("tabari_validate.jsonl", TABARI.resolve("tabari_validate.jsonl"),
                SuiteActorResolver.read(TABARI.resolve("TABARI.Demo.actors"), TABARI.resolve("Validate.agents"), true),
                TABARI.resolve("TABARI.Demo.verbs"), null);
        // floor: 170/400 event records were right when the readers were written
        assertTrue(report.rate(SuiteRecord.Kind.EVENTS) >= Double.parseDouble(System.getProperty("parley.tabari.floor", "0.42")),
                "TABARI validation below the floor");
    }

    private static SuiteReport run(String name, Path suite, ActorResolver actors, Path verbs, Path discardFile)
            throws IOException {
        CameoTable cameo = CameoTable.builtIn();
        VerbDictionary dictionary = VerbDictionary.read(verbs, cameo);
        DiscardList discards = DiscardList.builtIn().plus(dictionary.discards());
        if (discardFile != null) {
            discards = discards.plus(DiscardList.read(discardFile));
        }
        Engine engine = new Engine(SharedAnnotator.get(), actors, Engine.eventCoder(dictionary.dictionary(), discards),
                new DependencyEventTimer(), cameo, 0);
        List<SuiteRecord> records = new SuiteReader().read(suite);
        SuiteReport report = new SuiteEvaluator(options -> engine.withCoding(options).pipeline()::process).evaluate(name, records);
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            out.printf("verbs %s: %d patterns, not translated: %s%n", verbs.getFileName(), dictionary.patterns().size(),
                    dictionary.warningCounts());
            report.print(out, true);
        }
        Path dir = Path.of("target/suite-reports");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".txt"), text.toString());
        System.out.println(text.toString().lines().limit(40).reduce("", (a, b) -> a + b + "\n"));
        assertEquals(records.size(), report.results().size());
        return report;
    }
}
