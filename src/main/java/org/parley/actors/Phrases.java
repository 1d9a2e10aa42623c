package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Phrases of PETRARCH and TABARI files as Parley spells them. Both programs write phrases in capitals with words
 * joined by {@code _} or blanks and compare them with the text without regard to case. Parley keeps its own case
 * rule ({@link TokenKeys#caseCompatible}): an actor phrase becomes capitalized words ("AFGHANISTAN" is
 * "Afghanistan", so "turkey" and "us" are not Turkey and the US), except small particles inside a longer name, which
 * match in any case ("THE_UNITED_NATIONS" is "the United Nations", "AL-QAEDA" is "al-Qaeda"), and Roman numerals,
 * which stay in capitals ("CARL_XVI_GUSTAF" is "Carl XVI Gustaf"); an agent phrase
 * becomes lower-case words, which match in any case ("president" and "President").
 */
final class Phrases {
    /** Words that stay lower-case inside a name, or before a hyphen: they match in any case. */
    static final Set<String> PARTICLES = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de",
            "del", "della", "der", "den", "van", "von", "du", "des", "da", "do", "dos", "das", "la", "le", "les", "y",
            "e", "al", "el", "ad", "as", "ash", "bin", "bint", "ibn", "ben", "wa", "wal", "fi");

    /** Roman numerals of two or more letters up to 39, kept in capitals: they are written so in the text. */
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");

    private static final String PUNCTUATION = ".'-&/(),:!?\u2019";

    private Phrases() {
    }

    /** The words of a raw phrase: split on {@code _} and blanks, empty parts dropped, a final comma set apart. */
    static List<String> words(String raw) {
        List<String> out = new ArrayList<>();
        for (String w : raw.strip().split("[_\\s]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.length() > 1 && w.endsWith(",")) {
                out.add(w.substring(0, w.length() - 1));
                out.add(",");
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** An actor phrase in Parley's spelling: capitalized words, particles lower-case inside a longer name. */
    static String actorName(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(capitalize(w.toLowerCase(Locale.ROOT), words.size() > 1));
        }
        return String.join(" ", out);
    }

    private static String capitalize(String word, boolean inLongerName) {
        if (word.length() >= 2 && ROMAN.matcher(word).matches()) {
            return word.toUpperCase(Locale.ROOT); // "Carl XVI Gustaf", "John Paul II"
        }
        String[] parts = word.split("-", -1);
        if (parts.length == 1) {
            return inLongerName && PARTICLES.contains(word) ? word : upperFirstLetter(word);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append('-');
            }
            boolean particle = i < parts.length - 1 && PARTICLES.contains(parts[i]);
            b.append(particle ? parts[i] : upperFirstLetter(parts[i]));
        }
        return b.toString();
    }

    private static String upperFirstLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return w.substring(0, i) + w.substring(i, i + 1).toUpperCase(Locale.ROOT) + w.substring(i + 1);
            }
        }
        return w;
    }

    /** An agent phrase in Parley's spelling: lower-case words. */
    static String agentTerm(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    /**
     * The first character of the raw phrase that no token of a text can hold (a control character, the replacement
     * character of a broken encoding, {@code =}, a bracket, ...), or -1 when there is none. Letters, digits, blanks,
     * {@code _} and the punctuation of names ({@code . ' - & / ( ) , : ! ?}) are fine.
     */
    static int badCharacter(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == ' ' || c == '\t' || PUNCTUATION.indexOf(c) >= 0
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            return c;
        }
        return -1;
    }

    /** The text with control characters written as {@code <U+001A>}, fit to print in a message. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) && c != '\t') {
                b.append(String.format("<U+%04X>", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** How a character is named in a message. */
    static String describe(int c) {
        return Character.isISOControl(c) || c == '\uFFFD' ? String.format("U+%04X", c) : "'" + (char) c + "'";
    }
}
