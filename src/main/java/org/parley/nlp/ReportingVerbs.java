package org.parley.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Verbs that report what someone says, believes or denies ("Seoul said Pyongyang fired", "Tehran denied that it
 * attacked"): the event in their complement is the reported one, and their subject is who asserts it. Shared by the
 * event coder (a pronoun subject of the complement is the speaker: "Iran said it would not negotiate") and the time
 * stage (attribution).
 */
public final class ReportingVerbs {
    private static final Set<String> LEMMAS = Set.of("say", "tell", "state", "announce", "claim", "report", "add",
            "note", "believe", "suggest", "think", "predict", "argue", "insist", "assert", "confirm", "allege", "warn",
            "write", "expect", "estimate", "forecast", "indicate", "reveal", "disclose", "acknowledge", "explain",
            "deny", "admit", "maintain", "stress", "reiterate", "declare");

    private ReportingVerbs() {
    }

    public static boolean contains(String lemma) {
        return LEMMAS.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
