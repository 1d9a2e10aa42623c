package org.parley.app;

import java.util.Objects;
import org.parley.actors.ActorResolver;
import org.parley.actors.DictionaryActorResolver;
import org.parley.events.CameoTable;
import org.parley.events.DiscardList;
import org.parley.events.DiscardingEventCoder;
import org.parley.events.EventCoder;
import org.parley.events.PatternDictionary;
import org.parley.events.PatternEventCoder;
import org.parley.nlp.Annotator;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.pipeline.EventAssembler;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.StageClock;
import org.parley.pipeline.Versions;
import org.parley.time.DependencyEventTimer;

/**
 * The loaded stages of one process: the place that picks each stage's implementation and its dictionaries. Models
 * load once here; the pipeline it builds is thread-safe.
 */
public final class Engine {
    private final Annotator annotator;
    private final ActorResolver actors;
    private final EventCoder coder;
    private final DependencyEventTimer timer;
    private final CameoTable cameo;
    private final StageClock clock = new StageClock();
    private final Pipeline pipeline;
    private final long loadNanos;

    public Engine(Annotator annotator, ActorResolver actors, EventCoder coder, DependencyEventTimer timer,
                  CameoTable cameo, long loadNanos) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
        this.pipeline = new Pipeline(annotator, actors, coder, timer,
                new EventAssembler(cameo, Versions.DICTIONARIES), clock);
        this.loadNanos = loadNanos;
    }

    /** The standard engine: CoreNLP with Parley's configuration, the built-in dictionaries and discards. */
    public static Engine standard() {
        long start = System.nanoTime();
        Annotator annotator = new CoreNlpAnnotator(NlpConfig.standard());
        return new Engine(annotator, DictionaryActorResolver.builtIn(),
                eventCoder(PatternDictionary.builtIn(), DiscardList.builtIn()), new DependencyEventTimer(),
                CameoTable.builtIn(), System.nanoTime() - start);
    }

    /** The events stage: the pattern engine over {@code patterns}, its output filtered by {@code discards}. */
    public static EventCoder eventCoder(PatternDictionary patterns, DiscardList discards) {
        EventCoder coder = new PatternEventCoder(patterns);
        return discards.isEmpty() ? coder : new DiscardingEventCoder(coder, discards);
    }

    /**
     * This engine with other event patterns and discards (the {@code --verbs} and {@code --discards} options): the
     * loaded models, actors and timer are shared.
     */
    public Engine withEvents(PatternDictionary patterns, DiscardList discards) {
        return new Engine(annotator, actors, eventCoder(patterns, discards), timer, cameo, loadNanos);
    }

    private static final class Shared {
        static final Engine INSTANCE = standard();
    }

    /**
     * The process's standard engine, loaded on first use: CoreNLP's models take seconds and gigabytes, so commands
     * run in one process (and the tests of one JVM) share it.
     */
    public static Engine shared() {
        return Shared.INSTANCE;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public StageClock clock() {
        return clock;
    }

    /** Nanoseconds it took to load the models and dictionaries. */
    public long loadNanos() {
        return loadNanos;
    }

    public Annotator annotator() {
        return annotator;
    }

    public ActorResolver actors() {
        return actors;
    }

    public DependencyEventTimer timer() {
        return timer;
    }

    public CameoTable cameo() {
        return cameo;
    }
}
