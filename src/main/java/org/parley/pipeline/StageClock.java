package org.parley.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Accumulates the time spent in each stage, for the benchmark and the ingest summary. Thread-safe. */
public final class StageClock {
    public enum Stage { NLP, ACTORS, EVENTS, TIME, STORE }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageClock() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    public <T> T time(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.get(stage).add(System.nanoTime() - start);
        }
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    public long totalNanos() {
        return nanos.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
