package org.parley.pipeline;

import java.util.List;
import java.util.Objects;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Event;

/** Everything the pipeline made of one article: its annotation, its actors and its events. */
public record CodedArticle(AnnotatedDocument document, List<ActorMention> actors, List<Event> events) {
    public CodedArticle {
        Objects.requireNonNull(document, "document");
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }
}
