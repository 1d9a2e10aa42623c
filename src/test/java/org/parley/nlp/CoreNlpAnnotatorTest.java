package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EntityMention;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.testing.Articles;
import org.parley.testing.SharedAnnotator;

class CoreNlpAnnotatorTest {
    private static AnnotatedDocument annotate(String title, String body) {
        return SharedAnnotator.get().annotate(Articles.of("2025-12-27", title, body));
    }

    @Test
    void titleIsSentenceZeroAndTheBodyFollows() {
        AnnotatedDocument doc = annotate("Leaders Meet in Geneva", "The talks began on Monday. They ended today.");
        assertEquals(List.of(0, 1, 2), doc.sentences().stream().map(Sentence::index).toList());
        assertEquals("Leaders Meet in Geneva", doc.sentences().get(0).text());
        AnnotatedDocument untitled = annotate("", "The talks began on Monday. They ended today.");
        assertEquals(List.of(1, 2), untitled.sentences().stream().map(Sentence::index).toList());
    }

    @Test
    void aTitleOfTwoSentencesKeepsNumbersUnique() {
        AnnotatedDocument doc = annotate("Talks Fail. Sanctions Loom", "Ministers left Geneva on Monday.");
        List<Integer> indices = doc.sentences().stream().map(Sentence::index).toList();
        assertEquals(indices.size(), indices.stream().distinct().count(), indices.toString());
        assertEquals(0, indices.get(0));
    }

    @Test
    void timeExpressionsAreResolvedAgainstTheArticleDate() {
        Sentence s = annotate("", "Park held talks in Beijing last week.").sentences().get(0);
        TimeExpression t = s.times().get(0);
        assertEquals("last week", t.text());
        assertEquals("2025-W51", t.value());
        assertEquals("last week", s.textOf(t.firstToken(), t.endToken()), "token offsets are sentence-relative");
    }

    @Test
    void wordsJoinedByUnderscoresAreSeparateTokensAtTheirOwnOffsets() {
        String body = "The Prince of Dol_Amroth met officials.";
        Sentence s = annotate("", body).sentences().get(0);
        List<String> words = s.tokens().stream().map(t -> t.word()).toList();
        assertTrue(words.contains("Dol") && words.contains("Amroth"), words.toString());
        var amroth = s.tokens().stream().filter(t -> t.word().equals("Amroth")).findFirst().orElseThrow();
        assertEquals(body.indexOf("Amroth"), amroth.span().begin());
    }

    @Test
    void hyphenatedNamesStayWholeAndEntitiesPointAtTheirTokens() {
        Sentence s = annotate("", "Former President Moon Jae-in met Kim Jong-un in 2019.").sentences().get(0);
        assertTrue(s.tokens().stream().anyMatch(t -> t.word().equals("Jae-in")), s.tokens().toString());
        for (EntityMention e : s.entities()) {
            assertEquals(e.text(), s.textOf(e.firstToken(), e.endToken()));
        }
        assertTrue(s.dependencies().stream().anyMatch(d -> d.governor() == -1), "the basic tree has a root");
        assertTrue(s.enhanced().size() >= s.dependencies().size());
    }

    @Test
    void aBodyInCapitalsIsParsedInItsUsualCaseAtTheOriginalOffsets() {
        String body = "RUSSIA AND UKRAINE EXCHANGED HUNDREDS OF PRISONERS ON FRIDAY, TURKEY'S FOREIGN MINISTRY SAID.";
        Sentence s = annotate("", body).sentences().get(0);
        var exchanged = s.tokens().stream().filter(t -> t.word().equalsIgnoreCase("exchanged")).findFirst().orElseThrow();
        assertTrue(exchanged.pos().startsWith("VB"), "a verb, not a proper noun: " + s.tokens());
        var russia = s.tokens().get(0);
        assertEquals("Russia", russia.word());
        assertEquals(0, russia.span().begin());
        var turkey = s.tokens().stream().filter(t -> t.word().equalsIgnoreCase("turkey")).findFirst().orElseThrow();
        assertEquals("Turkey", turkey.word(), "a country keeps its capital");
        assertEquals(body.indexOf("TURKEY"), turkey.span().begin(), "offsets are the original text's");
        assertTrue(s.dependencies().stream().anyMatch(d -> d.relation().equals("nsubj")
                && d.governor() == exchanged.index() && d.dependent() == 0), "Russia is the subject: " + s.dependencies());
    }
}
