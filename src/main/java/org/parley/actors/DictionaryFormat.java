package org.parley.actors;

import java.util.List;
import java.util.Locale;

/**
 * The formats of actor and agent dictionaries Parley reads ({@code docs/DICTIONARIES.md}, "Bringing your own
 * dictionaries").
 */
public enum DictionaryFormat {
    /** Parley's own tab-separated tables ({@code countries.tsv}, {@code organisations.tsv}, {@code people.tsv},
     * {@code agents.tsv}), recognised by their header line. */
    PARLEY,
    /** PETRARCH-2's {@code .actors} and {@code .agents} files (the Phoenix dictionaries). */
    PETRARCH,
    /** TABARI's {@code .actors} and {@code .agents} files. */
    TABARI;

    /** {@code parley}, {@code petrarch} or {@code tabari}, in any case. */
    public static DictionaryFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown dictionary format '" + name
                    + "'; expected parley, petrarch or tabari");
        }
    }

    /**
     * The format of a dictionary file judged from its lines: {@link #PARLEY} when the first line that is not blank or
     * a {@code #} comment is the header of one of Parley's tables; {@link #TABARI} when a line holds one of TABARI's
     * marks ({@code <NOUN>}, {@code <ADJECTIVE>}, {@code ~~FINISH}) or the file writes its comments after a
     * {@code ;} and never after a {@code #} that follows text; else {@link #PETRARCH}.
     */
    public static DictionaryFormat detect(List<String> lines) {
        boolean semicolonComments = false;
        boolean hashAfterText = false;
        boolean first = true;
        for (String raw : lines) {
            String line = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (first && !t.startsWith("#")) {
                first = false;
                if (ParleyTable.ofHeader(line).isPresent()) {
                    return PARLEY;
                }
            }
            String upper = t.toUpperCase(Locale.ROOT);
            if (upper.equals("<NOUN>") || upper.equals("<ADJECTIVE>") || upper.startsWith("~~FINISH")) {
                return TABARI;
            }
            if (t.startsWith("#") || t.startsWith("<")) {
                continue;
            }
            int semi = t.indexOf(';');
            int hash = t.indexOf('#');
            if (semi > 0 && (hash < 0 || semi < hash)) {
                semicolonComments = true;
            }
            if (hash > 0 && (semi < 0 || hash < semi)) {
                hashAfterText = true;
            }
        }
        return semicolonComments && !hashAfterText ? TABARI : PETRARCH;
    }
}
