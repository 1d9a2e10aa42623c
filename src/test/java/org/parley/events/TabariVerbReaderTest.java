package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.events.PetrarchVerbReaderTest.pattern;
import static org.parley.events.PetrarchVerbReaderTest.words;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The TABARI verb dictionary reader on a hand-written fixture ({@code events/tabari-verbs.txt}). */
class TabariVerbReaderTest {
    private static final CameoTable CAMEO = CameoTable.builtIn();
    private static VerbDictionary dict;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = TabariVerbReaderTest.class.getResourceAsStream("/events/tabari-verbs.txt")) {
            dict = new TabariVerbReader(CAMEO).read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "tabari-verbs.txt");
        }
    }

    @Test
    void aVerbWithUnderscoreIsThatWordWithItsRegularForms() {
        EventPattern p = pattern(dict, 13, "restore");
        assertEquals("064", p.code());
        assertEquals("RESTORE_ [064]", p.text(), "the comment after ; is dropped");
        assertTrue(p.context().forms().containsAll(List.of("restores", "restored", "restoring")),
                p.context().forms().toString());
    }

    @Test
    void tabariEndingsAddEsToEveryVerb() {
        VerbDictionary d = new TabariVerbReader(CAMEO).read("DEPART_ [032]\nPUSH_ [150]\n", "f.verbs");
        List<String> depart = pattern(d, 1, "depart").context().forms();
        assertTrue(depart.containsAll(List.of("departs", "departes", "departed", "departing")), depart.toString());
        assertTrue(pattern(d, 2, "push").context().forms().contains("pushes"));
    }

    @Test
    void aBareVerbIsAStem() {
        assertEquals("112", pattern(dict, 17, "accus*").code());
        assertEquals("070", pattern(dict, 23, "contribut*").code());
        assertEquals(List.of("down="), words(pattern(dict, 22, "burn*").context().after()),
                "more words on the verb line must follow the verb, here with a gap allowed; DOWN_ is that word as written");
    }

    @Test
    void patternWordsAreStemsUnlessFollowedByUnderscore() {
        EventPattern p = pattern(dict, 14, "restore");
        assertEquals(List.of("full=", "{diplomatic* | military* | economic=}", "ties*"), words(p.context().after()),
                "FULL_ is exact (the word as written), { | } gives alternatives with the synset expanded, ECONOMIC_ is exact");
        assertEquals(List.of("in=+"), words(pattern(dict, 15, "restore").context().before()), "IN_* joins the verb");
        assertEquals(List.of("neat*+"), words(pattern(dict, 16, "restore").context().before()), "~ keeps a stem");
    }

    @Test
    void slotsAndReverseOnlyCode() {
        EventPattern p = pattern(dict, 18, "accus*");
        assertEquals(EventPattern.TargetSlot.SUBJECT, p.target());
        assertEquals(PatternContext.SourceSlot.PHRASE, p.context().source());
        assertEquals("by", p.context().sourcePreposition());
        assertEquals(List.of("was="), words(p.context().before()));
        assertTrue(p.context().reverseOnly());
        assertEquals("111", p.context().reverseCode());
    }

    @Test
    void formsLineAddsFormsAndMultiWordVariants() {
        EventPattern ban = pattern(dict, 19, "ban");
        assertTrue(ban.context().forms().containsAll(List.of("banned", "banning")), ban.context().forms().toString());
        EventPattern broken = pattern(dict, 19, "broken");
        assertEquals(List.of("down=+"), words(broken.context().after()), "BROKEN_DOWN_ is a verb of its own");
        assertEquals(new PatternContext.Skip(1, "in"), pattern(dict, 21, "broken").context().targetSkip(),
                "the entry's patterns apply to the variant too");
    }

    @Test
    void synsetMembersWithSlotsAreDroppedAndExpandedMembersKept() {
        assertEquals(List.of("{dollar* | military*_aid* | economic=_aid*}"),
                words(pattern(dict, 24, "contribut*").context().after()));
    }

    @Test
    void aBlankInsideAnAlternativeOrSynsetMemberLetsOtherWordsStandBetween() {
        VerbDictionary d = new TabariVerbReader(CAMEO).read(String.join("\n", "<SYNSETS>", "&MONEY",
                "+AUSTRIAN FLORIN", "+SWISS_FRANC", "</SYNSETS>", "GIVE [070]", "- * &MONEY [071]",
                "- { LOUDLY INCLUDED | SAID } * [043]", ""), "gap.verbs");
        List<String> money = pattern(d, 7, "give*").context().after().get(0).alternatives().stream()
                .map(run -> String.join("|", run)).toList();
        assertEquals(List.of("austrian*| |florin*", "swiss=|franc*"), money, "blank: a gap; _: next to each other");
        assertEquals("{loudly* included* | said*}", pattern(d, 8, "give*").context().before().get(0).toString());
        assertEquals(2, pattern(d, 7, "give*").context().specificity(), "a gap is not a word");
    }

    @Test
    void aSkipBetweenNamedWordsAndTheVerbTakesTheSourceAtTheNamedVerb() {
        VerbDictionary d = new TabariVerbReader(CAMEO).read(String.join("\n", "CELEBRATE [040]",
                "- $ HOSTING ^ * FESTIVAL [042]", "- $ ^ FOR * [043]", ""), "skip.verbs");
        assertEquals(PatternContext.SourceSlot.NAMED_VERB, pattern(d, 2, "celebrate*").context().source());
        assertEquals(PatternContext.SourceSlot.SUBJECT, pattern(d, 3, "celebrate*").context().source());
        assertEquals(List.of("skip.verbs:3"), d.warnings().stream().map(VerbWarning::where).toList(),
                "a skip not between named words and the verb is still ignored, with a warning");
    }

    @Test
    void warningsAndTheEndMarker() {
        assertEquals(Map.of(VerbWarning.KIND_MEMBER, 1, VerbWarning.KIND_TIME, 1, VerbWarning.KIND_VERB_MARKER, 1),
                dict.warningCounts(), dict.warningLines().toString());
        assertEquals(List.of("tabari-verbs.txt:7", "tabari-verbs.txt:11", "tabari-verbs.txt:25"),
                dict.warnings().stream().map(VerbWarning::where).toList());
        assertTrue(dict.patterns().stream().noneMatch(p -> p.id().endsWith(":31")), "nothing after ~~FINISH is read");
        // 4 restore + 2 accus + 2x2 ban/broken + 1 burn + 2 contribut
        assertEquals(13, dict.patterns().size(), dict.patterns().toString());
    }

    @Test
    void entriesCodedAsDiscardsBecomeDiscardPhrases() {
        assertEquals(List.of("soccer", "once upon a time"),
                dict.discards().entries().stream().map(DiscardList.Entry::phrase).toList());
        assertEquals(List.of("tabari-verbs.txt:26", "tabari-verbs.txt:28"),
                dict.discards().entries().stream().map(DiscardList.Entry::where).toList());
        assertTrue(!dict.discards().entries().get(1).wholeWord(), "without a final _ the last word is a stem");
        assertTrue(dict.patterns().stream().noneMatch(p -> p.head().startsWith("soccer")), "no verb pattern for it");
    }

    @Test
    void malformedLinesStopWithFileAndLine() {
        TabariVerbReader r = new TabariVerbReader(CAMEO);
        assertEquals("bad.verbs:1: pattern before any verb line",
                assertThrows(IllegalArgumentException.class, () -> r.read("- * TIES [064]\n", "bad.verbs")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> r.read("RESTORE_\n", "bad.verbs")).getMessage()
                .startsWith("bad.verbs:1: verb line without [CODE]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> r.read("<NOUNS>\n", "bad.verbs")).getMessage()
                .startsWith("bad.verbs:1: unknown section <NOUNS>"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> r.read("A_ [064]\n- * X [064]\n{ B_ }\n", "bad.verbs")).getMessage()
                .startsWith("bad.verbs:3: a { FORMS } line must follow its verb line"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> r.read("+MEMBER\n", "bad.verbs")).getMessage()
                .startsWith("bad.verbs:1: synset line outside <SYNSETS>"));
    }

    @Test
    void anUnbalancedBraceLeavesThePatternOutWithAWarning() {
        VerbDictionary d = new TabariVerbReader(CAMEO).read("A_ [064]\n- { WILL | WOULD ] * X [064]\n", "x.verbs");
        assertEquals(Map.of(VerbWarning.KIND_MALFORMED, 1), d.warningCounts());
        assertEquals(1, d.patterns().size(), "the verb's own pattern stays");
    }
}
