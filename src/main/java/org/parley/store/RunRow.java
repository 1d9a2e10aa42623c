package org.parley.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code runs}: a command that wrote to the store. The counts and {@code finishedAt} are null until
 * {@link EventStore#finishRun} is called, and stay null if the run died.
 *
 * @param runId             the run's number, from 1
 * @param startedAt         when it started
 * @param finishedAt        when it finished, or null
 * @param command           the command line or a name for it
 * @param codeVersion       Parley's version
 * @param dictionaryVersion the dictionaries' version
 * @param articlesOk        articles stored, or null
 * @param articlesFailed    articles that failed, or null
 * @param events            events stored, or null
 */
public record RunRow(long runId, Instant startedAt, Instant finishedAt, String command, String codeVersion,
                     String dictionaryVersion, Long articlesOk, Long articlesFailed, Long events) {
    public RunRow {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(codeVersion, "codeVersion");
        Objects.requireNonNull(dictionaryVersion, "dictionaryVersion");
    }

    /** Whether {@link EventStore#finishRun} was called for it. */
    public boolean finished() {
        return finishedAt != null;
    }
}
