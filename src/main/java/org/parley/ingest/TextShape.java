package org.parley.ingest;

import java.util.regex.Pattern;

/**
 * Normalizes article text as it is read, so every format yields the same shape: LF line ends, no trailing spaces on
 * lines, no blank lines at either end, and paragraphs separated by exactly one blank line ({@code \n\n}). A byline
 * standing alone as the first line ("By Staff, Agencies") is dropped: it is not a sentence of the story.
 */
final class TextShape {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** "By Jane Doe", "By Staff, Agencies", "BY JANE DOE AND JOHN ROE": short, no sentence-ending punctuation. */
    private static final Pattern BYLINE = Pattern.compile("(?i)by\\s+[^.!?\\n]{1,80}");

    private TextShape() {
    }

    /** Body text in canonical shape, without a leading byline; empty if the input has nothing but whitespace. */
    static String body(String raw) {
        String shaped = shape(raw);
        int end = shaped.indexOf('\n');
        String first = end < 0 ? shaped : shaped.substring(0, end);
        if (end > 0 && BYLINE.matcher(first).matches()) {
            return shaped.substring(end).strip();
        }
        return shaped;
    }

    private static String shape(String raw) {
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(raw.length());
        boolean paragraphBreak = false;
        for (String line : lines) {
            String kept = line.stripTrailing();
            if (kept.isBlank()) {
                paragraphBreak = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(paragraphBreak ? "\n\n" : "\n");
            }
            out.append(kept);
            paragraphBreak = false;
        }
        return out.toString();
    }

    /** A title on one line: whitespace runs (including line breaks) become one space, ends trimmed. */
    static String title(String raw) {
        return WHITESPACE.matcher(raw).replaceAll(" ").strip();
    }
}
