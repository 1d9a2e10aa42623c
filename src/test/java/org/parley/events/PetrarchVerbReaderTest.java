package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.events.PatternContext.WordItem;

/** The PETRARCH verb dictionary reader on a hand-written fixture ({@code events/petrarch-verbs.txt}). */
class PetrarchVerbReaderTest {
    private static final CameoTable CAMEO = CameoTable.builtIn();
    private static VerbDictionary dict;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = PetrarchVerbReaderTest.class.getResourceAsStream("/events/petrarch-verbs.txt")) {
            dict = new PetrarchVerbReader(CAMEO).read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "petrarch-verbs.txt");
        }
    }

    /** The pattern compiled from {@code line} for verb {@code head}. */
    static EventPattern pattern(VerbDictionary d, int line, String head) {
        String id = d.source() + ":" + line;
        return d.patterns().stream().filter(p -> p.id().equals(id) && p.head().equals(head)).findFirst()
                .orElseThrow(() -> new AssertionError("no pattern " + id + " for " + head + " in " + d.patterns()));
    }

    static List<String> words(List<WordItem> items) {
        return items.stream().map(WordItem::toString).toList();
    }

    @Test
    void everyVerbOfABlockGetsItsOwnPatternAndEveryPattern() {
        assertEquals(VerbDictionary.Format.PETRARCH, dict.format());
        // RESTORE block: 2 verbs x (1 default + 8 patterns); LEAVE block: 3 verbs x (1 default + 3 patterns)
        assertEquals(18 + 12, dict.patterns().size(), dict.patterns().toString());
        EventPattern restore = pattern(dict, 11, "restore");
        assertEquals("064", restore.code(), "the block's code");
        assertEquals("RESTORE", restore.text());
        assertEquals(EventPattern.TargetSlot.PHRASE, restore.target());
        assertTrue(restore.context().forms().containsAll(List.of("restores", "restored", "restoring")),
                restore.context().forms().toString());
        assertEquals("0311", pattern(dict, 12, "reestablish").code(), "a verb's own code");
        assertEquals("0312", pattern(dict, 13, "reestablish").code(), "patterns apply to every verb of the block");
    }

    @Test
    void synsetsExpandNestedAndMultiWord() {
        EventPattern p = pattern(dict, 13, "restore");
        assertEquals("- * &TIES RELATIONS [0312]", p.text(), "the original text, comment dropped");
        assertEquals(List.of("{military | economic_trade}", "relations~"), words(p.context().after()),
                "synset members keep their plurals, other words match a noun only as written");
        assertEquals(List.of(), p.context().before());
    }

    @Test
    void wordsBeforeTheVerbAndJoins() {
        EventPattern p = pattern(dict, 14, "restore");
        assertEquals(List.of("not~+"), words(p.context().before()), "NOT_* must stand right before the verb");
        assertEquals(List.of("ties~"), words(p.context().after()));
        assertEquals("111", p.code());
    }

    @Test
    void targetRightAfterTheVerbIsTheDirectObject() {
        EventPattern p = pattern(dict, 15, "restore");
        assertEquals(EventPattern.TargetSlot.OBJECT, p.target());
        assertEquals(List.of("in~", "detention~"), words(p.context().after()), "PETRARCH 2 parentheses only group");
        assertEquals(PatternContext.SourceSlot.SUBJECT, p.context().source(), "$ before the verb is its subject");
    }

    @Test
    void prepositionBeforeTargetAndReverseCode() {
        EventPattern p = pattern(dict, 16, "restore");
        assertEquals(EventPattern.TargetSlot.PHRASE, p.target());
        assertEquals("with", p.preposition());
        assertEquals(List.of(), p.context().after(), "the preposition is the slot's, not a required word");
        assertEquals("036", p.code());
        assertEquals("036", p.context().reverseCode());
        assertTrue(!p.context().reverseOnly());
    }

    @Test
    void compoundBeforeTheVerbPairsTheSourceGroupBothWays() {
        EventPattern p = pattern(dict, 17, "restore");
        assertTrue(p.symmetric());
        assertEquals(EventPattern.TargetSlot.NONE, p.target());
        assertEquals("030", p.context().reverseCode(), "A and B agree: A>B and B>A");
        assertEquals(List.of("have~"), words(p.context().before()));
    }

    @Test
    void nullCodeAndDiscardCodeAndReverseOnly() {
        EventPattern none = pattern(dict, 18, "restore");
        assertEquals(PatternContext.Effect.NULL, none.context().effect());
        assertEquals(EventPattern.NO_CODE, none.code());
        assertEquals(List.of("full~", "ties~"), words(none.context().after()), "PETRARCH 2 braces only group");
        EventPattern discard = pattern(dict, 29, "left");
        assertEquals(PatternContext.Effect.DISCARD, discard.context().effect());
        EventPattern reverse = pattern(dict, 30, "cordon");
        assertTrue(reverse.context().reverseOnly());
        assertEquals("054", reverse.code());
        assertEquals("054", reverse.context().reverseCode());
    }

    @Test
    void targetBeforeTheVerbAndSourceBehindAPreposition() {
        EventPattern p = pattern(dict, 19, "restore");
        assertEquals(EventPattern.TargetSlot.SUBJECT, p.target());
        assertEquals(PatternContext.SourceSlot.PHRASE, p.context().source());
        assertEquals("from", p.context().sourcePreposition());
    }

    @Test
    void slashGivesAlternatives() {
        assertEquals(List.of("{to~ | for~}", "protest~"), words(pattern(dict, 22, "restore").context().after()));
    }

    @Test
    void irregularFormsAndMultiWordVerbs() {
        EventPattern left = pattern(dict, 25, "left");
        assertEquals(List.of(), left.context().forms(), "{...} replaces the regular forms");
        assertEquals("032", left.code());
        assertEquals("033", left.context().reverseCode());
        EventPattern cordon = pattern(dict, 26, "cordon");
        assertEquals(List.of("cordoned", "cordons"), cordon.context().forms());
        assertEquals(List.of("off~+"), words(cordon.context().after()), "the particle follows the verb directly");
        assertEquals("192", cordon.code());
        EventPattern tap = pattern(dict, 27, "tap");
        assertEquals(List.of("wire~+"), words(tap.context().before()));
        assertTrue(tap.context().forms().contains("tapped") || tap.context().forms().contains("taped"),
                tap.context().forms().toString());
        assertEquals(List.of("wire~+"), words(pattern(dict, 28, "tap").context().before()),
                "the verb's own words stay with every pattern");
    }

    @Test
    void regularFormsTakeEsOnlyWhereEnglishSpellingDoes() {
        VerbDictionary d = new PetrarchVerbReader(CameoTable.builtIn())
                .read("--- DEPART [032] ---\nDEPART\nPUSH\nVETO\n", "f.txt");
        List<String> depart = pattern(d, 2, "depart").context().forms();
        assertTrue(depart.containsAll(List.of("departs", "departed", "departing")), depart.toString());
        assertTrue(!depart.contains("departes"), "-es only after s, x, z, ch, sh and o: " + depart);
        assertTrue(pattern(d, 3, "push").context().forms().contains("pushes"));
        assertTrue(!pattern(d, 3, "push").context().forms().contains("pushs"));
        assertTrue(pattern(d, 4, "veto").context().forms().contains("vetoes"));
    }

    @Test
    void skipMarkerBeforeATarget() {
        EventPattern p = pattern(dict, 28, "left");
        assertEquals(new PatternContext.Skip(1, "in"), p.context().targetSkip());
        assertEquals(List.of("iftar~"), words(p.context().after()));
    }

    @Test
    void untranslatedConstructsAreListedWithFileAndLine() {
        Map<String, Integer> counts = dict.warningCounts();
        assertEquals(Map.of(VerbWarning.KIND_CODE, 1, VerbWarning.KIND_UNDEFINED_SYNSET, 1,
                VerbWarning.KIND_TRANSFORMATION, 1), counts, dict.warningLines().toString());
        assertEquals(List.of("petrarch-verbs.txt:20", "petrarch-verbs.txt:21", "petrarch-verbs.txt:23"),
                dict.warnings().stream().map(VerbWarning::where).toList());
        assertTrue(dict.patterns().stream().noneMatch(p -> p.id().endsWith(":20") || p.id().endsWith(":21")));
    }

    @Test
    void aCodeWithALetterIsKeptOnlyWithForeignCodes() throws IOException {
        String text = "--- BARGAIN [031] ---\nBARGAIN\n- * FOR ASYLUM [174K]\n";
        VerbDictionary kept = new PetrarchVerbReader(CAMEO.withForeignCodes()).read(text, "own.txt");
        assertEquals("174K", pattern(kept, 3, "bargain").code());
        VerbDictionary plain = new PetrarchVerbReader(CAMEO).read(text, "own.txt");
        assertEquals(Map.of(VerbWarning.KIND_CODE, 1), plain.warningCounts());
        assertTrue(plain.patterns().stream().noneMatch(p -> p.id().equals("own.txt:3")));
    }

    @Test
    void malformedLinesStopWithFileAndLine() {
        PetrarchVerbReader r = new PetrarchVerbReader(CAMEO);
        assertEquals("bad.txt:2: pattern outside a verb block (no '--- VERB [CODE] ---' before it)",
                assertThrows(IllegalArgumentException.class, () -> r.read("# c\n- * TIES [064]\n", "bad.txt"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> r.read("--- A [064] ---\nA\n- * TIES\n", "bad.txt")).getMessage()
                .startsWith("bad.txt:3: pattern without [CODE]"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> r.read("--- A [064] ---\nA [064\n", "bad.txt")).getMessage()
                .startsWith("bad.txt:2: unclosed '['"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> r.read("--- A [064] ---\nA\n- * TIES []\n", "bad.txt")).getMessage()
                .startsWith("bad.txt:3: empty code []"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> r.read("VERB [064]\n", "bad.txt"))
                .getMessage().startsWith("bad.txt:1: verb line outside a verb block"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> r.read("--- A [064] ---\nA\n- * TIES [064] TALKS\n", "bad.txt")).getMessage()
                .startsWith("bad.txt:3: text after the [CODE] of a pattern"));
    }

    @Test
    void aSecondCodeInABlockHeaderIsListed() {
        VerbDictionary d = new PetrarchVerbReader(CAMEO).read("--- DELAY [191] [031:031] ---\nDELAY\n", "x.txt");
        assertEquals("191", pattern(d, 2, "delay").code(), "the first code is the block's");
        assertEquals(List.of("x.txt:1"), d.warnings().stream().map(VerbWarning::where).toList());
        assertEquals(VerbWarning.KIND_HEADER, d.warnings().get(0).kind());
    }

    @Test
    void aHashInsideACodeIsNoComment() {
        VerbDictionary d = new PetrarchVerbReader(CAMEO).read("--- A [064] ---\nA\n- * X [###] # discard\n", "x.txt");
        assertEquals(PatternContext.Effect.DISCARD, pattern(d, 3, "a").context().effect());
    }
}
