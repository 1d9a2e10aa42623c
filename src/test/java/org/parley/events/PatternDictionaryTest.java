package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternDictionaryTest {
    private static EventPattern parse(String line) {
        return PatternDictionary.parse(line, "test:1");
    }

    @Test
    void directObjectTarget() {
        EventPattern p = parse("190 attack *T");
        assertEquals("190", p.code());
        assertEquals("attack", p.head());
        assertFalse(p.nominal());
        assertEquals(EventPattern.TargetSlot.OBJECT, p.target());
    }

    @Test
    void prepositionalTargetAfterObjectWithModifier() {
        EventPattern p = parse("046 hold strategic talks with *T");
        assertEquals("talks", p.object());
        assertEquals(List.of("strategic"), p.objectModifiers());
        assertEquals("with", p.preposition());
        assertEquals(EventPattern.TargetSlot.PREPOSITION, p.target());
    }

    @Test
    void particleAndPreposition() {
        EventPattern p = parse("175 crack down on *T");
        assertEquals("down", p.particle());
        assertEquals("on", p.preposition());
        EventPattern call = parse("020 call on *T");
        assertEquals("", call.particle());
        assertEquals("on", call.preposition());
    }

    @Test
    void possessorTarget() {
        EventPattern p = parse("022 seek *T's cooperation");
        assertEquals(EventPattern.TargetSlot.POSSESSOR, p.target());
        assertEquals("cooperation", p.object());
    }

    @Test
    void infinitiveComplementAndObjectPreposition() {
        EventPattern p = parse("138 threaten to attack *T");
        assertEquals("attack", p.complement());
        assertEquals(EventPattern.TargetSlot.OBJECT, p.target());
        EventPattern q = parse("021 ask for aid from *T");
        assertEquals("for", q.objectPreposition());
        assertEquals("aid", q.object());
        assertEquals("from", q.preposition());
    }

    @Test
    void targetBeforeAnInfinitiveComplement() {
        EventPattern p = parse("0253 urge *T to release");
        assertEquals("release", p.complement());
        assertEquals(EventPattern.TargetSlot.OBJECT, p.target());
        assertTrue(p.targetOnHead());
        EventPattern q = parse("026 call on *T to resume talks");
        assertEquals("on", q.preposition());
        assertEquals("resume", q.complement());
        assertEquals("talks", q.object());
        assertTrue(q.targetOnHead());
        assertFalse(parse("138 threaten to attack *T").targetOnHead());
    }

    @Test
    void targetBeforeAPrepositionalObject() {
        EventPattern p = parse("1124 accuse *T of war crimes");
        assertEquals(EventPattern.TargetSlot.OBJECT, p.target());
        assertEquals("of", p.objectPreposition());
        assertEquals("crimes", p.object());
        assertEquals(List.of("war"), p.objectModifiers());
        assertTrue(p.targetOnHead());
        EventPattern q = parse("023 appeal to *T for aid");
        assertEquals("to", q.preposition());
        assertEquals("for", q.objectPreposition());
        assertEquals("aid", q.object());
        assertTrue(parse("112 accuse *T").specificity() < p.specificity());
    }

    @Test
    void smallClauseAfterTheTargetAndPrepositionBeforeAPossessor() {
        EventPattern p = parse("112 hold *T responsible");
        assertEquals("responsible", p.complement());
        assertTrue(p.targetOnHead());
        EventPattern q = parse("083 bow to *T's demands");
        assertEquals("to", q.objectPreposition());
        assertEquals("demands", q.object());
        assertEquals(EventPattern.TargetSlot.POSSESSOR, q.target());
        assertThrows(IllegalArgumentException.class, () -> parse("112 hold *T fully responsible"));
    }

    @Test
    void directFlagAndItsSpecificity() {
        EventPattern p = parse("192 seize *T | direct");
        assertTrue(p.direct());
        assertFalse(parse("171 seize *T").direct());
        assertTrue(p.specificity() > parse("171 seize *T").specificity());
        assertTrue(parse("057 sign deal | sym direct").symmetric());
    }

    @Test
    void aPrepositionOrParticleInsideTheObjectIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("015 admit responsibility for attack on *T"));
        assertTrue(e.getMessage().contains("'for'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse("134 threaten to call off talks with *T"));
        assertThrows(IllegalArgumentException.class, () -> parse("094 investigate *T for crimes against humanity"));
    }

    @Test
    void nominalHeadWithModifiers() {
        EventPattern p = parse("195 @air strikes on *T");
        assertTrue(p.nominal());
        assertEquals("strikes", p.head());
        assertEquals(List.of("air"), p.headModifiers());
        assertEquals("on", p.preposition());
        assertEquals(List.of(), parse("190 @strikes on *T").headModifiers());
        assertTrue(p.specificity() > parse("190 @strikes on *T").specificity());
    }

    @Test
    void nominalAndSymmetric() {
        EventPattern p = parse("042 @visit to *T");
        assertTrue(p.nominal());
        assertEquals("visit", p.head());
        EventPattern s = parse("040 meet | sym");
        assertTrue(s.symmetric());
        assertEquals(EventPattern.TargetSlot.NONE, s.target());
    }

    @Test
    void moreSpecificPatternsSortFirst() throws IOException {
        PatternDictionary d = read("040 hold *T\n046 hold strategic talks with *T\n040 hold talks with *T\n");
        List<EventPattern> hold = d.verbPatterns("hold");
        assertEquals("046", hold.get(0).code());
        assertEquals("talks", hold.get(1).object());
        assertEquals(3, d.size());
    }

    @Test
    void malformedLinesNameTheSourceAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("# comment\n190 attack *T\n19x attack *T\n"));
        assertTrue(e.getMessage().startsWith("test.txt:3: "), e.getMessage());
        assertTrue(e.getMessage().contains("CAMEO code"), e.getMessage());
    }

    @Test
    void rejectsBrokenPatterns() {
        assertThrows(IllegalArgumentException.class, () -> parse("190"));
        assertThrows(IllegalArgumentException.class, () -> parse("190 attack *T *T"));
        // one word after *T is a small clause ("hold *T responsible"); two bare words are not
        assertThrows(IllegalArgumentException.class, () -> parse("190 attack *T right now"));
        assertThrows(IllegalArgumentException.class, () -> parse("190 attack *X"));
        assertThrows(IllegalArgumentException.class, () -> parse("040 meet | often"));
        assertThrows(IllegalArgumentException.class, () -> parse("112 accuse *T of"));
        assertThrows(IllegalArgumentException.class, () -> parse("0253 urge *T to *T"));
        assertThrows(IllegalArgumentException.class, () -> parse("0253 urge *T to release of *T"));
        assertThrows(IllegalArgumentException.class, () -> parse("195 @strike *T"));
        assertThrows(IllegalArgumentException.class, () -> parse("042 @visit to *T now"));
        IllegalArgumentException noTarget = assertThrows(IllegalArgumentException.class, () -> parse("040 meet"));
        assertTrue(noTarget.getMessage().contains("sym"), noTarget.getMessage());
    }

    @Test
    void parleysOwnPatternsCarryDigitsOnly() {
        assertEquals("CAMEO code must be 2 to 4 digits, got '042a'",
                assertThrows(IllegalArgumentException.class, () -> parse("042a visit *T")).getMessage());
    }

    @Test
    void builtInDictionaryLoadsAndEveryCodeIsInTheCameoTable() {
        PatternDictionary d = PatternDictionary.builtIn();
        assertTrue(d.size() >= 2750, "built-in patterns: " + d.size());
        CameoTable table = CameoTable.builtIn();
        for (EventPattern p : d.patterns()) {
            assertTrue(table.find(p.code()).isPresent(), p.id() + " uses unknown code " + p.code());
        }
    }

    private static PatternDictionary read(String text) throws IOException {
        return PatternDictionary.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.txt");
    }
}
