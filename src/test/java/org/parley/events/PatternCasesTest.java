package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.MentionKind;
import org.parley.testing.EventStrings;
import org.parley.testing.Articles;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/**
 * The built-in patterns on the hand-written news sentences of {@code src/test/resources/events/pattern-cases.tsv}:
 * each sentence is parsed by CoreNLP, its actors found by a fixed-phrase fake of the actors stage, and its events
 * must be exactly the expected ones (no more, no fewer). Prints the pass rate and lists every failing sentence.
 */
class PatternCasesTest {
    private static final String RESOURCE = "/events/pattern-cases.tsv";
    private static final Pattern EVENT = Pattern.compile("([A-Z0-9]{3})+>([A-Z0-9]{3})+:\\d{2,4}");
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Rohan", "ROH").add("Osgiliath", "OSG")
            .add("Mordor", MentionKind.CAPITAL, "MORGOV")
            .add("the two sides", MentionKind.COREFERENCE, "ARN", "GON")
            .add("Aragorn", MentionKind.PERSON, "ARNGOV").add("Denethor", MentionKind.PERSON, "GONGOV")
            .add("Arnor police", "ARNCOP").add("Gondor police", "GONCOP")
            .add("Arnor troops", "ARNMIL").add("Gondor troops", "GONMIL")
            .add("Rohan rebels", "ROHREB").add("Gondor protesters", "GONCVL")
            .add("the United Nations", "IGOUNO");
    private static final PatternEventCoder CODER = new PatternEventCoder(PatternDictionary.builtIn());

    /** One line of the case file. */
    record Case(int line, String sentence, List<String> expected) {
    }

    private static List<Case> cases;

    @BeforeAll
    static void readCases() {
        cases = read();
    }

    static List<Case> read() {
        List<Case> out = new ArrayList<>();
        InputStream in = PatternCasesTest.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 2 || cols[0].isBlank()) {
                    throw new IllegalArgumentException(RESOURCE + ":" + n + ": expected 'sentence<TAB>events', got '"
                            + line + "'");
                }
                List<String> expected = new ArrayList<>();
                for (String e : cols[1].split(";")) {
                    if (e.isBlank()) {
                        continue;
                    }
                    if (!EVENT.matcher(e.trim()).matches()) {
                        throw new IllegalArgumentException(RESOURCE + ":" + n + ": bad event '" + e + "'");
                    }
                    expected.add(e.trim());
                }
                out.add(new Case(n, cols[0].trim(), sorted(expected)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> sorted(List<String> events) {
        List<String> copy = new ArrayList<>(events);
        copy.sort(null);
        return copy;
    }

    private static List<String> code(String sentence) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", sentence));
        List<CodedEvent> events = CODER.code(doc, ACTORS.resolve(doc));
        return sorted(EventStrings.of(events));
    }

    @Test
    void theCaseFileIsBigEnoughAndCoversEveryRoot() {
        assertTrue(cases.size() >= 150, "cases: " + cases.size());
        long none = cases.stream().filter(c -> c.expected().isEmpty()).count();
        assertTrue(none >= 20, "sentences that must give no event: " + none);
        CameoTable table = CameoTable.builtIn();
        Map<String, Integer> byRoot = new TreeMap<>();
        for (Case c : cases) {
            for (String e : c.expected()) {
                String code = e.substring(e.indexOf(':') + 1);
                assertTrue(table.find(code).isPresent(), "line " + c.line() + ": unknown code " + code);
                byRoot.merge(code.substring(0, 2), 1, Integer::sum);
            }
        }
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            assertTrue(byRoot.getOrDefault(r, 0) >= 3, "root " + r + " has " + byRoot.getOrDefault(r, 0)
                    + " expected events: " + byRoot);
        }
    }

    @Test
    void everySentenceGivesExactlyItsExpectedEvents() {
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            List<String> produced = code(c.sentence());
            if (!produced.equals(c.expected())) {
                failures.add("line " + c.line() + ": " + c.sentence() + "\n    expected " + c.expected()
                        + "\n    produced " + produced);
            }
        }
        int passed = cases.size() - failures.size();
        System.out.printf("pattern cases: %d of %d pass (%.1f%%)%n", passed, cases.size(),
                100.0 * passed / cases.size());
        assertEquals(List.of(), failures, failures.size() + " failing case(s):\n" + String.join("\n", failures));
    }
}
