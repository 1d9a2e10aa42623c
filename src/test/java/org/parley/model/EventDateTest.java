package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDateTest {
    private static final LocalDate ARTICLE_DATE = LocalDate.of(2025, 12, 27);

    private static EventDate between(LocalDate start, LocalDate end) {
        return new EventDate("X", start, end, Granularity.UNKNOWN, "", DateBasis.TEXT, "some time", null);
    }

    @Test
    void ofArticleIsThatDayWithArticleBasis() {
        EventDate d = EventDate.ofArticle(ARTICLE_DATE);
        assertEquals("2025-12-27", d.value());
        assertEquals(ARTICLE_DATE, d.start());
        assertEquals(ARTICLE_DATE, d.end());
        assertEquals(Granularity.DAY, d.granularity());
        assertEquals(DateBasis.ARTICLE_DATE, d.basis());
        assertEquals("", d.modifier());
        assertEquals("", d.text(), "no words gave it");
        assertNull(d.span());
    }

    @Test
    void anchorIsTheStartWhenThereIsOne() {
        EventDate june = new EventDate("2019-06", LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30),
                Granularity.MONTH, "", DateBasis.TEXT, "June 2019", new Span(30, 39));
        assertEquals(LocalDate.of(2019, 6, 1), june.anchor(ARTICLE_DATE));
        assertEquals(LocalDate.of(2019, 6, 1), between(LocalDate.of(2019, 6, 1), null).anchor(ARTICLE_DATE));
    }

    @Test
    void anchorIsTheEndWhenTheStartIsOpen() {
        EventDate before = new EventDate("2020", null, LocalDate.of(2019, 12, 31), Granularity.YEAR, "BEFORE",
                DateBasis.TEXT, "before 2020", null);
        assertEquals(LocalDate.of(2019, 12, 31), before.anchor(ARTICLE_DATE));
    }

    @Test
    void anchorFallsBackWhenBothEndsAreOpen() {
        EventDate unknown = new EventDate("", null, null, Granularity.UNKNOWN, "", DateBasis.INFERRED, "", null);
        assertEquals(ARTICLE_DATE, unknown.anchor(ARTICLE_DATE));
    }

    @Test
    void endBeforeStartIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> between(LocalDate.of(2019, 6, 30), LocalDate.of(2019, 6, 1)));
        assertEquals("event date ends 2019-06-01 before it starts 2019-06-30", e.getMessage());
    }

    @Test
    void oneDayAndOpenIntervalsAreAllowed() {
        assertEquals(ARTICLE_DATE, between(ARTICLE_DATE, ARTICLE_DATE).end());
        assertNull(between(null, null).start());
    }

    @Test
    void nullFieldsAreRejectedByName() {
        assertEquals("value", assertThrows(NullPointerException.class, () -> new EventDate(null, null, null,
                Granularity.DAY, "", DateBasis.TEXT, "", null)).getMessage());
        assertEquals("granularity", assertThrows(NullPointerException.class, () -> new EventDate("", null, null,
                null, "", DateBasis.TEXT, "", null)).getMessage());
        assertEquals("modifier", assertThrows(NullPointerException.class, () -> new EventDate("", null, null,
                Granularity.DAY, null, DateBasis.TEXT, "", null)).getMessage());
        assertEquals("basis", assertThrows(NullPointerException.class, () -> new EventDate("", null, null,
                Granularity.DAY, "", null, "", null)).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class, () -> new EventDate("", null, null,
                Granularity.DAY, "", DateBasis.TEXT, null, null)).getMessage());
    }
}
