package org.parley.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.FormatDetector;
import org.parley.ingest.IngestError;
import org.parley.ingest.InputFormat;
import org.parley.pipeline.StageClock;
import org.parley.store.EventStore;
import org.parley.store.StoreResult;

/**
 * Codes articles from files and folders into the store: one transaction per article, already stored articles
 * skipped before any NLP work, every failure recorded with its reason while the batch goes on.
 */
public final class IngestService {
    private final ArticleReader reader;
    private final ArticleProcessor processor;
    private final StageClock clock;

    public IngestService(ArticleReader reader, ArticleProcessor processor) {
        this(reader, processor, new StageClock());
    }

    /** With a clock that also times the store's writes (the benchmark passes the engine's clock). */
    public IngestService(ArticleReader reader, ArticleProcessor processor, StageClock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public IngestSummary ingest(List<Path> paths, EventStore store, String command, IngestListener listener) {
        long start = System.nanoTime();
        long runId = store.startRun(command);
        long total = estimateArticles(paths);
        listener.started(total);
        long[] c = new long[6]; // done, articles, duplicates, sentences, events, errors
        processor.process(paths, article -> store.contains(article.id()), outcome -> {
            c[0]++;
            if (outcome instanceof Outcome.Failed f) {
                c[5]++;
                store.recordError(runId, f.error().origin(), f.error().reason());
                listener.failed(f.error());
            } else if (outcome instanceof Outcome.Skipped) {
                c[2]++;
            } else if (outcome instanceof Outcome.Coded coded) {
                StoreResult result = clock.time(StageClock.Stage.STORE, () -> store.store(runId, coded.result()));
                if (result.kind() == StoreResult.Kind.STORED) {
                    c[1]++;
                    c[3] += coded.result().document().sentences().size();
                    c[4] += coded.result().events().size();
                } else if (result.kind() == StoreResult.Kind.DUPLICATE) {
                    c[2]++;
                } else {
                    c[5]++;
                    listener.failed(new IngestError(coded.article().origin(), "store failed: " + result));
                }
            }
            listener.progressed(c[0], Math.max(total, c[0]), summary(c, start));
        });
        IngestSummary summary = summary(c, start);
        store.finishRun(runId, summary.articles(), summary.errors(), summary.events());
        listener.finished(summary);
        return summary;
    }

    private static IngestSummary summary(long[] c, long start) {
        return new IngestSummary(c[1], c[2], c[3], c[4], c[5], System.nanoTime() - start);
    }

    /** Articles to expect: one per file, one per non-blank line of a JSON Lines file. Only reads, never parses. */
    long estimateArticles(List<Path> paths) {
        long n = 0;
        for (Path file : reader.expand(paths)) {
            n += Files.isDirectory(file) ? 0 : articlesIn(file);
        }
        return n;
    }

    private static long articlesIn(Path file) {
        try {
            if (!Files.isRegularFile(file) || FormatDetector.detect(file) != InputFormat.JSON_LINES) {
                return 1;
            }
            long lines = 0;
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        lines++;
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            return 1;
        }
    }
}
