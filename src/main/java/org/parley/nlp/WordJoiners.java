package org.parley.nlp;

/**
 * Underscores that join words ("Dol_Amroth", "New_York"), as pre-tokenized feeds and the coding suites write
 * multi-word names, are read as blanks: the tagger, NER and parser then see the words, and dictionaries, which
 * write their phrases with {@code _} or blanks alike, find them. The replacement keeps every character where it
 * was, so the offsets of tokens and spans stay those of the original text. An underscore not between two letters
 * or digits ("_id", "a__b", "x_") is left alone.
 */
public final class WordJoiners {
    private WordJoiners() {
    }

    /** The text with each underscore between two letters or digits replaced by a blank; the same length. */
    public static String asBlanks(String text) {
        if (text.indexOf('_') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = 1; i + 1 < out.length; i++) {
            if (out[i] == '_' && Character.isLetterOrDigit(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                out[i] = ' ';
            }
        }
        return new String(out);
    }
}
