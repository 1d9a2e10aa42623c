package org.parley.ingest;

/**
 * Internal signal that an input cannot become an article; carries the user-facing reason. Callers turn it into an
 * {@link IngestError} once they know the origin. No stack trace: this is expected control flow, not a bug.
 */
final class InputProblem extends Exception {
    private static final long serialVersionUID = 1L;

    InputProblem(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
