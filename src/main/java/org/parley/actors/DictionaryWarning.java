package org.parley.actors;

import java.util.Objects;

/**
 * Something in a user's dictionary file that Parley read in its own way or left out, with the file and line: nothing
 * of a dictionary is dropped without one. A line Parley cannot read at all is a {@link DictionaryFormatException}
 * instead.
 *
 * @param file    name of the file
 * @param line    1-based line number
 * @param kind    what it is, for counting
 * @param message what was found and what Parley did with it
 */
public record DictionaryWarning(String file, int line, Kind kind, String message) {
    /** The kinds of warning, each with what Parley does about it. */
    public enum Kind {
        /** A construct of the format that only serves TABARI or PETRARCH itself; the lines are not read. */
        NOT_USED("not used by Parley"),
        /**
         * {@code [---]}: "no actor", as an entry's only usable code; the entry is left out. Beside other codes the null
         * code is read: the phrase names no actor while it holds.
         */
        NULL_CODE("null code [---] left out"),
        /**
         * TABARI's {@code [+++]}, a control code that is no actor; left out. (Its discard code {@code [###]} is read:
         * {@link org.parley.model.Actor#DISCARD}.)
         */
        CONTROL_CODE("TABARI control code left out"),
        /** {@code [FRO/BIL/SAM]}: one phrase naming several actors at once; left out. */
        COMPOUND_CODE("several actors in one code left out"),
        /** A code that is not letters or digits in groups of three; left out. */
        BAD_CODE("code not in groups of three left out"),
        /** A code written in lower case; read in upper case. */
        CODE_CASE("lower-case code read in upper case"),
        /** A date restriction whose date cannot be read, or that ends before it starts; left out, as PETRARCH does. */
        BAD_DATE("unreadable date restriction left out"),
        /** A date with extra or missing digits, read the way PETRARCH reads it. */
        DATE_DIGITS("date with odd digits read as PETRARCH reads it"),
        /** A closing {@code }} instead of {@code ]}, or text before {@code [} in a restriction line; read anyway. */
        REPAIRED("malformed but readable"),
        /** An entry or agent with no usable code; not loaded. */
        NO_CODE("no usable code: not loaded"),
        /** A phrase with a character no token of the text can have; not loaded. */
        BAD_PHRASE("unmatchable phrase not loaded"),
        /** A phrase defined earlier (in this file or an earlier one); the earlier definition is used. */
        DUPLICATE("phrase defined twice: the first one is used"),
        /** A second undated code of one entry; the first undated code is the default. */
        EXTRA_DEFAULT("second default code not used"),
        /** A TABARI agent phrase without a final {@code _}: TABARI matches it as a stem, Parley whole words. */
        STEM("TABARI stem matched as a whole word"),
        /** A TABARI agent phrase with a blank: TABARI lets other words stand there, Parley matches consecutive words. */
        GAP("blank read as consecutive words");

        private final String summary;

        Kind(String summary) {
            this.summary = summary;
        }

        /** A short description for summaries. */
        public String summary() {
            return summary;
        }
    }

    public DictionaryWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
