package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Sentence;
import org.parley.testing.Articles;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** Discard lists: the format, matching, Parley's built-in list, the real lists under ../shared. */
class DiscardListTest {
    private static final Path SHARED = Path.of("../shared/evaldata");
    private static final DiscardList LIST = DiscardList.read(String.join("\n",
            "# story and sentence discards",
            "+WORLD GOLF CHAMPIONSHIPS   # a story discard",
            "BASEBALL",
            "CUP_",
            "@EARTHQUAKE",
            ""), "list.txt");

    private static AnnotatedDocument doc(String text) {
        return SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
    }

    private static Sentence sentence(String text) {
        return doc(text).sentences().get(0);
    }

    @Test
    void readsScopesStemsAndWholeWords() {
        assertEquals(4, LIST.entries().size());
        DiscardList.Entry story = LIST.entries().get(0);
        assertEquals(DiscardList.Scope.STORY, story.scope());
        assertEquals("world golf championships", story.phrase());
        assertEquals("list.txt:2", story.where());
        assertEquals(DiscardList.Scope.SENTENCE, LIST.entries().get(1).scope());
        assertTrue(LIST.entries().get(2).wholeWord());
        assertTrue(LIST.entries().get(3).subjectOnly());
    }

    @Test
    void malformedLinesStopWithFileAndLine() {
        IllegalArgumentException tab = assertThrows(IllegalArgumentException.class,
                () -> DiscardList.read("BASEBALL\n\t2\t1995\tAGO\n", "d.txt"));
        assertTrue(tab.getMessage().startsWith("d.txt:2: a tab inside a discard phrase"), tab.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DiscardList.read("+\n", "d.txt")).getMessage()
                .startsWith("d.txt:1: a discard line without a phrase"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DiscardList.read("+@STORM\n", "d.txt"))
                .getMessage().startsWith("d.txt:1: a story discard (+) cannot be subject-only (@)"));
    }

    @Test
    void matchingIgnoresCaseAndStartsAWord() {
        assertTrue(LIST.sentenceMatch(sentence("Arnor beat Gondor at Baseballs on Monday.")).isPresent(),
                "a phrase without _ is a stem");
        assertTrue(LIST.sentenceMatch(sentence("Arnor hosted the Cup.")).isPresent());
        assertTrue(LIST.sentenceMatch(sentence("Arnor hosted the cupola.")).isEmpty(), "CUP_ must end a word");
        assertTrue(LIST.sentenceMatch(sentence("Arnor hosted a teacup party.")).isEmpty(), "and start one");
        assertTrue(LIST.storyMatch(sentence("Arnor won the World Golf Championships.")).isPresent());
        assertTrue(LIST.sentenceMatch(sentence("Arnor won the World Golf Championships.")).isEmpty(),
                "a story discard is not a sentence discard");
    }

    @Test
    void aSubjectOnlyPhraseNeedsToBeTheSubjectOfTheMainClause() {
        assertTrue(LIST.sentenceMatch(sentence("A strong earthquake struck Arnor on Monday.")).isPresent());
        assertTrue(LIST.sentenceMatch(sentence("Arnor sent aid to Gondor after the earthquake struck.")).isEmpty());
        assertTrue(LIST.sentenceMatch(sentence("Arnor sent aid to the earthquake zone.")).isEmpty());
    }

    @Test
    void theBuiltInListDiscardsSportsAndDisastersButNotDiplomacy() {
        DiscardList builtIn = DiscardList.builtIn();
        assertTrue(builtIn.entries().size() > 40);
        assertTrue(builtIn.sentenceMatch(sentence("Arnor reached the semifinals of the Davis Cup.")).isPresent());
        assertTrue(builtIn.sentenceMatch(sentence("A typhoon battered Gondor's coast on Sunday.")).isPresent());
        assertTrue(builtIn.sentenceMatch(sentence("Arnor sent rescue teams after a typhoon battered Gondor.")).isEmpty());
        assertTrue(builtIn.sentenceMatch(sentence("Arnor's president met Gondor's leader in Osgiliath.")).isEmpty());
    }

    @Test
    void theRealListsUnderShared() throws IOException {
        Path petr = SHARED.resolve("event_coding/petrarch_unittest/dictionaries/PETR.Validate.discards.txt");
        assumeTrue(Files.isRegularFile(petr), "../shared is absent");
        DiscardList p = DiscardList.read(petr);
        assertEquals(9, p.entries().size());
        assertEquals(4, p.entries().stream().filter(e -> e.scope() == DiscardList.Scope.STORY).count());
        DiscardList phoenix = DiscardList.read(SHARED.resolve("dictionaries/petrarch2_phoenix/Phoenix.discards.txt"));
        assertTrue(phoenix.entries().size() > 400, "phrases: " + phoenix.entries().size());
        // TABARI's discards.txt holds a tab-separated event table, not a discard list: it is refused at line 1
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiscardList.read(SHARED.resolve("dictionaries/tabari/discards.txt")));
        assertTrue(e.getMessage().startsWith("discards.txt:1: a tab inside a discard phrase"), e.getMessage());
    }
}
