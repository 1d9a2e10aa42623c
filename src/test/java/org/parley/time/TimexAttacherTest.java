package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.time.TimeFixtures.sentence;
import static org.parley.time.TimeFixtures.token;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Sentence;

class TimexAttacherTest {
    private final TimexAttacher attacher = new TimexAttacher();
    private final TimexCorrector corrector = new TimexCorrector();

    private Optional<TimexAttacher.Attachment> attach(String text, String predicate) {
        return attach(text, predicate, false);
    }

    private Optional<TimexAttacher.Attachment> attach(String text, String predicate, boolean speechAct) {
        Sentence s = sentence(text);
        List<CorrectedTime> times = s.times().stream()
                .map(t -> corrector.correct(s, t, LocalDate.parse(TimeFixtures.DATE))).toList();
        return attacher.attach(s, token(s, predicate), times, speechAct);
    }

    @Test
    void aSpeechActIsNotDatedByItsInfinitiveComplement() {
        String text = "Arnor offered to meet Gondor in Geneva next week.";
        assertEquals("next week", attach(text, "offered").orElseThrow().time().expression().text());
        assertTrue(attach(text, "offered", true).isEmpty());
        assertEquals("next week", attach(text, "meet", true).orElseThrow().time().expression().text());
    }

    @Test
    void aSpeechActKeepsItsOwnExpression() {
        assertEquals("Monday", attach("Arnor pledged on Monday to resume talks with Gondor next year.", "pledged", true)
                .orElseThrow().time().expression().text());
    }

    @Test
    void governingExpressionNotTheNearestInText() {
        Optional<TimexAttacher.Attachment> a =
                attach("Gondor, which Arnor attacked in 2019, held talks with Rohan last week.", "held");
        assertEquals("last week", a.orElseThrow().time().expression().text());
        Optional<TimexAttacher.Attachment> b =
                attach("Gondor, which Arnor attacked in 2019, held talks with Rohan last week.", "attacked");
        assertEquals("2019", b.orElseThrow().time().expression().text());
    }

    @Test
    void aConjoinedVerbSharesTheTimeOfItsFirstVerbUnlessItHasASubjectOfItsOwn() {
        assertEquals("Tuesday", attach("The minister appealed for calm on Tuesday and said talks were possible.", "said")
                .orElseThrow().time().expression().text());
        assertTrue(attach("Arnor attacked Gondor on Tuesday, and Rohan condemned the attack.", "condemned").isEmpty(),
                "another subject is another clause");
    }

    @Test
    void sinceIsAReferencePointNotTheEventTime() {
        assertTrue(attach("It was his first visit to the country since 2014.", "visit").isEmpty());
    }

    @Test
    void nominalTakesTheDateOfItsVerb() {
        assertEquals("last week", attach("Park held strategic talks in Beijing last week with Ma.", "talks")
                .orElseThrow().time().expression().text());
    }

    @Test
    void aheadOfMakesABeforeRelation() {
        TimexAttacher.Attachment a =
                attach("Trump may pursue renewed diplomacy with Pyongyang ahead of the November elections.", "pursue")
                        .orElseThrow();
        assertEquals("BEFORE", a.relation());
        assertEquals("2026-11", a.time().valueText());
    }

    @Test
    void aParticipleClauseHappensWhenItsVerbDoes() {
        assertEquals("Monday", attach("Arnor shelled Gondor's capital on Monday, killing five civilians.", "killing")
                .orElseThrow().time().expression().text());
        assertEquals("2020", attach("Arnor threatened in 2020 to send warships to Gondor, prompting Rohan to warn "
                + "Arnor of sanctions.", "warn").orElseThrow().time().expression().text(), "through the infinitive");
        assertTrue(attach("Arnor shelled Gondor's capital on Monday, while Rohan was considering sanctions.",
                "considering").isEmpty(), "a clause with a subordinator and a subject of its own is dated apart");
    }

    @Test
    void anExpressionBeforeAParentheticalReportersSubjectDatesTheReport() {
        // the parser hangs "on Thursday" on "said" here
        String text = "Israeli air strikes killed at least 12 people in Gaza City on Thursday, local health officials "
                + "said, as Israel and Hamas accused each other of violating the ceasefire that took effect in October.";
        assertEquals("Thursday", attach(text, "killed").orElseThrow().time().expression().text());
        assertEquals("Thursday", attach(text, "said").orElseThrow().time().expression().text(), "and the report's");
    }
}
