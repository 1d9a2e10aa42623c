package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times the store's typical queries over repeated runs: a dyad timeline and a filtered, limited event query.
 * Each query runs once to warm up, then {@code runs} times.
 */
public final class QueryBenchmark {
    private QueryBenchmark() {
    }

    /**
     * One query's times.
     *
     * @param name     what ran
     * @param runs     timed runs
     * @param medianMs median time
     * @param p95Ms    95th percentile (nearest rank)
     * @param maxMs    slowest run
     * @param rows     rows (periods or events) it returned
     */
    public record Timing(String name, int runs, double medianMs, double p95Ms, double maxMs, long rows) {
    }

    /** The timings on {@code store}: timeline of {@code dyad} by month, then {@code events} limited to 100. */
    public static List<Timing> run(EventStore store, EventQuery.Dyad dyad, EventQuery events, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        EventQuery timeline = EventQuery.all().withDyad(dyad.a(), dyad.b());
        List<Timing> out = new ArrayList<>();
        out.add(time("timeline --dyad " + dyad.a() + "," + dyad.b() + " --by month", runs,
                () -> (long) store.timeline(timeline, Timeline.Period.MONTH).periods().size()));
        out.add(time("events " + describe(events), runs, () -> (long) store.events(events).size()));
        return out;
    }

    /** The default event query of the benchmark: KOR, code 04, 2022, limit 100. */
    public static EventQuery defaultEvents() {
        return EventQuery.all().withActor("KOR").withCodePrefix("04")
                .between(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)).withLimit(100);
    }

    private static String describe(EventQuery q) {
        StringBuilder b = new StringBuilder();
        if (q.actor() != null) {
            b.append("--actor ").append(q.actor()).append(' ');
        }
        if (q.codePrefix() != null) {
            b.append("--code ").append(q.codePrefix()).append(' ');
        }
        if (q.from() != null) {
            b.append("--from ").append(q.from()).append(' ');
        }
        if (q.to() != null) {
            b.append("--to ").append(q.to()).append(' ');
        }
        if (q.limit() != null) {
            b.append("--limit ").append(q.limit());
        }
        return b.toString().strip();
    }

    private static Timing time(String name, int runs, Supplier<Long> query) {
        long rows = query.get();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            rows = query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        double p95 = ms[(int) Math.ceil(0.95 * runs) - 1];
        return new Timing(name, runs, median, p95, ms[runs - 1], rows);
    }
}
