package org.parley.model;

/** How precisely an event date is known. */
public enum Granularity {
    DAY, WEEK, MONTH, QUARTER, SEASON, HALF_YEAR, YEAR, DECADE, UNKNOWN
}
