package org.parley.eval;

/**
 * A gold document's text with each line break doubled, so that every line is its own paragraph (Parley splits
 * sentences at blank lines, as in the article formats it reads), and the map from the gold file's character offsets
 * to offsets in that text.
 */
final class LineSpacedText {
    private final String text;
    private final int[] shift;

    LineSpacedText(String original) {
        this.text = original.replace("\n", "\n\n");
        this.shift = new int[original.length() + 1];
        int newlines = 0;
        for (int i = 0; i < original.length(); i++) {
            shift[i] = newlines;
            if (original.charAt(i) == '\n') {
                newlines++;
            }
        }
        shift[original.length()] = newlines;
    }

    String text() {
        return text;
    }

    /** The offset in {@link #text()} of an offset in the original. */
    int map(int offset) {
        return offset + shift[Math.max(0, Math.min(offset, shift.length - 1))];
    }
}
