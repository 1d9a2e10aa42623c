package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.Sentence;
import org.parley.testing.Articles;
import org.parley.testing.SharedAnnotator;

/** Which comma-delimited phrases are left out, on real parses. */
class CommaPhrasesTest {
    private static final CommaClauses.Range ANY = new CommaClauses.Range(1, 20);

    private static Sentence parse(String text) {
        var sentences = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text)).sentences();
        return sentences.get(sentences.size() - 1);
    }

    /** The words left out, joined by blanks in sentence order. */
    private static String leftOut(String text, CommaClauses clauses) {
        Sentence s = parse(text);
        Set<Integer> out = new TreeSet<>(CommaPhrases.leftOut(s, clauses));
        return out.stream().map(i -> s.token(i).word()).collect(Collectors.joining(" "));
    }

    @Test
    void offLeavesNothingOut() {
        assertEquals("", leftOut("Arnor restored ties with Gondor, its biggest trading partner, on Monday.",
                CommaClauses.OFF));
    }

    @Test
    void aPhraseBetweenCommasIsLeftOutWhenItsLengthIsInRange() {
        String text = "Arnor, which Rohan attacked last year, restored ties with Gondor.";
        assertEquals("which Rohan attacked last year",
                leftOut(text, CommaClauses.OFF.withMiddle(new CommaClauses.Range(2, 8))));
        assertEquals("", leftOut(text, CommaClauses.OFF.withMiddle(new CommaClauses.Range(2, 4))), "five words");
        assertEquals("", leftOut(text, CommaClauses.OFF.withBegin(ANY).withEnd(ANY)), "only the middle is set");
    }

    @Test
    void aClosingClauseIsLeftOutWithoutTheFinalStop() {
        assertEquals("almost five years after rioters burned its embassy",
                leftOut("Arnor restored ties with Gondor, almost five years after rioters burned its embassy.",
                        CommaClauses.OFF.withEnd(new CommaClauses.Range(2, 8))));
    }

    @Test
    void anOpeningClauseIsLeftOutOnlyAsAWholePhrase() {
        assertEquals("Five years after the riots",
                leftOut("Five years after the riots, Arnor restored ties with Gondor.",
                        CommaClauses.OFF.withBegin(new CommaClauses.Range(3, 8))));
        assertEquals("", leftOut("Arnor is about to restore complete, full diplomatic ties with Gondor.",
                CommaClauses.OFF.withBegin(ANY)), "the comma stands inside the main clause");
    }

    @Test
    void theMembersOfAListStay() {
        assertEquals("", leftOut("Arnor attacked Gondor, Rohan, Osgiliath and Bree on Monday.",
                CommaClauses.OFF.withMiddle(ANY).withEnd(ANY)));
    }

    @Test
    void wordsAreCountedWithoutPunctuationAndPossessives() {
        Sentence s = parse("Gondor's army, it seems, attacked.");
        assertEquals(2, CommaPhrases.words(s, 0, 3), "Gondor 's army");
        assertEquals(5, CommaPhrases.words(s, 0, s.tokens().size()));
    }

    @Test
    void aClauseBetweenCommasIsInserted() {
        Sentence s = parse("Elrond brushed aside reports, rumored to originate in Mordor, that Calimehtar attacked Gandalf.");
        int rumored = indexOf(s, "rumored");
        assertTrue(CommaPhrases.isInsertedClause(s, rumored));
        assertFalse(CommaPhrases.isInsertedClause(s, indexOf(s, "brushed")), "the main verb");
        assertFalse(CommaPhrases.isInsertedClause(s, indexOf(s, "attacked")), "no comma after it");
        assertFalse(CommaPhrases.isInsertedClause(s, indexOf(s, "Mordor")), "not a verb");
    }

    private static int indexOf(Sentence s, String word) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.token(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + s.text());
    }
}
