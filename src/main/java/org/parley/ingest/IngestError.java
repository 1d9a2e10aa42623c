package org.parley.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why one input (a file, or one line of a JSON Lines file) could not become an {@link org.parley.model.Article}.
 *
 * @param origin where the problem is: the file path as given, or {@code path:line} for a JSON Lines record
 *               (lines counted from 1)
 * @param reason what is wrong, specific enough for the user to fix the input
 */
public record IngestError(String origin, String reason) {
    public IngestError {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
        if (origin.isBlank()) {
            throw new IllegalArgumentException("error origin must not be blank");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("error reason must not be blank");
        }
    }

    /** An error about a whole file. */
    public static IngestError of(Path file, String reason) {
        return new IngestError(Objects.requireNonNull(file, "file").toString(), reason);
    }

    /** An error about one line of a file; {@code line} counts from 1. */
    public static IngestError at(Path file, long line, String reason) {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, got " + line);
        }
        return new IngestError(file + ":" + line, reason);
    }

    /** The user-facing message, {@code origin: reason}. */
    public String message() {
        return origin + ": " + reason;
    }

    @Override
    public String toString() {
        return message();
    }
}
