package org.parley.store;

import java.sql.SQLException;

/**
 * Called by {@link EventStore#store} after each step of an article's transaction, before the commit. Production
 * stores use {@link #NONE}; tests use it to make a write fail midway and check that nothing of the article stays.
 */
@FunctionalInterface
interface WriteHook {
    /** The steps of storing one article, in order. */
    enum Step { ARTICLE, SENTENCES, EVENTS }

    WriteHook NONE = step -> { };

    void after(Step step) throws SQLException;
}
