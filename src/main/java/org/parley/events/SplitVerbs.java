package org.parley.events;

import java.util.List;
import java.util.Objects;
import org.parley.model.Sentence;

/**
 * Multi-word verbs the tagger splits: a dictionary verb such as PETRARCH's {@code WIRE_+TAP} has its head word
 * ("tap") after a word that must stand right before it ("wire"), and in "will not wire tap the links" the tagger
 * reads "wire" as the verb and "tap" as its object noun. The two words are one verb whichever of them the tagger
 * marks: the patterns of the head word are tried on the verb-tagged word before it, read at the head word's place
 * for their words before and after it, with the verb's clause for subject and phrase.
 */
final class SplitVerbs {
    private SplitVerbs() {
    }

    /**
     * The token after verb {@code v} that may head a multi-word verb together with it: the next word, when the
     * tagger did not read it as a verb itself and the parser hung it on the verb; -1 when there is none.
     */
    static int headAfter(Sentence s, int v) {
        Objects.requireNonNull(s, "s");
        int next = v + 1;
        if (next >= s.tokens().size() || s.tokens().get(next).isVerb()
                || s.headOf(next).map(d -> d.governor() != v).orElse(true)) {
            return -1;
        }
        return next;
    }

    /**
     * Whether a compiled pattern belongs to a multi-word verb whose last word before the head must stand right
     * before it ({@code WIRE_+TAP}): only such patterns are read across the split.
     */
    static boolean joinedBeforeHead(PatternContext c) {
        Objects.requireNonNull(c, "c");
        List<PatternContext.WordItem> before = c.before();
        return !before.isEmpty() && before.get(before.size() - 1).joined();
    }
}
