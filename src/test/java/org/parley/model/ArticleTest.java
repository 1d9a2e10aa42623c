package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleTest {
    private static final LocalDate DATE = LocalDate.of(2025, 12, 27);
    private static final String TITLE = "Moon visits Tokyo";
    private static final String BODY = "Former president Moon Jae-in visited Tokyo on Friday.";

    private static Article article(String title, String body) {
        return new Article("a1", DATE, title, body, "Yonhap", "https://example.org/a1", "news.jsonl:3");
    }

    @Test
    void keepsItsFields() {
        Article a = article(TITLE, BODY);
        assertEquals("a1", a.id());
        assertEquals(DATE, a.date());
        assertEquals("news.jsonl:3", a.origin());
    }

    @Test
    void blankIdIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Article(" \t", DATE, TITLE, BODY, "", "", "x"));
        assertEquals("article id must not be blank", e.getMessage());
    }

    @Test
    void blankBodyIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> article(TITLE, " \n\t "));
        assertEquals("article body must not be blank", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> article(TITLE, ""));
    }

    @Test
    void nullFieldsAreRejectedByName() {
        assertEquals("id", assertThrows(NullPointerException.class,
                () -> new Article(null, DATE, TITLE, BODY, "", "", "x")).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class,
                () -> new Article("a", null, TITLE, BODY, "", "", "x")).getMessage());
        assertEquals("title", assertThrows(NullPointerException.class,
                () -> new Article("a", DATE, null, BODY, "", "", "x")).getMessage());
        assertEquals("body", assertThrows(NullPointerException.class,
                () -> new Article("a", DATE, TITLE, null, "", "", "x")).getMessage());
        assertEquals("source", assertThrows(NullPointerException.class,
                () -> new Article("a", DATE, TITLE, BODY, null, "", "x")).getMessage());
        assertEquals("url", assertThrows(NullPointerException.class,
                () -> new Article("a", DATE, TITLE, BODY, "", null, "x")).getMessage());
        assertEquals("origin", assertThrows(NullPointerException.class,
                () -> new Article("a", DATE, TITLE, BODY, "", "", null)).getMessage());
    }

    @Test
    void emptyTitleSourceAndUrlAreAllowed() {
        Article a = new Article("a", DATE, "", BODY, "", "", "");
        assertEquals("", a.title());
    }

    @Test
    void fullTextIsTitleParagraphBreakBody() {
        Article a = article(TITLE, BODY);
        assertEquals("Moon visits Tokyo\n\nFormer president Moon Jae-in visited Tokyo on Friday.", a.fullText());
    }

    @Test
    void bodyOffsetPointsAtTheBodyInTheFullText() {
        Article a = article(TITLE, BODY);
        assertEquals(TITLE.length() + 2, a.bodyOffset());
        assertEquals(BODY, a.fullText().substring(a.bodyOffset()));
        int tokyoInBody = BODY.indexOf("Tokyo");
        Span tokyo = new Span(a.bodyOffset() + tokyoInBody, a.bodyOffset() + tokyoInBody + 5);
        assertEquals("Tokyo", tokyo.of(a.fullText()));
    }

    @Test
    void withoutTitleTheFullTextIsTheBody() {
        Article a = article("", BODY);
        assertEquals(BODY, a.fullText());
        assertEquals(0, a.bodyOffset());
    }
}
