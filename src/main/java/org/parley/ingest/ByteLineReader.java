package org.parley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Splits a byte stream into {@code \n}-terminated lines, one at a time, keeping at most {@code maxLineBytes} of any
 * line in memory: a longer line is skipped to its end and returned as oversize, with its length. Reading bytes
 * rather than chars lets the caller decode each line strictly and report file offsets.
 */
final class ByteLineReader implements Closeable {

    /**
     * One line, without its {@code \n} (a trailing {@code \r} is kept; see {@link #contentLength()}).
     *
     * @param number line number, from 1
     * @param offset byte offset of the line's first byte in the stream
     * @param bytes  the line's bytes, or null if the line was longer than the limit
     * @param length the line's length in bytes
     */
    record Line(long number, long offset, byte[] bytes, long length) {
        boolean oversize() {
            return bytes == null;
        }

        /** Length without a trailing carriage return (CRLF line ends). */
        int contentLength() {
            int n = bytes.length;
            return n > 0 && bytes[n - 1] == '\r' ? n - 1 : n;
        }
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long offset;
    private long lineNumber;

    ByteLineReader(InputStream in, long maxLineBytes) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive, got " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        long start = offset;
        long length = 0;
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        while (true) {
            if (position == limit && !fill()) {
                if (length == 0) {
                    return null;
                }
                break;
            }
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int n = end - position;
            length += n;
            if (kept != null && length <= maxLineBytes) {
                kept.write(buffer, position, n);
            } else {
                kept = null;
            }
            position = end;
            offset += n;
            if (newline >= 0) {
                position++;
                offset++;
                break;
            }
        }
        lineNumber++;
        return new Line(lineNumber, start, kept == null ? null : kept.toByteArray(), length);
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
