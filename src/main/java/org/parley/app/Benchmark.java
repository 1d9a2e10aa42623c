package org.parley.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.ingest.ArticleReader;
import org.parley.pipeline.StageClock;
import org.parley.store.EventStore;

/**
 * Runs the whole line (read, NLP, actors, events, time, store into memory) over a corpus: one warm-up pass, then
 * timed passes, and reports speed, time per stage and peak heap. A measurement tool, never a test.
 */
public final class Benchmark {
    private final Engine engine;
    private final ArticleReader reader;
    private final int threads;

    public Benchmark(Engine engine, ArticleReader reader, int threads) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.threads = threads;
    }

    public BenchmarkReport run(List<Path> corpus, int passes) {
        IngestSummary warm = pass(corpus);
        Map<StageClock.Stage, Long> before = snapshot();
        long start = System.nanoTime();
        IngestSummary last = warm;
        for (int i = 0; i < passes; i++) {
            last = pass(corpus);
        }
        long wall = System.nanoTime() - start;
        Map<StageClock.Stage, Long> after = snapshot();
        Map<StageClock.Stage, Long> spent = new EnumMap<>(StageClock.Stage.class);
        for (StageClock.Stage s : StageClock.Stage.values()) {
            spent.put(s, after.get(s) - before.get(s));
        }
        return new BenchmarkReport(last.articles(), last.sentences(), last.events(), passes, threads, wall,
                engine.loadNanos(), spent, peakHeap(), last.errors());
    }

    private IngestSummary pass(List<Path> corpus) {
        IngestService service = new IngestService(reader, new ArticleProcessor(reader, engine.pipeline(), threads),
                engine.clock());
        try (EventStore store = EventStore.inMemory()) {
            return service.ingest(corpus, store, "bench", IngestListener.SILENT);
        }
    }

    private Map<StageClock.Stage, Long> snapshot() {
        Map<StageClock.Stage, Long> m = new EnumMap<>(StageClock.Stage.class);
        for (StageClock.Stage s : StageClock.Stage.values()) {
            m.put(s, engine.clock().nanos(s));
        }
        return m;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
