package org.parley.events;

import java.util.ArrayList;
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
 * sentence discard yields none, the other sentences are coded as usual. So does a sentence naming an actor whose
 * discard code holds on the article's date ({@link org.parley.model.Actor#DISCARD}: TABARI's {@code [###]} in an
 * actor file); such a mention is never an event's actor.
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
        List<ActorMention> kept = new ArrayList<>();
        for (ActorMention m : actors) {
            if (m.roleOn(document.article().date()).actor().discards()) {
                dropped.add(m.sentence());
            } else {
                kept.add(m);
            }
        }
        for (Sentence s : document.sentences()) {
            if (discards.storyMatch(s).isPresent()) {
                return List.of();
            }
            if (discards.sentenceMatch(s).isPresent()) {
                dropped.add(s.index());
            }
        }
        List<CodedEvent> events = coder.code(document, kept);
        return dropped.isEmpty() ? events : events.stream().filter(e -> !dropped.contains(e.sentence())).toList();
    }

    @Override
    public EventCoder with(CodingOptions options) {
        return new DiscardingEventCoder(coder.with(options), discards);
    }
}
