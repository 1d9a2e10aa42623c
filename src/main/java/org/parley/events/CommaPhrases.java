package org.parley.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

/**
 * The comma-delimited phrases of a parsed sentence that {@link CommaClauses} leaves out of coding.
 *
 * <p>The peers cut the sentence's words at its commas and drop a piece by its place and length alone, which also
 * cuts into a clause at the comma of "complete, full diplomatic ties". Over a parse the same setting means: a piece
 * between two commas (or before the first, or after the last up to the closing punctuation) is left out when its
 * length falls in the range for its place <em>and</em> it is one phrase of the basic dependency tree: all its words
 * hang from one of them, that word hangs from a word outside the piece, no word outside hangs from a word inside,
 * and it is not a member of a list ({@code conj}). The main clause therefore always stays, and so do the members of
 * "Gondor, Arnor and Bree".
 */
public final class CommaPhrases {
    private CommaPhrases() {
    }

    /** Where a piece stands between the commas. */
    enum Place { BEGIN, MIDDLE, END }

    /** The token indices of {@code sentence} that lie in phrases {@code clauses} leaves out; empty when none. */
    public static Set<Integer> leftOut(Sentence sentence, CommaClauses clauses) {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(clauses, "clauses");
        Set<Integer> out = new HashSet<>();
        if (!clauses.active()) {
            return out;
        }
        int n = sentence.tokens().size();
        int end = n;
        while (end > 0 && isClosing(sentence.token(end - 1).word())) {
            end--;
        }
        List<Integer> bounds = new ArrayList<>();
        bounds.add(-1);
        for (int i = 0; i < end; i++) {
            if (sentence.token(i).word().equals(",")) {
                bounds.add(i);
            }
        }
        if (bounds.size() == 1) {
            return out;
        }
        bounds.add(end);
        for (int k = 0; k + 1 < bounds.size(); k++) {
            int from = bounds.get(k) + 1;
            int to = bounds.get(k + 1);
            Place place = k == 0 ? Place.BEGIN : k + 2 == bounds.size() ? Place.END : Place.MIDDLE;
            CommaClauses.Range range = switch (place) {
                case BEGIN -> clauses.begin();
                case MIDDLE -> clauses.middle();
                case END -> clauses.end();
            };
            if (range.holds(words(sentence, from, to)) && isPhrase(sentence, from, to)) {
                for (int i = from; i < to; i++) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** Words from {@code from} to {@code to} (exclusive), as the peers count them: punctuation and "'s" do not count. */
    static int words(Sentence s, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            if (!isPunctuation(s, i) && !s.token(i).pos().equals("POS")) {
                words++;
            }
        }
        return words;
    }

    /** Whether tokens {@code from} to {@code to} (exclusive) are one phrase of the tree hanging from outside it. */
    static boolean isPhrase(Sentence s, int from, int to) {
        int heads = 0;
        for (int i = from; i < to; i++) {
            if (isPunctuation(s, i)) {
                continue;
            }
            var up = s.headOf(i);
            if (up.isEmpty() || up.get().governor() == Dependency.ROOT) {
                return false;
            }
            int g = up.get().governor();
            if (g < from || g >= to) {
                heads++;
                if (heads > 1 || up.get().baseRelation().equals("conj")) {
                    return false;
                }
            }
        }
        if (heads != 1) {
            return false;
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            if (i >= from && i < to || isPunctuation(s, i)) {
                continue;
            }
            var up = s.headOf(i);
            if (up.isPresent() && up.get().governor() >= from && up.get().governor() < to) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether verb {@code top} heads a clause inserted between two commas, a parenthetical ("reports, rumored to come
     * from Mordor, that ..."): its whole phrase in the basic tree stands between a comma right before it and a comma
     * right after it, and it is not a member of a list. Such a clause says something on the side; a pattern of the
     * clause around it does not take its target from there.
     */
    public static boolean isInsertedClause(Sentence s, int top) {
        if (!s.token(top).isVerb()) {
            return false;
        }
        var up = s.headOf(top);
        if (up.isEmpty() || up.get().governor() == Dependency.ROOT || up.get().baseRelation().equals("conj")) {
            return false;
        }
        int first = top;
        int last = top;
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.dominates(top, i)) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        // the phrase's own commas may hang from it: look past them
        while (first < last && s.token(first).word().equals(",")) {
            first++;
        }
        while (last > first && s.token(last).word().equals(",")) {
            last--;
        }
        return first > 0 && last + 1 < s.tokens().size() && s.token(first - 1).word().equals(",")
                && s.token(last + 1).word().equals(",");
    }

    private static boolean isPunctuation(Sentence s, int i) {
        return s.token(i).word().chars().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean isClosing(String word) {
        return word.chars().noneMatch(Character::isLetterOrDigit) && !word.equals(",");
    }
}
