package org.parley.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An event as the store holds it: the event, its stored id and what the store knows of its article.
 *
 * @param eventId       the store's id, {@code article_id:sentence_index:event_ordinal}
 * @param event         the event
 * @param articleDate   the article's publication date
 * @param articleSource the article's publisher or feed, possibly empty
 * @param articleUrl    the article's address, possibly empty
 * @param ingestedAt    when the article was stored (UTC)
 */
public record StoredEvent(String eventId, Event event, LocalDate articleDate, String articleSource, String articleUrl,
                          LocalDateTime ingestedAt, String clusterKey) {
    public StoredEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(clusterKey, "clusterKey");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(articleDate, "articleDate");
        Objects.requireNonNull(articleSource, "articleSource");
        Objects.requireNonNull(articleUrl, "articleUrl");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
    }

    /** A stored event that is a cluster of its own. */
    public StoredEvent(String eventId, Event event, LocalDate articleDate, String articleSource, String articleUrl,
                       LocalDateTime ingestedAt) {
        this(eventId, event, articleDate, articleSource, articleUrl, ingestedAt, eventId);
    }
}
