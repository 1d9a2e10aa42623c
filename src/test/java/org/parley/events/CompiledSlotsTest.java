package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.events.ParsedSentences.codes;
import static org.parley.events.ParsedSentences.graph;
import static org.parley.events.ParsedSentences.word;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.testing.PhraseActorResolver;

/** Source and target of patterns compiled from a PETRARCH dictionary, on real parses. */
class CompiledSlotsTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON");
    private static final PatternDictionary DICTIONARY = new PetrarchVerbReader(CameoTable.builtIn())
            .read(String.join("\n", "--- CONDEMN [111] ---", "CONDEMN", ""), "test.verbs").dictionary();
    private static final EventPattern CONDEMN = DICTIONARY.verbPatterns("condemn").get(0);

    private static List<List<ActorMention>> slots(CodingOptions options, String text) {
        SentenceGraph g = graph(ACTORS, text);
        int condemned = word(g, "condemned");
        return new CompiledSlots(g, new SlotWords(g, options)).of(CONDEMN, condemned, condemned);
    }

    @Test
    void theSubjectActsOnTheNearestActorOfTheHeadsPhrase() {
        List<List<ActorMention>> slots = slots(CodingOptions.STANDARD, "Arnor condemned Gondor on Monday.");
        assertEquals(List.of("ARN"), codes(slots.get(0)));
        assertEquals(List.of("GON"), codes(slots.get(1)));
    }

    @Test
    void aPassiveSwapsTheSlots() {
        List<List<ActorMention>> slots = slots(CodingOptions.STANDARD, "Arnor was condemned by Gondor.");
        assertEquals(List.of("GON"), codes(slots.get(0)));
        assertEquals(List.of("ARN"), codes(slots.get(1)));
    }

    @Test
    void aPassiveWithoutByHasNoSourceUnlessThePassiveNeedsBy() {
        String text = "Arnor was condemned over its dispute with Gondor.";
        List<List<ActorMention>> standard = slots(CodingOptions.STANDARD, text);
        assertEquals(List.of(), codes(standard.get(0)));
        assertEquals(List.of("ARN"), codes(standard.get(1)));
        List<List<ActorMention>> active = slots(CodingOptions.STANDARD.withPassiveNeedsBy(true), text);
        assertEquals(List.of("ARN"), codes(active.get(0)));
        assertEquals(List.of("GON"), codes(active.get(1)));
    }
}
