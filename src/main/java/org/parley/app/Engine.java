package org.parley.app;

import java.util.Objects;
import org.parley.actors.ActorDictionaries;
import org.parley.actors.ActorResolver;
import org.parley.actors.DictionaryActorResolver;
import org.parley.events.CameoTable;
import org.parley.events.CodingOptions;
import org.parley.events.DiscardList;
import org.parley.events.DiscardingEventCoder;
import org.parley.events.IntentEventCoder;
import org.parley.events.EventCoder;
import org.parley.events.PatternDictionary;
import org.parley.events.PatternEventCoder;
import org.parley.events.ProtestEventCoder;
import org.parley.events.ProtestWords;
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
    private final String dictionaryVersion;
    private final StageClock clock = new StageClock();
    private final Pipeline pipeline;
    private final long loadNanos;

    public Engine(Annotator annotator, ActorResolver actors, EventCoder coder, DependencyEventTimer timer,
                  CameoTable cameo, long loadNanos) {
        this(annotator, actors, coder, timer, cameo, loadNanos, Versions.DICTIONARIES);
    }

    /**
     * An engine whose events name {@code dictionaryVersion} as the dictionaries they were coded with (the built-in
     * version, and the user's actor dictionaries when there are any).
     */
    public Engine(Annotator annotator, ActorResolver actors, EventCoder coder, DependencyEventTimer timer,
                  CameoTable cameo, long loadNanos, String dictionaryVersion) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
        this.dictionaryVersion = Objects.requireNonNull(dictionaryVersion, "dictionaryVersion");
        this.pipeline = new Pipeline(annotator, actors, coder, timer,
                new EventAssembler(cameo, dictionaryVersion), clock);
        this.loadNanos = loadNanos;
    }

    /** The standard engine: CoreNLP with Parley's configuration, the built-in dictionaries and discards. */
    public static Engine standard() {
        long start = System.nanoTime();
        Annotator annotator = new CoreNlpAnnotator(NlpConfig.standard());
        return new Engine(annotator, DictionaryActorResolver.builtIn(),
                eventCoder(PatternDictionary.builtIn(), DiscardList.builtIn(), ProtestWords.builtIn()),
                new DependencyEventTimer(),
                CameoTable.builtIn(), System.nanoTime() - start);
    }

    /** The events stage: the pattern engine over {@code patterns}, its output filtered by {@code discards}. */
    public static EventCoder eventCoder(PatternDictionary patterns, DiscardList discards) {
        return eventCoder(patterns, discards, ProtestWords.NONE);
    }

    /**
     * The events stage: the pattern engine over {@code patterns}, protests without a named target against their own
     * government ({@link ProtestEventCoder}, off with {@link ProtestWords#NONE}), all filtered by {@code discards}.
     */
    public static EventCoder eventCoder(PatternDictionary patterns, DiscardList discards, ProtestWords protests) {
        EventCoder coder = new IntentEventCoder(new PatternEventCoder(patterns));
        if (!protests.isEmpty()) {
            coder = new ProtestEventCoder(coder, protests);
        }
        return new DiscardingEventCoder(coder, discards); // also for the discard codes of actor files
    }

    /**
     * This engine with other event patterns and discards (the {@code --verbs} and {@code --discards} options): the
     * loaded models, actors and timer are shared.
     */
    public Engine withEvents(PatternDictionary patterns, DiscardList discards) {
        return withEvents(patterns, discards, cameo);
    }

    /** As {@link #withEvents(PatternDictionary, DiscardList)}, with the code table events are looked up in. */
    public Engine withEvents(PatternDictionary patterns, DiscardList discards, CameoTable codes) {
        return withEvents(patterns, discards, codes, ProtestWords.NONE);
    }

    /** As {@link #withEvents(PatternDictionary, DiscardList, CameoTable)}, with the protest words to use. */
    public Engine withEvents(PatternDictionary patterns, DiscardList discards, CameoTable codes, ProtestWords protests) {
        return new Engine(annotator, actors, eventCoder(patterns, discards, protests), timer, codes, loadNanos,
                dictionaryVersion);
    }

    /**
     * This engine with other coding settings (see {@link CodingOptions}): the events stage takes them, and the actors
     * stage their {@link CodingOptions#unknownCountryAgents} and {@link CodingOptions#newActorLength}; everything else
     * is shared.
     */
    public Engine withCoding(CodingOptions options) {
        return new Engine(annotator, actors.withUnknownCountryAgents(options.unknownCountryAgents())
                .withNewActorLength(options.newActorLength()), coder.with(options), timer, cameo, loadNanos,
                dictionaryVersion);
    }

    /**
     * An engine on other actor dictionaries (the user's, alone or next to the built-in ones; see
     * {@link ActorDictionaries#with}) that shares everything else with {@link #shared()}: the CoreNLP models, the
     * event patterns, the CAMEO table. Building it costs the dictionaries' trie, not the models.
     *
     * @param dictionaries      the actor dictionaries
     * @param dictionaryVersion what events record as their dictionaries, e.g. the built-in version followed by the
     *                          user's files
     */
    public static Engine withActors(ActorDictionaries dictionaries, String dictionaryVersion) {
        Engine base = shared();
        long start = System.nanoTime();
        ActorResolver resolver = new DictionaryActorResolver(dictionaries);
        return new Engine(base.annotator, resolver, base.coder, base.timer, base.cameo,
                base.loadNanos + (System.nanoTime() - start), dictionaryVersion);
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

    /** What events of this engine record as their dictionaries. */
    public String dictionaryVersion() {
        return dictionaryVersion;
    }

    public CameoTable cameo() {
        return cameo;
    }
}
