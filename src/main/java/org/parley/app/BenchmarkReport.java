package org.parley.app;

import java.io.PrintWriter;
import java.util.Map;
import org.parley.pipeline.StageClock;

/**
 * Figures of one benchmark run.
 *
 * @param articles    articles coded per pass
 * @param sentences   sentences per pass
 * @param events      events per pass
 * @param passes      timed passes
 * @param threads     worker threads
 * @param wallNanos   wall-clock time of the timed passes
 * @param loadNanos   model and dictionary load time
 * @param stageNanos  time per stage over the timed passes (summed over threads)
 * @param peakHeapBytes peak heap use of the process
 * @param errors      articles that failed per pass
 */
public record BenchmarkReport(long articles, long sentences, long events, int passes, int threads, long wallNanos,
                              long loadNanos, Map<StageClock.Stage, Long> stageNanos, long peakHeapBytes, long errors) {
    public double articlesPerSecond() {
        return articles * passes / (wallNanos / 1e9);
    }

    public double sentencesPerSecond() {
        return sentences * passes / (wallNanos / 1e9);
    }

    public void print(PrintWriter out) {
        out.printf("corpus: %d articles, %d sentences, %d events per pass; %d errors%n", articles, sentences, events, errors);
        out.printf("model load: %.1f s; %d timed pass(es) after one warm-up, %d thread(s)%n", loadNanos / 1e9, passes, threads);
        out.printf("end to end: %.2f articles/s, %.1f sentences/s%n", articlesPerSecond(), sentencesPerSecond());
        long total = stageNanos.values().stream().mapToLong(Long::longValue).sum();
        out.println("time per stage (summed over threads):");
        for (Map.Entry<StageClock.Stage, Long> e : stageNanos.entrySet()) {
            out.printf("  %-7s %9.1f ms  %5.1f%%  %7.2f ms/article%n", e.getKey().name().toLowerCase(java.util.Locale.ROOT),
                    e.getValue() / 1e6, total == 0 ? 0 : 100.0 * e.getValue() / total,
                    articles == 0 ? 0 : e.getValue() / 1e6 / (articles * passes));
        }
        out.printf("peak heap: %.0f MB%n", peakHeapBytes / 1048576.0);
    }
}
