package org.parley.events;

import java.util.Locale;

/**
 * How many events one sentence may yield: Parley's own reading, or one of the scopes of TABARI's {@code SET: CODE BY
 * CLAUSE}, {@code SET: CODE BY SENTENCE} and {@code SET: CODE ALL}.
 */
public enum CodingScope {
    /**
     * Parley's default: every event the sentence reports, each verb phrase once, by its highest coded verb ("urged
     * Gondor to help" is the urging); a word below a head that coded an event adds none.
     */
    PHRASE,
    /**
     * Every verb and event word codes on its own: also an infinitive below a coded verb ("urged Gondor to assist
     * Arnor" is the urging and the assistance) and an event word below a coded head ("opposed ... its resumption of
     * ties").
     */
    ALL,
    /**
     * The first event of each clause: the main clause and each clause coordinated with it ("..., but Gondor
     * promised aid") keep only the events of the first word that codes in them (clauses embedded in a clause
     * belong to it).
     */
    CLAUSE,
    /** The first event of the sentence: only the events of the first word that codes. */
    SENTENCE;

    /** The scope named by {@code name} ("phrase", "all", "clause", "sentence"; any case). */
    public static CodingScope parse(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT);
        for (CodingScope s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "unknown coding scope '" + name + "': expected phrase, all, clause or sentence");
    }

    /** The name as the command line writes it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
