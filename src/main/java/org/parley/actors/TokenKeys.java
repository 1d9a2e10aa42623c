package org.parley.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Token;

/**
 * How words are compared with dictionary entries: lower-cased, without diacritics ("Erdoğan" = "Erdogan"), with
 * curly quotes and apostrophes straightened ("Korea’s" = "Korea's"). Also splits dictionary strings into tokens the
 * way the NLP stage does for names: on spaces, with a possessive {@code 's} as a token of its own.
 */
public final class TokenKeys {
    /** The key of a possessive marker token. */
    public static final String POSSESSIVE = "'s";

    private TokenKeys() {
    }

    /** The comparison key of one word. */
    public static String key(String word) {
        if (isPlainAscii(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        String s = word.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2010', '-').replace('\u2011', '-');
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Whether a token is a possessive marker: {@code 's}, {@code ’s}, or a lone apostrophe tagged as possessive. */
    public static boolean isPossessive(Token t) {
        String k = key(t.word());
        return k.equals(POSSESSIVE) || ("POS".equals(t.pos()) && k.equals("'"));
    }

    /** Splits a dictionary string into surface tokens: on white space, with a trailing {@code 's} split off. */
    public static List<String> tokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            String k = key(w);
            if (k.length() > 2 && k.endsWith(POSSESSIVE)) {
                out.add(w.substring(0, w.length() - 2));
                out.add(w.substring(w.length() - 2));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** The keys of a dictionary string's tokens. */
    public static List<String> keys(String phrase) {
        return tokens(phrase).stream().map(TokenKeys::key).toList();
    }

    /**
     * Whether a word of the text may stand for a dictionary token written {@code surface}: an acronym written in
     * capitals ({@code US}, {@code WHO}, {@code U.S.}) must be in capitals in the text too (so "us" and "who" are not
     * the United States and the World Health Organization); a capitalized dictionary word must be capitalized in the
     * text ("Turkey" but not "turkey"); a lower-case dictionary word ("president", "al-Qaeda") matches in any case.
     */
    public static boolean caseCompatible(String surface, String word) {
        if (isAcronym(surface)) {
            return letters(word).equals(letters(word).toUpperCase(Locale.ROOT));
        }
        int first = firstLetter(surface);
        if (first >= 0 && Character.isUpperCase(surface.charAt(first))) {
            int w = firstLetter(word);
            return w >= 0 && Character.isUpperCase(word.charAt(w));
        }
        return true;
    }

    /** Two or more letters, all upper-case (dots and digits aside). */
    static boolean isAcronym(String surface) {
        String letters = letters(surface);
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !letters.equals(letters.toLowerCase(Locale.ROOT));
    }

    /** Whether a word starts with an upper-case letter. */
    public static boolean isCapitalized(String word) {
        int i = firstLetter(word);
        return i >= 0 && Character.isUpperCase(word.charAt(i));
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static int firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
