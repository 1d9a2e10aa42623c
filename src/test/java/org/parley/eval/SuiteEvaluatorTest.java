package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
        SuiteReport report = new SuiteEvaluator(SuiteEvaluatorTest::fakeCoder).evaluate("t", records);
        assertEquals(1, report.right(SuiteRecord.Kind.EVENTS));
        assertEquals(2, report.count(SuiteRecord.Kind.EVENTS));
        assertEquals(0, report.right(SuiteRecord.Kind.NO_EVENTS), "N1 coded an event; F1 failed to code");
        assertEquals(0, report.count(SuiteRecord.Kind.ERROR), "a broken-parse record does not apply");
        assertEquals(1, report.truePositives());
        assertEquals(2, report.falsePositives());
        assertEquals(1, report.falseNegatives());
        assertEquals(1.0 / 3, report.precision(), 1e-9);
        assertEquals(0.5, report.recall(), 1e-9);
        assertEquals(Map.of("REQUIRE_DYAD", "true", "TIME SHIFT", "FALSE"), report.optionsSeen());
        SuiteResult failed = report.results().get(5);
        assertTrue(failed.note().contains("coding failed: boom"), failed.note());
        assertFalse(failed.right());
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
        SuiteReport report = new SuiteEvaluator(SuiteEvaluatorTest::fakeCoder).evaluate("t", List.of(r));
        assertFalse(report.results().get(0).scored());
        assertEquals(0, report.truePositives(), "an unscored record adds nothing to the counts");
    }
}
