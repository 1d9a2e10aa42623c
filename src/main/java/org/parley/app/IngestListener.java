package org.parley.app;

import org.parley.ingest.IngestError;

/** Hears about an ingest run's progress; the CLI draws a progress bar or prints log lines from it. */
public interface IngestListener {
    /** The run starts; {@code total} is the number of articles expected (an estimate for unreadable files). */
    void started(long total);

    /** One article is done (stored, skipped or failed). */
    void progressed(long done, long total, IngestSummary soFar);

    void failed(IngestError error);

    void finished(IngestSummary summary);

    IngestListener SILENT = new IngestListener() {
        @Override
        public void started(long total) {
        }

        @Override
        public void progressed(long done, long total, IngestSummary soFar) {
        }

        @Override
        public void failed(IngestError error) {
        }

        @Override
        public void finished(IngestSummary summary) {
        }
    };
}
