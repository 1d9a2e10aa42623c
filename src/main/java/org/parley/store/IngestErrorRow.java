package org.parley.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code ingest_errors}: an input that could not be read or stored.
 *
 * @param runId  the run that met it
 * @param origin where the input came from, e.g. {@code news.jsonl:12}
 * @param reason what went wrong
 * @param at     when it was recorded
 */
public record IngestErrorRow(long runId, String origin, String reason, Instant at) {
    public IngestErrorRow {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
