package org.parley.ingest;

/** The input formats {@link ArticleReader} understands; see {@link FormatDetector} for how one is chosen. */
public enum InputFormat {
    /** One article per file: a first line {@code date YYYY-MM-DD <title>}, then the body. */
    CORPUS_LINE,
    /** One JSON object per line: {@code {"id"?, "date", "title"?, "text", "source"?, "url"?}}. */
    JSON_LINES,
    /** One article per file, the whole file is the body; the date must be supplied by the caller. */
    PLAIN_TEXT
}
