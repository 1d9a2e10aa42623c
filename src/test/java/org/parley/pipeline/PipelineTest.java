package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parley.actors.ActorResolver;
import org.parley.events.EventCoder;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.CodedEvent;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Status;
import org.parley.model.Timing;
import org.parley.nlp.Annotator;
import org.parley.pipeline.StageClock.Stage;
import org.parley.testing.MoonDocument;
import org.parley.time.EventTimer;

class PipelineTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    /** Each fake stage takes a different, known minimum time, so a stage timed under the wrong name shows. */
    private static final long NLP_NANOS = 12 * MS;
    private static final long ACTORS_NANOS = 6 * MS;
    private static final long EVENTS_NANOS = 3 * MS;
    private static final long TIME_NANOS = MS;

    private final MoonDocument moon = MoonDocument.titled();
    private final List<String> calls = new ArrayList<>();
    private final StageClock clock = new StageClock();

    private Article annotatedArticle;
    private AnnotatedDocument resolvedDocument;
    private AnnotatedDocument codedDocument;
    private List<ActorMention> codedMentions;
    private AnnotatedDocument timedDocument;
    private List<CodedEvent> timedEvents;

    private List<CodedEvent> coded;
    private List<Timing> timings;

    private final Annotator annotator = article -> {
        calls.add("nlp");
        annotatedArticle = article;
        StageClockTest.spin(NLP_NANOS);
        return moon.document;
    };
    private final ActorResolver resolver = document -> {
        calls.add("actors");
        resolvedDocument = document;
        StageClockTest.spin(ACTORS_NANOS);
        return moon.mentions();
    };
    private final EventCoder coder = (document, actors) -> {
        calls.add("events");
        codedDocument = document;
        codedMentions = actors;
        StageClockTest.spin(EVENTS_NANOS);
        return coded;
    };
    private final EventTimer timer = (document, events) -> {
        calls.add("time");
        timedDocument = document;
        timedEvents = events;
        StageClockTest.spin(TIME_NANOS);
        return timings;
    };

    private Pipeline pipeline() {
        return new Pipeline(annotator, resolver, coder, timer, new EventAssembler(MoonDocument.cameo(), "d1"), clock);
    }

    private static Timing occurred(EventDate date) {
        return new Timing(date, Status.OCCURRED, "past tense", null, false);
    }

    private CodedArticle processTwoEvents() {
        coded = List.of(moon.visit(), moon.host());
        timings = List.of(occurred(moon.june2019()),
                new Timing(EventDate.ofArticle(MoonDocument.ARTICLE_DATE), Status.PLANNED, "will", null, false));
        return pipeline().process(moon.article);
    }

    @Test
    void stagesRunInOrderEachOnThePreviousOutput() {
        processTwoEvents();
        assertEquals(List.of("nlp", "actors", "events", "time"), calls);
        assertSame(moon.article, annotatedArticle);
        assertSame(moon.document, resolvedDocument);
        assertSame(moon.document, codedDocument);
        assertEquals(moon.mentions(), codedMentions);
        assertSame(moon.document, timedDocument);
        assertEquals(coded, timedEvents);
    }

    @Test
    void theResultHoldsTheDocumentAndTheActors() {
        CodedArticle result = processTwoEvents();
        assertSame(moon.document, result.document());
        assertEquals(moon.mentions(), result.actors());
    }

    @Test
    void oneEventIsAssembledPerCodedEventInOrder() {
        CodedArticle result = processTwoEvents();
        List<Event> events = result.events();
        assertEquals(2, events.size());

        Event visit = events.get(0);
        assertEquals("042", visit.cameo().code());
        assertEquals(1, visit.sentence());
        assertEquals(moon.june2019(), visit.date());
        assertEquals("KORGOV", visit.source().code(), "the role held in June 2019");
        assertEquals("JPNGOV", visit.target().code());
        assertEquals("visited", visit.evidence().predicate());

        Event host = events.get(1);
        assertEquals("043", host.cameo().code());
        assertEquals(2, host.sentence());
        assertEquals(Status.PLANNED, host.status(), "each event takes the timing at its own position");
        assertEquals("will", host.statusCue());
        assertEquals("Tokyo officials", host.target().text());
        assertEquals("d1", host.evidence().dictionaryVersion());
    }

    @Test
    void noCodedEventsGiveNoEvents() {
        coded = List.of();
        timings = List.of();
        CodedArticle result = pipeline().process(moon.article);
        assertEquals(List.of(), result.events());
        assertEquals(List.of("nlp", "actors", "events", "time"), calls);
        assertEquals(List.of(), timedEvents);
        assertEquals(4, result.actors().size());
    }

    @Test
    void theClockRecordsEachStageUnderItsName() {
        processTwoEvents();
        assertTrue(clock.nanos(Stage.NLP) >= NLP_NANOS, "NLP " + clock.nanos(Stage.NLP));
        assertTrue(clock.nanos(Stage.ACTORS) >= ACTORS_NANOS, "ACTORS " + clock.nanos(Stage.ACTORS));
        assertTrue(clock.nanos(Stage.EVENTS) >= EVENTS_NANOS, "EVENTS " + clock.nanos(Stage.EVENTS));
        assertTrue(clock.nanos(Stage.TIME) >= TIME_NANOS, "TIME " + clock.nanos(Stage.TIME));
        assertEquals(0, clock.nanos(Stage.STORE), "the pipeline does not store");
    }

    @Test
    void theClockAccumulatesOverArticles() {
        processTwoEvents();
        pipeline().process(moon.article);
        assertTrue(clock.nanos(Stage.NLP) >= 2 * NLP_NANOS, "NLP " + clock.nanos(Stage.NLP));
        assertEquals(List.of("nlp", "actors", "events", "time", "nlp", "actors", "events", "time"), calls);
    }

    @Test
    void aFailingStageStopsThePipelineButIsStillTimed() {
        RuntimeException failure = new IllegalStateException("no pattern dictionary");
        EventCoder failing = (document, actors) -> {
            calls.add("events");
            StageClockTest.spin(EVENTS_NANOS);
            throw failure;
        };
        Pipeline p = new Pipeline(annotator, resolver, failing, timer, new EventAssembler(MoonDocument.cameo(), "d1"),
                clock);
        assertSame(failure, assertThrows(IllegalStateException.class, () -> p.process(moon.article)));
        assertEquals(List.of("nlp", "actors", "events"), calls, "the timer is not called");
        assertTrue(clock.nanos(Stage.EVENTS) >= EVENTS_NANOS, "EVENTS " + clock.nanos(Stage.EVENTS));
        assertEquals(0, clock.nanos(Stage.TIME));
    }

    @Test
    void constructorRejectsMissingStages() {
        EventAssembler assembler = new EventAssembler(MoonDocument.cameo(), "d1");
        assertEquals("annotator", assertThrows(NullPointerException.class,
                () -> new Pipeline(null, resolver, coder, timer, assembler, clock)).getMessage());
        assertEquals("actors", assertThrows(NullPointerException.class,
                () -> new Pipeline(annotator, null, coder, timer, assembler, clock)).getMessage());
        assertEquals("coder", assertThrows(NullPointerException.class,
                () -> new Pipeline(annotator, resolver, null, timer, assembler, clock)).getMessage());
        assertEquals("timer", assertThrows(NullPointerException.class,
                () -> new Pipeline(annotator, resolver, coder, null, assembler, clock)).getMessage());
        assertEquals("assembler", assertThrows(NullPointerException.class,
                () -> new Pipeline(annotator, resolver, coder, timer, null, clock)).getMessage());
        assertEquals("clock", assertThrows(NullPointerException.class,
                () -> new Pipeline(annotator, resolver, coder, timer, assembler, null)).getMessage());
    }
}
