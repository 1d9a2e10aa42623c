package org.parley.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Reads a JSON Lines file lazily, one line at a time: one result per non-blank line, in file order. A bad line
 * yields a {@link ReadResult.Failed} naming {@code file:line} and reading goes on; an I/O error ends the iteration
 * with a last {@code Failed}.
 */
final class JsonLinesIterator implements Iterator<ReadResult>, Closeable {
    private final Path file;
    private final ByteLineReader lines;
    private final JsonLineParser parser;
    private final long maxArticleBytes;
    private ReadResult pending;
    private boolean finished;

    JsonLinesIterator(Path file, ByteLineReader lines, JsonLineParser parser, long maxArticleBytes) {
        this.file = Objects.requireNonNull(file, "file");
        this.lines = Objects.requireNonNull(lines, "lines");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.maxArticleBytes = maxArticleBytes;
    }

    @Override
    public boolean hasNext() {
        while (pending == null && !finished) {
            advance();
        }
        return pending != null;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult result = pending;
        pending = null;
        return result;
    }

    private void advance() {
        ByteLineReader.Line line;
        try {
            line = lines.next();
        } catch (IOException e) {
            finished = true;
            pending = new ReadResult.Failed(IngestError.of(file, IoReasons.of(e)));
            return;
        }
        if (line == null) {
            finished = true;
            return;
        }
        pending = read(line);
    }

    /** The result for one line, or null for a blank line. */
    private ReadResult read(ByteLineReader.Line line) {
        String origin = file + ":" + line.number();
        try {
            if (line.oversize()) {
                throw new InputProblem(Sizes.overLimit(line.length(), maxArticleBytes));
            }
            String text = Utf8Text.decode(line.bytes(), line.contentLength(), line.offset());
            if (text.isBlank()) {
                return null;
            }
            return new ReadResult.Read(parser.parse(text, origin));
        } catch (InputProblem problem) {
            return new ReadResult.Failed(IngestError.at(file, line.number(), problem.reason()));
        }
    }

    @Override
    public void close() {
        finished = true;
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
