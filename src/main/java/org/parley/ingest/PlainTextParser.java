package org.parley.ingest;

import java.time.LocalDate;
import org.parley.model.Article;

/** Parses plain text: the whole file is the body, there is no title, and the date comes from the caller. */
final class PlainTextParser {
    static final String NEEDS_DATE = "plain text needs a date: pass --date YYYY-MM-DD";

    private PlainTextParser() {
    }

    /** @param date the date to give the article; null means none was configured, which is an input problem */
    static Article parse(String text, LocalDate date, String origin) throws InputProblem {
        String body = TextShape.body(text);
        if (body.isEmpty()) {
            throw new InputProblem("file contains only whitespace");
        }
        if (date == null) {
            throw new InputProblem(NEEDS_DATE);
        }
        return new Article(ArticleIds.of("", body), date, "", body, "", "", origin);
    }
}
