package org.parley.events;

import java.util.Locale;
import java.util.Set;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Whether the tagger's lemma of a word may stand for the word when dictionary words are matched: the lemma is the
 * word's dictionary form only when the word is a form English spelling allows. The tagger guesses lemmas for
 * unknown and misspelt words too ("tos" becomes "to", "departes" becomes "depart"); such a guess names no word of
 * the dictionary.
 */
final class WordForms {
    /** Prepositions that have no inflected forms (unlike "like" or "near", which are verbs too). */
    private static final Set<String> UNINFLECTED = Set.of("to", "with", "on", "against", "for", "from", "in", "into",
            "at", "by", "of", "over", "toward", "towards", "upon", "about", "between", "among", "across", "onto",
            "through", "under", "within", "without", "via", "amid", "despite", "during");

    private WordForms() {
    }

    /** The lower-cased form of {@code token} to look up in a dictionary: its lemma when {@link #lemmaApplies}. */
    static String lookupForm(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        return lemmaApplies(word, lemma) ? lemma : word;
    }

    /**
     * Whether {@code lemma} is the dictionary form of {@code word} (both lower-cased): not when the lemma is a
     * preposition, which has no inflected forms ("tos" is no form of "to"), nor when the word adds {@code -es} to a
     * lemma that takes only {@code -s} ({@code -es} follows s, x, z, ch, sh and o: "taxes", "goes", but not
     * "departes"), nor when it adds {@code -ing} or {@code -ed} to a lemma that doubles its last consonant first
     * ("baning" is no form of "ban").
     */
    static boolean lemmaApplies(String word, String lemma) {
        if (word.equals(lemma) || lemma.isEmpty()) {
            return true;
        }
        if (UNINFLECTED.contains(lemma)) {
            return false;
        }
        if (word.equals(lemma + "es")) {
            return lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z") || lemma.endsWith("ch")
                    || lemma.endsWith("sh") || lemma.endsWith("o");
        }
        if ((word.equals(lemma + "ing") || word.equals(lemma + "ed")) && doublesLastConsonant(lemma)) {
            return false;
        }
        return true;
    }

    /**
     * Whether a word doubles its last consonant before {@code -ing} and {@code -ed}: one syllable ending in one vowel
     * and one consonant other than w, x and y ("ban": "banning", "banned"; not "rain", "fix", "visit").
     */
    static boolean doublesLastConsonant(String lemma) {
        int n = lemma.length();
        if (n < 3 || isVowel(lemma.charAt(n - 1)) || "wxy".indexOf(lemma.charAt(n - 1)) >= 0
                || !isVowel(lemma.charAt(n - 2)) || isVowel(lemma.charAt(n - 3))) {
            return false;
        }
        int groups = 0;
        for (int i = 0; i < n; i++) {
            if (isVowel(lemma.charAt(i)) && (i == 0 || !isVowel(lemma.charAt(i - 1)))) {
                groups++;
            }
        }
        return groups == 1;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /**
     * Whether token {@code i} owns what follows it: a possessive {@code 's} stands right after it. A possessor is a
     * noun, whatever the tagger made of it ("Estonia donate's cash" reports no donation).
     */
    static boolean possessor(Sentence sentence, int i) {
        return i + 1 < sentence.tokens().size() && sentence.token(i + 1).pos().equals("POS");
    }
}
