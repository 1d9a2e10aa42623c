package org.parley.app;

/**
 * What an ingest run did.
 *
 * @param articles   articles coded and stored
 * @param duplicates articles skipped because they were already stored
 * @param sentences  sentences of the stored articles
 * @param events     events stored
 * @param errors     inputs that failed (unreadable, invalid, or failed to code or store)
 * @param nanos      wall-clock time
 */
public record IngestSummary(long articles, long duplicates, long sentences, long events, long errors, long nanos) {
    public double articlesPerSecond() {
        return nanos == 0 ? 0 : (articles + duplicates) / (nanos / 1e9);
    }
}
