package org.parley.events;

import java.util.Objects;
import org.parley.model.Dependency;

/**
 * A verb the tagger read as a noun between two names: "Estonia arms Libya" tagged as one noun phrase, "arms" a
 * compound modifier of "Libya" and "Estonia" a compound modifier of "arms". English builds no noun phrase of a name,
 * a lower-case common noun and another name, so the word between them is a verb the tagger misread (headline-style
 * "Gondor arms Rohan"), and the name after it is what it acts on. Used for heads that may be any word (TABARI); titles
 * inside an actor's name ("US envoy Smith" read as one mention) are no such word.
 */
final class NamesAround {
    private NamesAround() {
    }

    /**
     * The token of the name right after {@code word} when {@code word} is a lower-case word that names no actor,
     * stands between two names that do, and the parser hung it on the name after it as a compound modifier, with
     * the name before it as its own compound modifier; -1 otherwise.
     */
    static int nameAfter(SentenceGraph g, int word) {
        Objects.requireNonNull(g, "g");
        int n = g.sentence().tokens().size();
        if (word < 1 || word + 1 >= n) {
            return -1;
        }
        String w = g.token(word).word();
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || g.token(word).isVerb()
                || !g.actorsAt(word).isEmpty()) {
            return -1;
        }
        var up = g.sentence().headOf(word);
        if (up.isEmpty() || !up.get().relation().equals("compound") || up.get().governor() != word + 1
                || g.actorsAt(word + 1).isEmpty()) {
            return -1;
        }
        boolean nameBefore = g.sentence().childrenOf(word).stream()
                .anyMatch(d -> d.relation().equals("compound") && d.dependent() == word - 1
                        && !g.actorsAt(word - 1).isEmpty());
        return nameBefore && up.get().governor() != Dependency.ROOT ? word + 1 : -1;
    }
}
