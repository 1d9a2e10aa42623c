package org.parley.store;

import java.time.LocalDate;

/**
 * A cluster of event mentions that report one event (see {@link ClusterPolicy}).
 *
 * @param clusterId   the store's id, 1, 2, ... in order of creation
 * @param source      source actor code (for a symmetric root, the alphabetically first of the pair)
 * @param target      target actor code
 * @param cameoCode   the most specific code among the mentions: the longest; ties go to the most frequent, then
 *                    the smallest
 * @param cameoRoot   the two-digit root code shared by all mentions
 * @param statusClass {@code occurred}, {@code planned} or {@code negated} (see {@link ClusterPolicy#statusClass})
 * @param dateStart   earliest start among dated mentions; null when some is open at the start (or none is dated)
 * @param dateEnd     latest end among dated mentions; null when some is open at the end (or none is dated)
 * @param mentions    events in the cluster
 * @param sources     distinct article sources (publishers) of those events
 * @param articles    distinct articles
 * @param firstReport earliest article date
 * @param lastReport  latest article date
 * @param confidence  share of mentions whose code is exactly {@code cameoCode}, in (0, 1]
 * @param fulfilledBy for a planned cluster, the occurred cluster that fulfilled it, else null
 */
public record EventCluster(long clusterId, String source, String target, String cameoCode, String cameoRoot,
                           String statusClass, LocalDate dateStart, LocalDate dateEnd, int mentions, int sources,
                           int articles, LocalDate firstReport, LocalDate lastReport, double confidence,
                           Long fulfilledBy) {
}
