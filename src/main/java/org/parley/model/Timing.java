package org.parley.model;

import java.util.Objects;

/**
 * What the {@code time} stage decided about one coded event.
 *
 * @param date        when
 * @param status      whether it happened
 * @param statusCue   the word or rule that decided the status (e.g. {@code scheduled}, {@code past tense})
 * @param attribution who asserts it, or null
 * @param historical  recalled from well before the article's date
 */
public record Timing(EventDate date, Status status, String statusCue, Attribution attribution, boolean historical) {
    public Timing {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusCue, "statusCue");
    }
}
