package org.parley.actors;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One agent word of {@code agents.tsv}: a noun or title that signals a CAMEO agent (sector) code.
 *
 * @param term the word or words, lower-case ({@code foreign minister})
 * @param code the CAMEO agent code ({@code GOV}); one or more groups of three letters
 * @param kind how the word names its actor
 */
public record Agent(String term, String code, AgentKind kind) {
    private static final Pattern CODE = Pattern.compile("([A-Z]{3})+");

    public Agent {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("agent code must be upper-case letters in groups of three, got '" + code + "'");
        }
    }
}
