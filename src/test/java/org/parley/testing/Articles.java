package org.parley.testing;

import java.time.LocalDate;
import org.parley.model.Article;

/** Small articles built in tests. */
public final class Articles {
    private Articles() {
    }

    public static Article of(String date, String title, String body) {
        return new Article("test-" + Integer.toHexString((title + body).hashCode()), LocalDate.parse(date), title, body,
                "", "", "test");
    }
}
