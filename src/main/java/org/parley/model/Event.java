package org.parley.model;

import java.util.Objects;

/**
 * A coded, dated event: the record Parley stores and exports. Its JSON form is documented in
 * {@code docs/FORMATS.md} (schema {@value #SCHEMA}).
 *
 * @param articleId  the article it came from
 * @param sentence   sentence index (0 is the title)
 * @param source     the doer
 * @param target     the one done to
 * @param cameo      the CAMEO code with its weights
 * @param date       when
 * @param status     whether it happened
 * @param statusCue  what decided the status
 * @param attribution who asserts it, or null
 * @param historical recalled from well before the article's date
 * @param location   where, or null
 * @param evidence   the sentence and the rule
 */
public record Event(String articleId, int sentence, Participant source, Participant target, CameoCode cameo,
                    EventDate date, Status status, String statusCue, Attribution attribution, boolean historical,
                    Location location, Evidence evidence) {
    /** Version of the event record's layout; bump it when a field changes meaning or goes away. */
    public static final String SCHEMA = "parley.event/1";

    public Event {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusCue, "statusCue");
        Objects.requireNonNull(evidence, "evidence");
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, got " + sentence);
        }
    }
}
