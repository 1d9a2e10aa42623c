package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.MentionKind;
import org.parley.testing.EventStrings;
import org.parley.testing.Articles;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** Protests without a named target, over real parses with fixed-phrase actors. */
class ProtestEventCoderTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("farmers", MentionKind.GROUP, "ARNAGR").add("students", MentionKind.GROUP, "ARNEDU")
            .add("nurses", MentionKind.GROUP, "ARNHLH").add("troops", MentionKind.GROUP, "ARNMIL")
            .add("Gondor", "GON").add("the United Nations", "IGOUNO");
    private final EventCoder coder = new ProtestEventCoder(new PatternEventCoder(PatternDictionary.builtIn()),
            ProtestWords.builtIn());

    private List<String> code(String body) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-12-09", "", body));
        List<CodedEvent> events = coder.code(doc, ACTORS.resolve(doc));
        return EventStrings.of(events);
    }

    @Test
    void aProtestWithoutATargetIsAgainstTheProtestersOwnGovernment() {
        assertEquals(List.of("ARNAGR>ARNGOV:141"), code("Thousands of farmers marched on the capital on Monday."));
        assertEquals(List.of("ARNEDU>ARNGOV:141"), code("Students rallied outside parliament."));
    }

    @Test
    void theImpliedGovernmentSaysWhereItCameFrom() {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-12-09", "", "Farmers protested in the capital."));
        CodedEvent e = coder.code(doc, ACTORS.resolve(doc)).get(0);
        assertEquals(MentionKind.DEFAULT, e.target().kind());
        assertEquals("implied:own-government ARNGOV", e.target().rule());
        assertTrue(e.rule().startsWith("protests.txt:"), e.rule());
    }

    @Test
    void eventNounsTakeTheirOwnerOrTheSubjectOfTheirVerb() {
        assertEquals(List.of("ARNHLH>ARNGOV:143"), code("Nurses went on strike across the country."));
        assertEquals(List.of("ARNAGR>ARNGOV:141"), code("The farmers staged a protest in the capital."));
        assertEquals(List.of("ARNEDU>ARNGOV:142"), code("The students began a hunger strike on Monday."));
    }

    @Test
    void conjoinedProtestersEachProtest() {
        assertEquals(List.of("ARNAGR>ARNGOV:141", "ARNEDU>ARNGOV:141"), code("Farmers and students marched in the capital."));
    }

    @Test
    void aNamedTargetIsLeftToTheVerbDictionary() {
        assertEquals(List.of("ARNAGR>GON:141"), code("Farmers protested against Gondor."));
    }

    @Test
    void soldiersOrganisationsAndAttacksAreNotProtests() {
        assertEquals(List.of(), code("Troops marched into the town."));
        assertEquals(List.of(), code("The United Nations rallied support for the plan."));
        assertEquals(List.of(), code("Farmers were hit when the storm struck."));
    }

    @Test
    void withoutWordsTheCoderIsTheWrappedOne() {
        EventCoder plain = new ProtestEventCoder(new PatternEventCoder(PatternDictionary.builtIn()), ProtestWords.NONE);
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-12-09", "", "Farmers marched on the capital."));
        assertEquals(List.of(), plain.code(doc, ACTORS.resolve(doc)));
    }
}
