package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Chooses the {@link InputFormat} of a file from its content, looking only at the first non-blank line:
 * <ol>
 *   <li>it starts with {@code date } and a date-like token ({@code 2025-12-27}, also malformed ones such as
 *       {@code 27/12/2025} or impossible ones such as {@code 2025-13-45}, so the reader can say what is wrong):
 *       {@link InputFormat#CORPUS_LINE};</li>
 *   <li>it starts with <code>{</code>: {@link InputFormat#JSON_LINES};</li>
 *   <li>otherwise the file name is a hint: {@code .jsonl} or {@code .ndjson} means {@link InputFormat#JSON_LINES}
 *       (so a broken first record is reported as such rather than read as prose);</li>
 *   <li>anything else is {@link InputFormat#PLAIN_TEXT}.</li>
 * </ol>
 * Leading whitespace and a UTF-8 byte-order mark before the first line are ignored.
 */
public final class FormatDetector {
    /** How many bytes at the start of a file {@link #detect(Path)} looks at. */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final Pattern DATE_LINE =
            Pattern.compile("date[ \\t]+\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}");

    private FormatDetector() {
    }

    /** The format of a file whose content starts with {@code head}, ignoring its name. */
    public static InputFormat detect(CharSequence head) {
        return detect(head, null);
    }

    /**
     * The format of a file whose content starts with {@code head}.
     *
     * @param fileName the file's name, used only as a hint when the content does not decide; may be null
     */
    public static InputFormat detect(CharSequence head, String fileName) {
        Objects.requireNonNull(head, "head");
        String first = firstNonBlankLine(head.toString());
        if (DATE_LINE.matcher(first).lookingAt()) {
            return InputFormat.CORPUS_LINE;
        }
        if (first.startsWith("{")) {
            return InputFormat.JSON_LINES;
        }
        if (fileName != null) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return InputFormat.JSON_LINES;
            }
        }
        return InputFormat.PLAIN_TEXT;
    }

    /** The format of {@code file}, from its first {@value #HEAD_BYTES} bytes and its name. */
    public static InputFormat detect(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        return detect(readHead(file), name == null ? null : name.toString());
    }

    /** The first {@value #HEAD_BYTES} bytes of {@code file}, decoded leniently (bad bytes become U+FFFD). */
    static String readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        }
    }

    /** The first line with non-whitespace content, without its leading whitespace; empty if there is none. */
    static String firstNonBlankLine(String text) {
        int i = firstContentIndex(text);
        int n = text.length();
        int end = i;
        while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(i, end);
    }

    /** Index of the first character that is neither whitespace nor a byte-order mark; the length if none. */
    static int firstContentIndex(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }
}
