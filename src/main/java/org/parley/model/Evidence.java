package org.parley.model;

import java.util.Objects;

/**
 * Why an event was coded: Tribuo-style provenance.
 *
 * @param sentenceText      the sentence
 * @param predicate         the words of the matched pattern
 * @param predicateSpan     their characters
 * @param rule              the pattern that fired
 * @param dictionaryVersion version of the dictionaries used
 * @param codeVersion       version of Parley that coded it
 */
public record Evidence(String sentenceText, String predicate, Span predicateSpan, String rule,
                       String dictionaryVersion, String codeVersion) {
    public Evidence {
        Objects.requireNonNull(sentenceText, "sentenceText");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(predicateSpan, "predicateSpan");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(dictionaryVersion, "dictionaryVersion");
        Objects.requireNonNull(codeVersion, "codeVersion");
    }
}
