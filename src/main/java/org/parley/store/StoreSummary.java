package org.parley.store;

/**
 * Row counts of an event store.
 *
 * @param articles stored articles
 * @param events   stored events
 * @param errors   recorded ingest errors
 * @param runs     runs started, finished or not
 */
public record StoreSummary(long articles, long events, long errors, long runs) {
}
