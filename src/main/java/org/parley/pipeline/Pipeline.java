package org.parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.actors.ActorResolver;
import org.parley.events.EventCoder;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.CodedEvent;
import org.parley.model.Event;
import org.parley.model.Timing;
import org.parley.nlp.Annotator;
import org.parley.time.EventTimer;

/**
 * Wires the stages: {@code nlp -> actors -> events -> time}, then assembles the finished events. It holds no logic
 * of its own; each stage knows only its inputs and outputs.
 */
public final class Pipeline {
    private final Annotator annotator;
    private final ActorResolver actors;
    private final EventCoder coder;
    private final EventTimer timer;
    private final EventAssembler assembler;
    private final StageClock clock;

    public Pipeline(Annotator annotator, ActorResolver actors, EventCoder coder, EventTimer timer,
                    EventAssembler assembler, StageClock clock) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.assembler = Objects.requireNonNull(assembler, "assembler");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CodedArticle process(Article article) {
        AnnotatedDocument document = clock.time(StageClock.Stage.NLP, () -> annotator.annotate(article));
        List<ActorMention> mentions = clock.time(StageClock.Stage.ACTORS, () -> actors.resolve(document));
        List<CodedEvent> coded = clock.time(StageClock.Stage.EVENTS, () -> coder.code(document, mentions));
        List<Event> events = clock.time(StageClock.Stage.TIME, () -> {
            List<Timing> timings = timer.time(document, coded);
            List<Event> out = new ArrayList<>(coded.size());
            for (int i = 0; i < coded.size(); i++) {
                out.add(assembler.assemble(document, coded.get(i), timings.get(i), mentions));
            }
            return out;
        });
        return new CodedArticle(document, mentions, events);
    }
}
