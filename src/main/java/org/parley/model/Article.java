package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated news article as read by the {@code ingest} stage.
 *
 * <p>The text the NLP stage sees is {@link #fullText()}: the title (if any), a blank line, then the body, so that
 * the title is sentence 0 and the body starts at sentence 1. Every character span in later records indexes into
 * that text.
 *
 * @param id      stable identifier: the SHA-256 of the normalized text unless the input gave one
 * @param date    the article's publication date (the reference date for relative time expressions)
 * @param title   headline, possibly empty
 * @param body    body text, never blank
 * @param source  publisher or feed name, possibly empty
 * @param url     address of the article, possibly empty
 * @param origin  where it was read from, e.g. {@code news.jsonl:12}; used in error messages and provenance
 */
public record Article(String id, LocalDate date, String title, String body, String source, String url, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(origin, "origin");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
        if (body.isBlank()) {
            throw new IllegalArgumentException("article body must not be blank");
        }
    }

    /** Separator between title and body in {@link #fullText()}: a paragraph break, so the title is its own sentence. */
    public static final String TITLE_SEPARATOR = "\n\n";

    /** Title, paragraph break and body: the text all spans refer to. */
    public String fullText() {
        return title.isEmpty() ? body : title + TITLE_SEPARATOR + body;
    }

    /** Offset of the body in {@link #fullText()}. */
    public int bodyOffset() {
        return title.isEmpty() ? 0 : title.length() + TITLE_SEPARATOR.length();
    }
}
