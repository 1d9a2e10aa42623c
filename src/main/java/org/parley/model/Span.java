package org.parley.model;

/** A half-open character range {@code [begin, end)} in an article's {@link Article#fullText()}. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0) {
            throw new IllegalArgumentException("span begin must be >= 0, got " + begin);
        }
        if (end < begin) {
            throw new IllegalArgumentException("span end " + end + " is before its begin " + begin);
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    public String of(String text) {
        return text.substring(begin, end);
    }
}
