package org.parley.events;

/**
 * Which comma-delimited phrases of a sentence the events stage leaves out before coding, by where they stand and how
 * many words they have: the phrase before the first comma ({@code begin}), between two commas ({@code middle}) and
 * after the last one ({@code end}). A phrase is left out only when it is one whole part of the parse hanging from a
 * word outside it (a parenthetical, an appositive, an adverbial or participial clause, a closing "an official said"
 * clause), never the sentence's main clause and never a word list cut up by commas (see {@link CommaPhrases}); its
 * verbs and nouns code nothing and its actors are neither source nor target of an event.
 *
 * <p>This is the setting TABARI calls {@code COMMA:} and PETRARCH {@code comma_min}, {@code comma_max},
 * {@code comma_bmin}, ... ; both count the words between the commas. {@link #OFF} is Parley's own setting: the parse
 * already keeps a phrase set off by commas apart from the clause around it.
 *
 * @param middle the length in words of a phrase between two commas that is left out
 * @param begin  the same for the phrase before the first comma
 * @param end    the same for the phrase after the last comma (the closing punctuation not counted)
 */
public record CommaClauses(Range middle, Range begin, Range end) {
    /** Nothing is left out. */
    public static final CommaClauses OFF = new CommaClauses(Range.NONE, Range.NONE, Range.NONE);
    /**
     * The peers' defaults (TABARI's, which PETRARCH's configuration repeats): middle phrases of 2 to 8 words, end
     * phrases of 2 to 8, no begin phrase.
     */
    public static final CommaClauses PEER_DEFAULTS =
            new CommaClauses(new Range(2, 8), Range.NONE, new Range(2, 8));

    public CommaClauses {
        java.util.Objects.requireNonNull(middle, "middle");
        java.util.Objects.requireNonNull(begin, "begin");
        java.util.Objects.requireNonNull(end, "end");
    }

    /** Whether any phrase can be left out. */
    public boolean active() {
        return !middle.isEmpty() || !begin.isEmpty() || !end.isEmpty();
    }

    public CommaClauses withMiddle(Range r) {
        return new CommaClauses(r, begin, end);
    }

    public CommaClauses withBegin(Range r) {
        return new CommaClauses(middle, r, end);
    }

    public CommaClauses withEnd(Range r) {
        return new CommaClauses(middle, begin, r);
    }

    /**
     * A length in words, both ends included. A range whose maximum is below its minimum (TABARI's {@code BMIN = 255
     * BMAX = 0}) or is 0 (PETRARCH's way to turn a kind off) holds no phrase.
     */
    public record Range(int min, int max) {
        /** Holds no length. */
        public static final Range NONE = new Range(0, 0);

        public Range {
            if (min < 0 || max < 0) {
                throw new IllegalArgumentException("comma clause lengths must be 0 or more, got " + min + ".." + max);
            }
        }

        public boolean holds(int words) {
            return words >= 1 && words >= min && words <= max;
        }

        public boolean isEmpty() {
            return max == 0 || max < min;
        }

        public Range withMin(int m) {
            return new Range(m, max);
        }

        public Range withMax(int m) {
            return new Range(min, m);
        }
    }
}
