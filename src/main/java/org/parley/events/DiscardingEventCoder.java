package org.parley.events;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.Sentence;

/**
 * The events stage with a {@link DiscardList}: a story holding a story discard yields no events; a sentence holding a
 * sentence discard yields none, the other sentences are coded as usual.
 */
public final class DiscardingEventCoder implements EventCoder {
    private final EventCoder coder;
    private final DiscardList discards;

    public DiscardingEventCoder(EventCoder coder, DiscardList discards) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.discards = Objects.requireNonNull(discards, "discards");
    }

    @Override
    public List<CodedEvent> code(AnnotatedDocument document, List<ActorMention> actors) {
        Set<Integer> dropped = new HashSet<>();
        for (Sentence s : document.sentences()) {
            if (discards.storyMatch(s).isPresent()) {
                return List.of();
            }
            if (discards.sentenceMatch(s).isPresent()) {
                dropped.add(s.index());
            }
        }
        List<CodedEvent> events = coder.code(document, actors);
        return dropped.isEmpty() ? events : events.stream().filter(e -> !dropped.contains(e.sentence())).toList();
    }

    @Override
    public EventCoder with(CodingOptions options) {
        return new DiscardingEventCoder(coder.with(options), discards);
    }
}
