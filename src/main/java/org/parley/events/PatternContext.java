package org.parley.events;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.parley.model.Token;

/**
 * What a pattern compiled from a PETRARCH or TABARI verb dictionary asks of a sentence beyond Parley's own pattern
 * parts: other forms of its head, words that must stand before the head or inside the head's phrase after it, where
 * the source sits, a code for the reverse direction, and whether a match codes nothing. Parley's own patterns carry
 * {@link #NONE}. The engine honours every field over the dependency parse; see {@code docs/DICTIONARIES.md},
 * "PETRARCH and TABARI verb dictionaries".
 *
 * @param forms        other words that count as the head: irregular forms ({@code broke}), generated regular forms
 *                     of a head the lemmatiser may not reduce ({@code departen}); a word ending in {@code *} is a
 *                     stem and matches every word starting with it
 * @param before       word items that must stand before the head in the sentence, in this order
 * @param after        word items that must stand after the head inside its phrase (the head's subtree in the basic
 *                     dependency tree), in this order
 * @param nounPhrases  PETRARCH's reading of the words after the head: a word inside a prepositional phrase matches
 *                     only when the pattern names the preposition ("* RESOLUTION" is not "a set of resolutions");
 *                     TABARI's words match in plain word order
 * @param source       where the source sits
 * @param sourcePreposition preposition that must introduce the source ({@code freed from $}), or empty
 * @param sourceSkip   noun phrases of the head's phrase to pass over before the source ({@code ^ $})
 * @param targetSkip   noun phrases of the head's phrase to pass over before a target in the phrase ({@code IN ^ +})
 * @param reverseCode  CAMEO code of an event in the other direction, target to source ({@code [032:033]}), or empty
 * @param reverseOnly  the pattern codes only the reverse event ({@code [:054]})
 * @param markers      how many slot markers ({@code + $ %}) the pattern wrote: they count in its specificity, so
 *                     a pattern is tried before its verb's bare default
 * @param effect       what a match does
 * @param targetBefore for a target before the head ({@code + *}): how many of the {@code before} items stand before
 *                     the {@code +}; less than their number when the {@code +} precedes some of them
 *                     ({@code + HOSTING *}: the target is the actor of "hosting", not of the head)
 * @param anyWordHead  the head may also be a word the tagger did not read as a verb (TABARI, which takes every word
 *                     of its verb list for a possible verb): a modal stands for the clause of the verb it helps
 *                     ("Gondor *should* apply ..."), any other word for its own phrase, with the subject of its
 *                     clause as source ("have postponed their *meeting*"); see {@code PatternEventCoder}
 */
public record PatternContext(List<String> forms, List<WordItem> before, List<WordItem> after, boolean nounPhrases,
                             SourceSlot source,
                             String sourcePreposition, Skip sourceSkip, Skip targetSkip, String reverseCode,
                             boolean reverseOnly, int markers, Effect effect, int targetBefore,
                             boolean anyWordHead) {
    /** Parley's own patterns: nothing beyond the pattern's own parts. */
    public static final PatternContext NONE = new PatternContext(List.of(), List.of(), List.of(), false, SourceSlot.SUBJECT,
            "", Skip.NONE, Skip.NONE, "", false, 0, Effect.EVENT, 0, false);

    /**
     * Noun phrases to pass over in the head's phrase before a slot, TABARI's and PETRARCH's {@code ^}: the first of
     * them behind {@code preposition} when one is given ({@code IN ^ +}: past the {@code in} phrase).
     *
     * @param count       how many noun phrases
     * @param preposition the preposition of the first, or empty
     */
    public record Skip(int count, String preposition) {
        public static final Skip NONE = new Skip(0, "");

        public Skip {
            Objects.requireNonNull(preposition, "preposition");
            if (count < 0) {
                throw new IllegalArgumentException("a skip count cannot be negative");
            }
        }
    }

    /** Where a compiled pattern finds its source. */
    public enum SourceSlot {
        /** the head's subject (in the passive, its {@code by} phrase): the default */
        SUBJECT,
        /** an actor inside the head's phrase after it, introduced by {@code sourcePreposition} when one is given */
        PHRASE,
        /**
         * the target's own group: its members act on each other, both ways (TABARI's {@code %} after the head with
         * no {@code $}: {@code * BETWEEN %} reads "fighting between Gondor and Osgiliath" as GON>OSG and OSG>GON)
         */
        GROUP,
        /**
         * the subject of a verb the pattern names before the head, past an actor between them ({@code $ HOSTING ^ *}:
         * in "Arnor will be hosting Osgiliath to celebrate ...", Arnor celebrates, not the guest the parser makes the
         * infinitive's subject)
         */
        NAMED_VERB
    }

    /** What a match of the pattern does. */
    public enum Effect {
        /** codes an event */
        EVENT,
        /** codes nothing and stops less specific patterns of the head (PETRARCH's and TABARI's null code {@code ---}) */
        NULL,
        /** the whole sentence codes nothing (TABARI's discard code {@code ###}) */
        DISCARD
    }

    /**
     * One position of a word pattern: one of several alternatives, each a run of consecutive words.
     *
     * @param alternatives the word runs, any of which fills the position ({@code &CURRENCY}, {@code {A | B}})
     * @param joined       no word may come between the item and the head side of it: before the head, the item is
     *                     followed directly by the next item (or by the head); after the head, it directly follows
     *                     the previous item (or the head)
     */
    public record WordItem(List<List<String>> alternatives, boolean joined) {
        public WordItem {
            alternatives = alternatives.stream().map(List::copyOf).toList();
            if (alternatives.isEmpty() || alternatives.stream().anyMatch(List::isEmpty)) {
                throw new IllegalArgumentException("a word item needs at least one non-empty alternative");
            }
        }

        public static WordItem of(boolean joined, String... words) {
            return new WordItem(List.of(List.of(words)), joined);
        }

        private static String run(List<String> words) {
            return String.join("_", words).replace("_" + GAP + "_", GAP);
        }

        /** The item as text: {@code word}, {@code two_words}, {@code {a | b}}, and {@code +} when joined. */
        @Override
        public String toString() {
            String body = alternatives.size() == 1 ? run(alternatives.get(0))
                    : "{" + String.join(" | ", alternatives.stream().map(WordItem::run).toList()) + "}";
            return joined ? body + "+" : body;
        }
    }

    public PatternContext {
        forms = List.copyOf(forms);
        before = List.copyOf(before);
        after = List.copyOf(after);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourcePreposition, "sourcePreposition");
        Objects.requireNonNull(sourceSkip, "sourceSkip");
        Objects.requireNonNull(targetSkip, "targetSkip");
        Objects.requireNonNull(reverseCode, "reverseCode");
        Objects.requireNonNull(effect, "effect");
        if (source != SourceSlot.PHRASE && !sourcePreposition.isEmpty()) {
            throw new IllegalArgumentException("a source preposition needs the source in the head's phrase");
        }
        if (source == SourceSlot.NAMED_VERB && before.isEmpty()) {
            throw new IllegalArgumentException("a source at a named verb needs words before the head");
        }
        if (reverseOnly && reverseCode.isEmpty()) {
            throw new IllegalArgumentException("a reverse-only pattern needs its reverse code");
        }
    }

    /**
     * In a word run, other words may stand here: TABARI's blank between the words of an alternative or synset member
     * ({@code &CURRENCY} member {@code AUSTRIAN FLORIN} matches "Austrian gold florin"), where {@code _} joins them.
     */
    public static final String GAP = " ";

    /**
     * Ends a word that matches only the word as written, not other words of its lemma: TABARI's closed word
     * ({@code RESOLUTION_} is "resolution", not "resolutions").
     */
    public static final String EXACT = "=";

    /**
     * Ends a word that matches a noun only as written, any other token also through its lemma: PETRARCH's pattern
     * words, which PETRARCH conjugates as verbs but does not pluralise as nouns ({@code EFFORT} is "effort", not
     * "efforts"; {@code HAVE} is still "has").
     */
    public static final String NOUN_AS_WRITTEN = "~";

    /** How many words the context requires: compiled patterns with more words are tried first. */
    public int specificity() {
        int n = 0;
        for (WordItem w : before) {
            n += w.alternatives().stream().mapToInt(PatternContext::words).min().orElse(0);
        }
        for (WordItem w : after) {
            n += w.alternatives().stream().mapToInt(PatternContext::words).min().orElse(0);
        }
        return n + markers + (sourcePreposition.isEmpty() ? 0 : 1) + sourceSkip.count() + targetSkip.count();
    }

    /**
     * How many choices the context's items leave beyond their first word run: a literal word leaves none, a synset
     * of ten nine, so "* RESISTANCE TO THE INVADING" leaves fewer than "* RESIST { TO THE END | TO THE DEATH }".
     */
    public int alternatives() {
        int n = 0;
        for (WordItem w : before) {
            n += w.alternatives().size() - 1;
        }
        for (WordItem w : after) {
            n += w.alternatives().size() - 1;
        }
        return n;
    }

    private static int words(List<String> run) {
        return (int) run.stream().filter(w -> !w.equals(GAP)).count();
    }

    /**
     * Whether a dictionary word matches a token: the token's lemma (when it is one, {@link WordForms}) or word,
     * case-insensitively; a word ending in {@code *} is a stem that matches any lemma or word starting with it, one
     * ending in {@link #EXACT} only the word as written, one ending in {@link #NOUN_AS_WRITTEN} a noun only as
     * written.
     */
    public static boolean matches(String word, Token token) {
        if (word.equals(GAP)) {
            return false;
        }
        String w = token.word().toLowerCase(Locale.ROOT);
        String l = WordForms.lookupForm(token);
        if (word.endsWith("*")) {
            String stem = word.substring(0, word.length() - 1);
            return w.startsWith(stem) || l.startsWith(stem);
        }
        if (word.endsWith(EXACT)) {
            return w.equals(word.substring(0, word.length() - 1));
        }
        if (word.endsWith(NOUN_AS_WRITTEN)) {
            String bare = word.substring(0, word.length() - 1);
            return w.equals(bare) || !token.isNoun() && l.equals(bare);
        }
        return w.equals(word) || l.equals(word);
    }
}
