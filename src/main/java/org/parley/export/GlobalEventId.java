package org.parley.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A stable number for formats that want numeric ids (GDELT's {@code GLOBALEVENTID}): the first 8 bytes of the
 * SHA-256 of a key (UTF-8), read big-endian, with the sign bit cleared. The GDELT exports key it by the event's
 * cluster ({@code cluster:N}), or by the event id ({@code article_id:sentence_index:event_ordinal}) for an event
 * outside any cluster, so a cluster keeps its number in every export of the same store.
 */
public final class GlobalEventId {
    private GlobalEventId() {
    }

    public static long of(String eventId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash, 0, 8).getLong() & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
