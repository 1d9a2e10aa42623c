package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.testing.Articles;
import org.parley.testing.EventStrings;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** The target an act names only in its purpose clause ("fired tear gas to disperse the protesters"). */
class PurposeTargetsTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Arnor police", "ARNCOP")
            .add("Gondor farmers", "GONAGR").add("Aragorn", "ARNGOV");
    private static final PatternEventCoder CODER = new PatternEventCoder(PatternDictionary.builtIn());

    private static List<CodedEvent> events(String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        return CODER.code(doc, ACTORS.resolve(doc));
    }

    @Test
    void theActIsTheEventAndThePurposeIsNotCodedAgain() {
        String text = "Arnor police fired tear gas on Monday to disperse Gondor farmers.";
        List<CodedEvent> e = events(text);
        assertEquals(List.of("ARNCOP>GONAGR:175"), EventStrings.of(e));
        String predicate = text.substring(e.get(0).predicateSpan().begin(), e.get(0).predicateSpan().end());
        assertTrue(predicate.startsWith("fired"), "the firing, not the dispersal: " + predicate);
    }

    @Test
    void aCountedOrGatheredObjectGivesItsPeople() {
        assertEquals(List.of("ARNCOP>GONAGR:175"),
                EventStrings.of(events("Arnor police fired water cannon to stop thousands of Gondor farmers.")));
    }

    @Test
    void aTargetOfItsOwnComesFirst() {
        String text = "Arnor police fired tear gas at Gondor to disperse Gondor farmers.";
        List<CodedEvent> e = events(text);
        List<String> firing = e.stream().filter(x -> text.substring(x.predicateSpan().begin()).startsWith("fired"))
                .map(x -> EventStrings.of(List.of(x)).get(0)).toList();
        assertEquals(List.of("ARNCOP>GON:175"), firing, "the purpose clause is then its own event");
    }

    @Test
    void aVerbalActKeepsItsComplement() {
        assertEquals(List.of(), EventStrings.of(events("Arnor asked the court to jail Aragorn.")).stream()
                .filter(s -> s.endsWith(":020")).toList(), "an appeal to the court, not to Aragorn");
    }
}
