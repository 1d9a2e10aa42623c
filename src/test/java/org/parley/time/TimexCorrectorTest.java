package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.time.TimeFixtures.sentence;
import static org.parley.time.TimeFixtures.time;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Sentence;

class TimexCorrectorTest {
    private static final LocalDate DATE = LocalDate.parse(TimeFixtures.DATE);
    private final TimexCorrector corrector = new TimexCorrector();

    private CorrectedTime correct(String text, String expression) {
        Sentence s = sentence(text);
        return corrector.correct(s, time(s, expression), DATE);
    }

    @Test
    void sinceAPastMonthIsTheMonthBefore() {
        CorrectedTime t = correct("It is his first trip since taking office in June.", "June");
        assertEquals("2025-06", t.valueText());
        assertTrue(t.changed());
        assertTrue(t.reason().contains("past"), t.reason());
    }

    @Test
    void aheadOfAMonthIsTheMonthAfter() {
        CorrectedTime t = correct("He may pursue diplomacy ahead of the November midterm elections.", "November");
        assertEquals("2026-11", t.valueText());
        assertTrue(t.reason().contains("future"), t.reason());
    }

    @Test
    void pastTenseWeekdayIsTheOneBefore() {
        CorrectedTime t = correct("The ministers met on Tuesday in Geneva.", "Tuesday");
        LocalDate day = t.value().start();
        assertTrue(day.isBefore(DATE), "past-tense Tuesday must be before the article: " + day);
        assertEquals(java.time.DayOfWeek.TUESDAY, day.getDayOfWeek());
    }

    @Test
    void explicitValuesAreKept() {
        CorrectedTime year = correct("The two leaders last met in 2019.", "2019");
        assertEquals("2019", year.valueText());
        assertFalse(year.changed());
        CorrectedTime week = correct("They held talks last week.", "last week");
        assertEquals("2025-W51", week.valueText());
        assertFalse(week.changed());
    }

    @Test
    void aDurationWithinADateIsThatDate() {
        assertEquals("2025", TimexCorrector.datePart("2025 INTERSECT PXW"));
        assertEquals("2025-WI", TimexCorrector.datePart("2025-WI INTERSECT P1M"));
        assertEquals("PXW INTERSECT PXD", TimexCorrector.datePart("PXW INTERSECT PXD"), "no date part: as it is");
        assertEquals("2025-06", TimexCorrector.datePart("2025-06"));
        CorrectedTime t = correct("Arnor closed its border for several weeks late last year.", "several weeks late last year");
        assertEquals("2024", t.valueText(), t.toString());
        assertEquals("LATE", t.modifier());
    }

    @Test
    void aPastParticipleWithItsOwnSubjectAndNoAuxiliaryIsPastTense() {
        org.parley.model.Sentence passive = sentence("Kharkiv was targeted on Sunday.");
        assertEquals(TimexCorrector.Direction.PAST, TimexCorrector.tense(passive, TimeFixtures.token(passive, "targeted")),
                "the past auxiliary decides a passive");
        org.parley.model.Sentence reduced = sentence("Troops deployed near Kharkiv are ready.");
        assertEquals(TimexCorrector.Direction.NONE, TimexCorrector.tense(reduced, TimeFixtures.token(reduced, "deployed")),
                "a participle without a subject of its own has no tense");
        org.parley.model.Sentence s = sentence("Russian forces targeted Kharkiv on Sunday.");
        int verb = TimeFixtures.token(s, "targeted");
        assertEquals(TimexCorrector.Direction.PAST, TimexCorrector.tense(s, verb), "tagged " + s.token(verb).pos());
    }

    @Test
    void upcomingMonthStaysInTheFuture() {
        CorrectedTime t = correct("His visit is scheduled for early January.", "early January");
        assertEquals("2026-01", t.valueText());
        assertEquals("EARLY", t.modifier());
    }

    @Test
    void inADurationIsCountedFromTheArticle() {
        CorrectedTime t = correct("Talks will resume in two weeks.", "two weeks");
        assertEquals("2026-W02", t.valueText(), "2025-12-27 plus two weeks is in ISO week 2 of 2026");
        assertTrue(t.reason().contains("counted from the article's date"), t.reason());
        CorrectedTime past = correct("The war ended in three years.", "three years");
        assertFalse(past.changed(), "a past clause keeps the duration");
    }

    @Test
    void modifiersComeFromTheWords() {
        assertEquals("LATE", TimexCorrector.modifier("late October"));
        assertEquals("MID", TimexCorrector.modifier("mid-2024"));
        assertEquals("", TimexCorrector.modifier("October"));
    }
}
