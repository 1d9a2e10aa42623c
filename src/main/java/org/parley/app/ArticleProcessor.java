package org.parley.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestError;
import org.parley.ingest.ReadResult;
import org.parley.model.Article;
import org.parley.pipeline.Pipeline;

/**
 * Reads articles from paths and runs each through the pipeline on a pool of worker threads, handing the outcomes
 * to one consumer in input order (so the consumer, e.g. the store, stays single-threaded). A failure of one
 * article becomes a {@link Outcome.Failed} and the batch goes on.
 */
public final class ArticleProcessor {
    private final ArticleReader reader;
    private final Pipeline pipeline;
    private final int threads;

    public ArticleProcessor(ArticleReader reader, Pipeline pipeline, int threads) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /**
     * Processes every article under {@code paths}. Articles for which {@code skip} is true (already stored) are
     * not coded and come out as {@link Outcome.Skipped}.
     */
    public void process(List<Path> paths, Predicate<Article> skip, Consumer<Outcome> consumer) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        int maxInFlight = threads * 2;
        try (Stream<ReadResult> results = reader.readAll(paths)) {
            results.forEachOrdered(result -> {
                window.addLast(submit(pool, result, skip));
                while (window.size() >= maxInFlight) {
                    consumer.accept(await(window.removeFirst()));
                }
            });
            while (!window.isEmpty()) {
                consumer.accept(await(window.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Future<Outcome> submit(ExecutorService pool, ReadResult result, Predicate<Article> skip) {
        if (result instanceof ReadResult.Failed f) {
            return CompletableFuture.completedFuture(new Outcome.Failed(f.error()));
        }
        Article article = ((ReadResult.Read) result).article();
        if (skip.test(article)) {
            return CompletableFuture.completedFuture(new Outcome.Skipped(article));
        }
        return pool.submit(() -> code(article));
    }

    private Outcome code(Article article) {
        try {
            return new Outcome.Coded(article, pipeline.process(article));
        } catch (RuntimeException | StackOverflowError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome.Failed(new IngestError(article.origin(), "coding failed: " + message));
        }
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed outside an article", e.getCause());
        }
    }
}
