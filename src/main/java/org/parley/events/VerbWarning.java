package org.parley.events;

import java.util.Objects;

/**
 * A construct of a PETRARCH or TABARI verb dictionary that was not translated, or not fully: where it stands, what
 * kind of construct it is (one of the {@code KIND_} constants, used to count them) and the text concerned.
 *
 * @param where  {@code FILE:LINE}
 * @param kind   the kind of construct
 * @param detail the line or word concerned
 */
public record VerbWarning(String where, String kind, String detail) {
    /** a code that is not in the CAMEO table (WEIS codes, test codes such as {@code 903} or {@code 174K}): not compiled */
    public static final String KIND_CODE = "code not in the CAMEO table";
    /** a {@code ~} transformation line: not compiled */
    public static final String KIND_TRANSFORMATION = "transformation (~) not compiled";
    /** a {@code ^} skip marker: ignored, the rest of the pattern is compiled */
    public static final String KIND_SKIP = "skip marker (^) ignored";
    /** a pattern that uses a synset defined nowhere before it: not compiled (as PETRARCH does) */
    public static final String KIND_UNDEFINED_SYNSET = "undefined synset: pattern not compiled";
    /** a pattern with no {@code *} or several: not compiled */
    public static final String KIND_VERB_MARKER = "pattern without exactly one verb marker (*): not compiled";
    /** several targets or sources, or both the source and the target marked before the verb: not compiled */
    public static final String KIND_SLOTS = "conflicting source/target slots: not compiled";
    /** a synset member holding a slot symbol ({@code PESO_$}): that member is left out */
    public static final String KIND_MEMBER = "synset member with a slot symbol: member left out";
    /** TABARI's {@code <TIME>} section (time-shift words): not used, Parley dates events itself */
    public static final String KIND_TIME = "TIME section entry not used";
    /** a PETRARCH block header with more than one code ({@code --- DELAY [120] [031:031] ---}): the first is used */
    public static final String KIND_HEADER = "block header with several codes: the first is used";
    /** a pattern or verb form whose brackets do not balance, or a form without its verb word: not compiled */
    public static final String KIND_MALFORMED = "malformed pattern or form: not compiled";

    public VerbWarning {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return where + ": " + kind + ": " + detail;
    }
}
