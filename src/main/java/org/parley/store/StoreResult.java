package org.parley.store;

import java.util.Objects;

/**
 * What {@link EventStore#store} did with one article: stored it with its events, skipped it because its id was
 * already stored, or failed and stored nothing of it.
 *
 * <p>Java 17 cannot switch over the permitted records; use {@link #kind()} to switch, or {@code instanceof}.
 */
public sealed interface StoreResult permits StoreResult.Stored, StoreResult.Duplicate, StoreResult.Failed {

    /** The three outcomes, for switching. */
    enum Kind { STORED, DUPLICATE, FAILED }

    /** Which outcome this is. */
    Kind kind();

    /** Events written by this call: the event count when stored, else 0. */
    default int events() {
        return 0;
    }

    /**
     * The article, its sentences and its events were committed.
     *
     * @param events how many events were stored
     */
    record Stored(int events) implements StoreResult {
        public Stored {
            if (events < 0) {
                throw new IllegalArgumentException("event count must be >= 0, got " + events);
            }
        }

        @Override
        public Kind kind() {
            return Kind.STORED;
        }
    }

    /** An article with the same id is already stored; nothing was written. */
    record Duplicate() implements StoreResult {
        @Override
        public Kind kind() {
            return Kind.DUPLICATE;
        }
    }

    /**
     * Nothing of the article was stored; the reason was recorded in {@code ingest_errors}.
     *
     * @param reason what went wrong, for people
     */
    record Failed(String reason) implements StoreResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Kind kind() {
            return Kind.FAILED;
        }
    }
}
