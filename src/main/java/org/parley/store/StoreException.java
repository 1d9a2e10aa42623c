package org.parley.store;

/**
 * The event store could not be opened, read or written: a database error, a schema it cannot use, or a use of a
 * closed store. Failures of single articles are not thrown; {@link EventStore#store} reports them as
 * {@link StoreResult.Failed}.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
