package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.events.CodingOptions;
import org.parley.model.Actor;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.pipeline.CodedArticle;
import org.parley.testing.SampleEvents;

/** Scoring with a hand-written fake coder: each record's text names the events it "codes". */
class SuiteEvaluatorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Codes "talks" as the sample talks event (KORGOV>CHNGOV:046) and anything else as nothing. */
    private static CodedArticle fakeCoder(Article a) {
        List<Event> events = new ArrayList<>();
        if (a.body().contains("talks")) {
            events.add(SampleEvents.talks());
        }
        if (a.body().contains("boom")) {
            throw new IllegalStateException("boom");
        }
        return new CodedArticle(new AnnotatedDocument(a, List.of()), List.of(), events);
    }

    private static SuiteRecord record(String json) throws Exception {
        return SuiteRecord.fromJson(MAPPER.readTree(json), "suite.jsonl:1");
    }

    @Test
    void scoresEachKind() throws Exception {
        List<SuiteRecord> records = List.of(
                record("{\"id\":\"E1\",\"date\":\"1995-01-01\",\"text\":\"talks\",\"expected\":[{\"source\":\"KORGOV\","
                        + "\"target\":\"CHNGOV\",\"code\":\"046\"}],\"notes\":{\"kind\":\"events\",\"category\":\"DEMO\"}}"),
                record("{\"id\":\"E2\",\"date\":\"1995-01-01\",\"text\":\"talks\",\"expected\":[{\"source\":\"KORGOV\","
                        + "\"target\":\"CHNGOV\",\"code\":\"040\"}],\"notes\":{\"kind\":\"events\",\"category\":\"DEMO\"}}"),
                record("{\"id\":\"N1\",\"date\":\"1995-01-01\",\"text\":\"talks\",\"expected\":[],"
                        + "\"notes\":{\"kind\":\"no_events\",\"category\":\"PATTERN\",\"options\":{\"require_dyad\":\"true\"}}}"),
                record("{\"id\":\"X1\",\"date\":\"\",\"text\":\"anything\",\"expected\":[],"
                        + "\"notes\":{\"kind\":\"error\",\"category\":\"ERROR\",\"error\":[\"bad_input_parse\"]}}"),
                record("{\"id\":\"O1\",\"date\":\"1995-01-01\",\"text\":\"set\",\"expected\":[],"
                        + "\"notes\":{\"kind\":\"option\",\"option_commands\":[\"SET: TIME SHIFT = FALSE\"]}}"),
                record("{\"id\":\"F1\",\"date\":\"1995-01-01\",\"text\":\"boom\",\"expected\":[],"
                        + "\"notes\":{\"kind\":\"no_events\",\"category\":\"PATTERN\"}}"));
        SuiteReport report = new SuiteEvaluator(options -> SuiteEvaluatorTest::fakeCoder).evaluate("t", records);
        assertEquals(1, report.right(SuiteRecord.Kind.EVENTS));
        assertEquals(2, report.count(SuiteRecord.Kind.EVENTS));
        assertEquals(0, report.right(SuiteRecord.Kind.NO_EVENTS), "N1 coded an event; F1 failed to code");
        assertEquals(0, report.count(SuiteRecord.Kind.ERROR), "a broken-parse record does not apply");
        assertEquals(1, report.truePositives());
        assertEquals(2, report.falsePositives());
        assertEquals(1, report.falseNegatives());
        assertEquals(1.0 / 3, report.precision(), 1e-9);
        assertEquals(0.5, report.recall(), 1e-9);
        assertEquals(List.of(), report.optionsApplied());
        assertEquals(List.of("SET: REQUIRE_DYAD = TRUE", "SET: TIME SHIFT = FALSE"), report.optionsUnsupported());
        SuiteResult failed = report.results().get(5);
        assertTrue(failed.note().contains("coding failed: boom"), failed.note());
        assertFalse(failed.right());
    }

    @Test
    void controlCommandsTakeEffectInRecordOrder() throws Exception {
        List<SuiteRecord> records = List.of(
                record("{\"id\":\"A\",\"text\":\"talks\",\"expected\":[],\"notes\":{\"kind\":\"no_events\"}}"),
                record("{\"id\":\"O1\",\"text\":\"set\",\"expected\":[],\"notes\":{\"kind\":\"option\","
                        + "\"comments\":[\"{ OPTION: SET: MINIMUM WORDS = 6\"]}}"),
                record("{\"id\":\"B\",\"text\":\"talks\",\"expected\":[],\"notes\":{\"kind\":\"no_events\"}}"),
                record("{\"id\":\"O2\",\"text\":\"set\",\"expected\":[],\"notes\":{\"kind\":\"option\","
                        + "\"option_commands\":[\"DEFAULT: SOURCE [AAA] PRIOR TARGET [BBBCCC] AFTER\"]}}"),
                record("{\"id\":\"C\",\"text\":\"talks\",\"expected\":[],\"notes\":{\"kind\":\"no_events\"}}"),
                record("{\"id\":\"O3\",\"text\":\"set\",\"expected\":[],\"notes\":{\"kind\":\"option\","
                        + "\"option_commands\":[\"DEFAULT: OFF\", \"SET: LABEL = TRUE\"]}}"),
                record("{\"id\":\"D\",\"text\":\"talks\",\"expected\":[],\"notes\":{\"kind\":\"no_events\"}}"));
        Map<String, CodingOptions> seen = new LinkedHashMap<>();
        SuiteReport report = new SuiteEvaluator(options -> article -> {
            seen.put(article.id().substring("suite-".length()), options);
            return fakeCoder(article);
        }).evaluate("t", records);
        CodingOptions six = CodingOptions.STANDARD.withMinimumWords(6);
        CodingOptions defaults = six.withDefaults(Optional.of(Actor.of("AAA")), Optional.of(Actor.of("BBBCCC")));
        assertEquals(List.of("A", "B", "C", "D"), List.copyOf(seen.keySet()), "control records are not coded");
        assertEquals(CodingOptions.STANDARD, seen.get("A"));
        assertEquals(six, seen.get("B"));
        assertEquals(defaults, seen.get("C"));
        assertEquals(six, seen.get("D"), "DEFAULT: OFF drops the defaults and keeps the minimum");
        assertEquals(List.of("SET: MINIMUM WORDS = 6", "DEFAULT: SOURCE [AAA] PRIOR TARGET [BBBCCC] AFTER",
                "DEFAULT: OFF"), report.optionsApplied());
        assertEquals(List.of("SET: LABEL = TRUE"), report.optionsUnsupported());
    }

    @Test
    void recordsWithoutADateGetTheDefaultAndBadOnesNameTheLine() throws Exception {
        SuiteRecord r = record("{\"id\":\"A\",\"date\":\"\",\"text\":\"x\",\"expected\":[],"
                + "\"notes\":{\"kind\":\"actor_resolution\",\"expected_actor_codes\":[\"USAGOV\",\"RUSGOV\"]}}");
        assertEquals(SuiteRecord.DEFAULT_DATE, r.date());
        assertEquals("USAGOV,RUSGOV", r.detail());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> record(
                "{\"id\":\"B\",\"date\":\"1995-13-01\",\"text\":\"x\",\"expected\":[],\"notes\":{\"kind\":\"events\"}}"));
        assertTrue(e.getMessage().startsWith("suite.jsonl:1: impossible date"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> record(
                "{\"id\":\"C\",\"date\":\"1995-01-01\",\"text\":\"x\",\"expected\":[],\"notes\":{\"kind\":\"weird\"}}"));
    }

    @Test
    void aRecordWhoseDateTheConverterFlaggedIsNotScored() throws Exception {
        SuiteRecord r = record("{\"id\":\"D\",\"date\":\"9501201\",\"text\":\"talks\",\"expected\":[{\"source\":"
                + "\"KORGOV\",\"target\":\"CHNGOV\",\"code\":\"046\"}],\"notes\":{\"kind\":\"events\","
                + "\"malformed_date\":\"9501201\"}}");
        assertEquals(SuiteRecord.Kind.UNSCORED, r.kind());
        SuiteReport report = new SuiteEvaluator(options -> SuiteEvaluatorTest::fakeCoder).evaluate("t", List.of(r));
        assertFalse(report.results().get(0).scored());
        assertEquals(0, report.truePositives(), "an unscored record adds nothing to the counts");
    }

    /**
     * A fake coder that reads each paragraph of the body as one sentence and codes "talks" in it as the sample talks
     * event of that sentence; it keeps the bodies it was given.
     */
    private static final class ParagraphCoder implements java.util.function.Function<Article, CodedArticle> {
        final List<String> bodies = new ArrayList<>();

        @Override
        public CodedArticle apply(Article a) {
            bodies.add(a.body());
            List<org.parley.model.Sentence> sentences = new ArrayList<>();
            List<Event> events = new ArrayList<>();
            int begin = 0;
            String[] paragraphs = a.body().split(Article.TITLE_SEPARATOR);
            for (int k = 0; k < paragraphs.length; k++) {
                sentences.add(new org.parley.model.Sentence(k + 1, new org.parley.model.Span(begin,
                        begin + paragraphs[k].length()), paragraphs[k], List.of(), List.of(), List.of(), List.of()));
                if (paragraphs[k].contains("talks")) {
                    Event t = SampleEvents.talks();
                    events.add(new Event(t.articleId(), k + 1, t.source(), t.target(), t.cameo(), t.date(), t.status(),
                            t.statusCue(), t.attribution(), t.historical(), t.location(), t.evidence()));
                }
                begin += paragraphs[k].length() + Article.TITLE_SEPARATOR.length();
            }
            return new CodedArticle(new AnnotatedDocument(a, sentences), List.of(), events);
        }
    }

    private static String story(String id, String text, boolean talks) {
        String expected = talks ? "[{\"source\":\"KORGOV\",\"target\":\"CHNGOV\",\"code\":\"046\"}]" : "[]";
        return "{\"id\":\"" + id + "\",\"date\":\"1995-01-16\",\"text\":\"" + text + "\",\"expected\":"
                + expected + ",\"notes\":{\"kind\":\"events\",\"category\":\"FRWD\"}}";
    }

    @Test
    void underForwardTheRecordsOfOneStoryAreCodedTogetherAndScoredOnTheirOwnSentences() throws Exception {
        List<SuiteRecord> records = List.of(
                record("{\"id\":\"F-On\",\"text\":\"on\",\"expected\":[],\"notes\":{\"kind\":\"option\","
                        + "\"option_commands\":[\"FORWARD: ^^*****NNN*SSS\"]}}"),
                record(story("FRWD-001-001", "first, no event", false)),
                record(story("FRWD-001-002", "then talks", true)),
                record(story("FRWD-002-001", "talks again", true)),
                record("{\"id\":\"F-Off\",\"text\":\"off\",\"expected\":[],\"notes\":{\"kind\":\"option\","
                        + "\"option_commands\":[\"FORWARD: ^^*****NNN*SSS OFF\"]}}"),
                record(story("FRWD-003-001", "alone", false)),
                record(story("FRWD-003-002", "talks alone", true)));
        ParagraphCoder coder = new ParagraphCoder();
        SuiteReport report = new SuiteEvaluator(options -> coder).evaluate("t", records);
        assertEquals(List.of("first, no event" + Article.TITLE_SEPARATOR + "then talks", "talks again", "alone",
                "talks alone"), coder.bodies, "story 001 is one article; after OFF each record is its own");
        assertEquals(5, report.count(SuiteRecord.Kind.EVENTS));
        assertEquals(5, report.right(SuiteRecord.Kind.EVENTS), "each record gets only its own sentence's events");
        assertEquals(List.of("FORWARD: ^^*****NNN*SSS", "FORWARD: ^^*****NNN*SSS OFF"), report.optionsApplied());
        List<String> ids = report.results().stream().map(SuiteResult::id).toList();
        assertEquals(List.of("F-On", "FRWD-001-001", "FRWD-001-002", "FRWD-002-001", "F-Off", "FRWD-003-001",
                "FRWD-003-002"), ids, "results keep the records' order");
    }
}
