package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.parley.model.Article;

/**
 * Reads dated news articles from files and folders.
 *
 * <p>Each file's format is chosen by {@link FormatDetector} from its content. Single-article files (corpus line,
 * plain text) may be at most {@link #maxArticleBytes()} long; JSON Lines files may be of any size, are read one line
 * at a time, and each line may be at most that long. Every problem becomes a {@link ReadResult.Failed} with a
 * specific {@link IngestError}; nothing about the input throws, so one bad file or line never stops a batch.
 *
 * <p>The streams returned here may hold a file open: close them, e.g. with try-with-resources. Instances are
 * immutable and may be shared between threads; each returned stream is for one thread.
 */
public final class ArticleReader {
    /** The default limit on one article: 5 MiB. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 5L * 1024 * 1024;

    /** The largest limit that can be configured: single-article files are read into one array. */
    public static final long LARGEST_MAX_ARTICLE_BYTES = Integer.MAX_VALUE - 8;

    private final LocalDate defaultDate;
    private final long maxArticleBytes;
    private final JsonLineParser jsonParser = new JsonLineParser();

    /** A reader with no default date (plain text then fails) and the default size limit. */
    public ArticleReader() {
        this(null, DEFAULT_MAX_ARTICLE_BYTES);
    }

    /**
     * A reader with the default size limit.
     *
     * @param defaultDate the date given to plain-text articles, which carry none; may be null
     */
    public ArticleReader(LocalDate defaultDate) {
        this(defaultDate, DEFAULT_MAX_ARTICLE_BYTES);
    }

    /**
     * @param defaultDate     the date given to plain-text articles, which carry none; may be null
     * @param maxArticleBytes the largest article accepted, in bytes, from 1 to {@link #LARGEST_MAX_ARTICLE_BYTES}
     */
    public ArticleReader(LocalDate defaultDate, long maxArticleBytes) {
        if (maxArticleBytes < 1 || maxArticleBytes > LARGEST_MAX_ARTICLE_BYTES) {
            throw new IllegalArgumentException("maxArticleBytes must be between 1 and " + LARGEST_MAX_ARTICLE_BYTES
                    + ", got " + maxArticleBytes);
        }
        this.defaultDate = defaultDate;
        this.maxArticleBytes = maxArticleBytes;
    }

    /** The date given to plain-text articles, if one was configured. */
    public Optional<LocalDate> defaultDate() {
        return Optional.ofNullable(defaultDate);
    }

    /** The largest article accepted, in bytes. */
    public long maxArticleBytes() {
        return maxArticleBytes;
    }

    /**
     * The files to read for the given paths, in order: each folder is replaced by the files under it (recursively,
     * sorted by name, hidden entries skipped); other paths, including missing ones, are kept so that
     * {@link #read(Path)} can report them. Never throws for a bad path.
     */
    public List<Path> expand(List<Path> paths) {
        Objects.requireNonNull(paths, "paths");
        paths.forEach(p -> Objects.requireNonNull(p, "paths must not contain null"));
        return PathExpander.expand(paths);
    }

    /**
     * Everything read from {@code paths}, in order: each path is {@linkplain #expand expanded} and its files are
     * {@linkplain #read(Path) read} one after another, lazily.
     */
    public Stream<ReadResult> readAll(List<Path> paths) {
        return expand(paths).stream().flatMap(this::read);
    }

    /**
     * Every article in one file, or the reasons it could not be read. A folder is read as by {@link #readAll}. A
     * missing or unreadable path yields a single {@link ReadResult.Failed}. JSON Lines files are read lazily, as the
     * stream is consumed.
     */
    public Stream<ReadResult> read(Path path) {
        Objects.requireNonNull(path, "path");
        if (Files.isDirectory(path)) {
            return readFolder(path);
        }
        if (!Files.exists(path)) {
            return failed(path, "no such file or directory");
        }
        if (!Files.isRegularFile(path)) {
            return failed(path, "not a regular file");
        }
        try {
            long size = Files.size(path);
            if (size == 0) {
                return failed(path, "file is empty");
            }
            String head = FormatDetector.readHead(path);
            if (head.isBlank() && size <= FormatDetector.HEAD_BYTES) {
                return failed(path, "file contains only whitespace");
            }
            Path name = path.getFileName();
            InputFormat format = FormatDetector.detect(head, name == null ? null : name.toString());
            if (format == InputFormat.JSON_LINES) {
                return readJsonLines(path);
            }
            return Stream.of(readSingle(path, format, size));
        } catch (IOException e) {
            return failed(path, IoReasons.of(e));
        }
    }

    private Stream<ReadResult> readFolder(Path folder) {
        try {
            return PathExpander.walk(folder).stream().flatMap(this::read);
        } catch (IOException e) {
            return failed(folder, "cannot list folder: " + IoReasons.of(e));
        }
    }

    private ReadResult readSingle(Path path, InputFormat format, long size) throws IOException {
        String origin = path.toString();
        if (size > maxArticleBytes) {
            return new ReadResult.Failed(IngestError.of(path, Sizes.overLimit(size, maxArticleBytes)));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            // Read one byte past the limit, in case the file grew since its size was taken.
            bytes = in.readNBytes((int) maxArticleBytes + 1);
        }
        if (bytes.length > maxArticleBytes) {
            return new ReadResult.Failed(IngestError.of(path, Sizes.overLimit(Files.size(path), maxArticleBytes)));
        }
        try {
            String text = Utf8Text.decode(bytes, bytes.length, 0);
            Article article = format == InputFormat.CORPUS_LINE
                    ? CorpusLineParser.parse(text, origin)
                    : PlainTextParser.parse(text, defaultDate, origin);
            return new ReadResult.Read(article);
        } catch (InputProblem problem) {
            return new ReadResult.Failed(IngestError.of(path, problem.reason()));
        }
    }

    private Stream<ReadResult> readJsonLines(Path path) throws IOException {
        JsonLinesIterator results = new JsonLinesIterator(
                path, new ByteLineReader(Files.newInputStream(path), maxArticleBytes), jsonParser, maxArticleBytes);
        Spliterator<ReadResult> spliterator =
                Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(results::close);
    }

    private static Stream<ReadResult> failed(Path path, String reason) {
        return Stream.of(new ReadResult.Failed(IngestError.of(path, reason)));
    }
}
