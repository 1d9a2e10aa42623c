package org.parley.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Verbs that carry an event noun rather than an event of their own ("hold talks", "pay a visit", "impose
 * sanctions"): the noun takes the verb's subject, tense and modality. Shared by the event coder and the time stage.
 */
public final class LightVerbs {
    private static final Set<String> LEMMAS = Set.of("hold", "pay", "make", "conduct", "have", "begin", "start",
            "launch", "carry", "stage", "open", "resume", "continue", "undertake", "schedule", "plan", "announce",
            "host", "end", "complete", "wrap", "use", "take", "mount", "lead", "sign", "reach", "conclude", "declare",
            "issue", "impose", "reimpose", "order", "authorize", "approve", "intensify", "escalate", "step", "renew", "expand",
            "unleash", "file", "lodge", "extend", "send", "provide", "deliver", "give");

    private LightVerbs() {
    }

    public static boolean contains(String lemma) {
        return LEMMAS.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
