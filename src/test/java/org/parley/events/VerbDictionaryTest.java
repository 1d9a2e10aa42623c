package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.parley.events.PetrarchVerbReaderTest.pattern;
import static org.parley.events.PetrarchVerbReaderTest.words;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Format detection, and the real PETRARCH and TABARI verb dictionaries under {@code ../shared} (skipped when absent):
 * each loads without error, with its untranslated constructs counted, and a few compiled patterns are checked.
 */
class VerbDictionaryTest {
    private static final CameoTable CAMEO = CameoTable.builtIn();
    private static final Path SHARED = Path.of("../shared/evaldata");

    @Test
    void theFormatIsToldFromTheContent() {
        assertEquals(VerbDictionary.Format.PETRARCH, VerbDictionary.detect("&SYN\n+A\n--- A [064] ---\nA\n"));
        assertEquals(VerbDictionary.Format.TABARI, VerbDictionary.detect("A_ [064]\n- * B [064]\n"));
        assertEquals(VerbDictionary.Format.PARLEY, VerbDictionary.detect("# c\n064 restore ties with *T\n"));
        assertThrows(IllegalArgumentException.class, () -> VerbDictionary.detect("hello\nworld\n"));
    }

    @Test
    void parleyPatternsReadThroughTheSameEntry() throws IOException {
        VerbDictionary d = VerbDictionary.read("064 restore ties with *T\n", "mine.txt", CAMEO);
        assertEquals(VerbDictionary.Format.PARLEY, d.format());
        assertEquals("restore", d.patterns().get(0).head());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VerbDictionary.read("999 restore ties with *T\n", "mine.txt", CAMEO));
        assertTrue(e.getMessage().startsWith("mine.txt:1: code 999 is not in the CAMEO table"), e.getMessage());
    }

    private static VerbDictionary real(String path) throws IOException {
        Path file = SHARED.resolve(path);
        assumeTrue(Files.isRegularFile(file), "../shared is absent");
        return VerbDictionary.read(file, CAMEO);
    }

    @Test
    void phoenixCameo20() throws IOException {
        VerbDictionary d = real("dictionaries/petrarch2_phoenix/CAMEO.2.0.txt");
        assertEquals(VerbDictionary.Format.PETRARCH, d.format());
        assertTrue(d.patterns().size() > 50_000, "patterns: " + d.patterns().size());
        assertEquals(8, d.warningCounts().get(VerbWarning.KIND_TRANSFORMATION));
        assertEquals(2, d.warningCounts().get(VerbWarning.KIND_UNDEFINED_SYNSET), "&WEATHER, &DEMONSTRATION");
        assertEquals(6, d.warningCounts().get(VerbWarning.KIND_CODE), "[176] five times and [080!]");
        EventPattern border = pattern(d, 725, "rush"); // - * (TO BORDER) [154] # RUSH
        assertEquals("154", border.code());
        assertEquals(List.of("to~", "border~"), words(border.context().after()));
        EventPattern claim = pattern(d, 1950, "file"); // - * CLAIM (AGAINST) + [115] # FILE
        assertEquals(EventPattern.TargetSlot.PHRASE, claim.target());
        assertEquals("against", claim.preposition());
        assertEquals(List.of("claim~"), words(claim.context().after()));
        EventPattern askFor = pattern(d, 913, "ask"); // +ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
        assertEquals(List.of("asked", "asking", "asks"), askFor.context().forms());
        assertEquals(List.of("for~+"), words(askFor.context().after()));
        assertEquals("020", askFor.code());
    }

    @Test
    void petrarchUnitTestVerbs() throws IOException {
        VerbDictionary d = real("event_coding/petrarch_unittest/dictionaries/PETR.Validate.verbs.txt");
        assertEquals(VerbDictionary.Format.PETRARCH, d.format());
        EventPattern sanctions = pattern(d, 175, "ask"); // - * FOR &ECONSANCT [172]
        assertEquals(List.of("for~", "{economic_sanctions | total_boycott | embargo}"),
                words(sanctions.context().after()));
        assertTrue(d.warningCounts().get(VerbWarning.KIND_CODE) > 100,
                "most of the suite's codes are WEIS or test codes: " + d.warningCounts());
    }

    @Test
    void tabariDemoVerbs() throws IOException {
        VerbDictionary d = real("event_coding/tabari_validation/TABARI.Demo.verbs");
        assertEquals(VerbDictionary.Format.TABARI, d.format());
        assertEquals(10, d.warningCounts().get(VerbWarning.KIND_TIME), "the <TIME> section's time shifts");
        assertEquals(List.of("kan wa ma kan", "once upon a time", "davis cup", "football", "soccer",
                "squash championship", "world cup"), d.discards().entries().stream().map(DiscardList.Entry::phrase).toList(),
                "entries coded [###] are discard phrases");
        EventPattern arrive = pattern(d, 100, "arrive*"); // ARRIVE [032:033]
        assertEquals("032", arrive.code());
        assertEquals("033", arrive.context().reverseCode());
        assertEquals("191", pattern(d, 167, "cancel*").code());
    }

    @Test
    void tabariMasterVerbs() throws IOException {
        VerbDictionary d = real("dictionaries/tabari/CAMEO.091003.master.verbs");
        assertEquals(VerbDictionary.Format.TABARI, d.format());
        assertTrue(d.patterns().size() > 15_000, "patterns: " + d.patterns().size());
        assertEquals(List.of("CAMEO.091003.master.verbs:10190", "CAMEO.091003.master.verbs:16330"),
                d.warnings().stream().filter(w -> w.kind().equals(VerbWarning.KIND_VERB_MARKER))
                        .map(VerbWarning::where).toList(), "the two patterns with two '*'");
        assertEquals(11, d.warningCounts().get(VerbWarning.KIND_MALFORMED), "'{ WILL | WOULD ]' and the like");
    }

    @Test
    void anOlderPhoenixFileStopsAtItsPatternWithoutCode() {
        Path file = SHARED.resolve("dictionaries/petrarch2_phoenix/CAMEO.verbpatterns.150430.txt");
        assumeTrue(Files.isRegularFile(file), "../shared is absent");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VerbDictionary.read(file, CAMEO));
        assertTrue(e.getMessage().startsWith("CAMEO.verbpatterns.150430.txt:5860: pattern without [CODE]"),
                e.getMessage());
    }
}
