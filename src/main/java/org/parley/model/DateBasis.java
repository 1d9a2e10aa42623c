package org.parley.model;

/** Where an event's date comes from. */
public enum DateBasis {
    /** A temporal expression in the text governs the event. */
    TEXT,
    /** The text gives no date; the article's date stands in for it. */
    ARTICLE_DATE,
    /** Derived from other evidence (another event's date, tense). */
    INFERRED
}
