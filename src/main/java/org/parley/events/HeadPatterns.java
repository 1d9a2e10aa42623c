package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.Dependency;

/**
 * The patterns of a {@link PatternDictionary} a word of one sentence may head, most specific first: those of the word
 * as written and of its lemma, and for a verb also those of a modal helping it and of the word after it when the two
 * are a multi-word verb the tagger split ({@link SplitVerbs}).
 */
final class HeadPatterns {
    /**
     * Most specific first; among equally specific patterns, the one whose words leave fewer alternatives (a word
     * before a synset of words: "* DOLLAR" before "* &CURRENCY"; "* RESISTANCE TO THE INVADING" before
     * "* RESIST { TO THE END | TO THE DEATH }"), then file order (the sort is stable).
     */
    private static final java.util.Comparator<EventPattern> MOST_SPECIFIC =
            java.util.Comparator.comparingInt((EventPattern p) -> -p.specificity())
                    .thenComparingInt(p -> p.context().alternatives());

    private final PatternDictionary dictionary;
    private final SentenceGraph g;

    HeadPatterns(PatternDictionary dictionary, SentenceGraph g) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.g = Objects.requireNonNull(g, "g");
    }

    /** The verb ({@code nominal} false) or noun patterns of token {@code i}, most specific first. */
    List<EventPattern> of(int i, boolean nominal) {
        String lemma = WordForms.lookupForm(g.token(i));
        String word = g.token(i).word().toLowerCase(java.util.Locale.ROOT);
        // patterns of the word as written come before those of its lemma when equally specific: a dictionary
        // that lists "left" apart from "leave" means it
        List<EventPattern> found = new ArrayList<>();
        if (!word.equals(lemma)) {
            found.addAll(nominal ? dictionary.nounPatterns(word) : dictionary.verbPatterns(word));
        }
        for (EventPattern p : nominal ? dictionary.nounPatterns(lemma) : dictionary.verbPatterns(lemma)) {
            if (!found.contains(p)) {
                found.add(p);
            }
        }
        found.sort(MOST_SPECIFIC);
        return found;
    }

    /** A pattern to try on a verb, read at token {@code at}: the verb itself or a modal helping it. */
    record Candidate(EventPattern pattern, int at) {
        Candidate {
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    /**
     * The patterns of verb {@code v}, with those of a modal helping it that may head a pattern
     * ({@link PatternContext#anyWordHead}): "Gondor should apply ..." tries the patterns of "should" and of
     * "apply" together, most specific first, the verb's own first among equals; and those of the word after it
     * when the two are a multi-word verb the tagger split ({@link SplitVerbs}: "wire tap").
     */
    List<Candidate> candidates(int v) {
        List<Candidate> out = new ArrayList<>();
        for (EventPattern p : of(v, false)) {
            out.add(new Candidate(p, v));
        }
        for (int m : g.sentence().childrenOf(v).stream().filter(d -> d.relation().equals("aux"))
                .map(Dependency::dependent).toList()) {
            if (g.token(m).pos().equals("MD")) {
                for (EventPattern p : of(m, false)) {
                    if (p.context().anyWordHead()) {
                        out.add(new Candidate(p, m));
                    }
                }
            }
        }
        // "will not wire tap the links": the tagger split the multi-word verb WIRE_+TAP, "tap" read as a noun
        int split = SplitVerbs.headAfter(g.sentence(), v);
        if (split >= 0) {
            for (EventPattern p : of(split, false)) {
                if (SplitVerbs.joinedBeforeHead(p.context())) {
                    out.add(new Candidate(p, split));
                }
            }
        }
        out.sort((a, b) -> MOST_SPECIFIC.compare(a.pattern(), b.pattern()));
        return out;
    }
}
