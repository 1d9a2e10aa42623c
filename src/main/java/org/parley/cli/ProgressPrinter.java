package org.parley.cli;

import java.io.PrintWriter;
import org.parley.app.IngestListener;
import org.parley.app.IngestSummary;
import org.parley.ingest.IngestError;

/**
 * Shows an ingest run's progress: a redrawn progress bar (articles done/total, articles/s, ETA) on a terminal,
 * plain log lines (every {@value #LOG_EVERY} articles) otherwise; errors always on their own lines.
 */
final class ProgressPrinter implements IngestListener {
    static final int LOG_EVERY = 100;
    private static final int BAR = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private boolean barShown;

    ProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(long total) {
        err.println("ingesting " + total + " article(s)");
        err.flush();
    }

    @Override
    public void progressed(long done, long total, IngestSummary soFar) {
        double rate = soFar.articlesPerSecond();
        if (terminal) {
            int filled = total == 0 ? BAR : (int) (BAR * done / total);
            long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
            err.printf("\r[%s%s] %d/%d  %.2f articles/s  ETA %s ", "#".repeat(filled), ".".repeat(BAR - filled), done,
                    total, rate, eta < 0 ? "?" : eta / 60 + "m" + String.format("%02d", eta % 60) + "s");
            barShown = true;
        } else if (done % LOG_EVERY == 0 || done == total) {
            err.printf("%d/%d articles, %.2f articles/s, %d events, %d errors%n", done, total, rate, soFar.events(),
                    soFar.errors());
        }
        err.flush();
    }

    @Override
    public void failed(IngestError error) {
        if (barShown) {
            err.println();
            barShown = false;
        }
        err.println("error: " + error.message());
        err.flush();
    }

    @Override
    public void finished(IngestSummary s) {
        if (barShown) {
            err.println();
        }
        err.printf("done: %d articles stored, %d already stored, %d sentences, %d events, %d errors in %.1f s%n",
                s.articles(), s.duplicates(), s.sentences(), s.events(), s.errors(), s.nanos() / 1e9);
        err.flush();
    }
}
