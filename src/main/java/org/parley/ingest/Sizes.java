package org.parley.ingest;

import java.util.Locale;

/** Human-readable byte sizes for the size-limit message. One MB here is 1024 &times; 1024 bytes. */
final class Sizes {
    private static final long MIB = 1024L * 1024L;

    private Sizes() {
    }

    /**
     * The reason given when an article of {@code size} bytes exceeds {@code limit} bytes, in MB when that reads well
     * (e.g. {@code article is 20.0 MB, over the 5 MB limit}), else in exact bytes.
     */
    static String overLimit(long size, long limit) {
        if (limit >= MIB && !megabytes(size).equals(megabytes(limit))) {
            String shownLimit = limit % MIB == 0 ? (limit / MIB) + " MB" : megabytes(limit);
            return "article is " + megabytes(size) + ", over the " + shownLimit + " limit";
        }
        return "article is " + size + " bytes, over the " + limit + "-byte limit";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MIB);
    }
}
