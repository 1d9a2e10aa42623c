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

/** A definite event noun as the target: the doer of the earlier event it refers back to. */
class EventAntecedentsTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Rohan", "ROH").add("Osgiliath", "OSG");
    private static final PatternEventCoder CODER = new PatternEventCoder(PatternDictionary.builtIn());

    private static List<CodedEvent> events(String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        return CODER.code(doc, ACTORS.resolve(doc));
    }

    private static List<String> code(String text) {
        return EventStrings.of(events(text));
    }

    @Test
    void theDefiniteEventNounTargetsTheEarlierDoer() {
        List<CodedEvent> events = events("Arnor attacked Gondor on Monday. Rohan condemned the attack on Tuesday.");
        assertEquals(List.of("ARN>GON:190", "ROH>ARN:111"), EventStrings.of(events));
        CodedEvent condemned = events.get(1);
        assertEquals(MentionKind.COREFERENCE, condemned.target().kind());
        assertEquals("the attack", condemned.target().text());
        assertEquals(2, condemned.target().sentence());
        assertTrue(condemned.target().rule().startsWith("coref:event->190 of s1"), condemned.target().rule());
    }

    @Test
    void theUseOfForceIsTheLatestActOfForce() {
        assertEquals(List.of("ARN>GON:175", "ROH>ARN:111"),
                code("Arnor fired tear gas at Gondor on Monday. Rohan criticised the use of force against Gondor."));
        assertEquals(List.of("ARN>GON:163"),
                code("Arnor imposed sanctions on Gondor on Monday. Rohan criticised the use of force."),
                "sanctions are no force");
    }

    @Test
    void aPossessedObjectWithNoOwnerRefersBackToWhoseItIs() {
        assertEquals(List.of("ARN>GON:1125", "GON>ARN:016"),
                code("Arnor accused Gondor of spying on Monday. Gondor rejected the accusations as groundless."),
                "reject *T's accusation: the accusations are Arnor's");
        assertEquals(List.of("ARN>GON:190"), code("Arnor attacked Gondor on Monday. Gondor rejected the accusations."),
                "no earlier accusation: nobody's");
    }

    @Test
    void anIndefiniteNounIsANewEvent() {
        assertEquals(List.of("ARN>GON:190"), code("Arnor attacked Gondor on Monday. Rohan condemned an attack."));
    }

    @Test
    void theNounMustNameAnEventOfTheSameRoot() {
        assertEquals(List.of("ARN>GON:163"),
                code("Arnor imposed sanctions on Gondor on Monday. Rohan condemned the attack on Tuesday."));
        assertEquals(List.of("ARN>GON:163", "ROH>ARN:111"),
                code("Arnor imposed sanctions on Gondor on Monday. Rohan condemned the sanctions on Tuesday."));
    }

    @Test
    void theSameKindOfActComesBeforeALaterOneOfTheSameRoot() {
        assertEquals(List.of("ARN>GON:057", "ROH>ARN:051", "OSG>ARN:111"),
                code("Arnor signed an agreement with Gondor on Monday. Rohan praised Arnor on Tuesday. "
                        + "Osgiliath criticized the agreement on Wednesday."), "the agreement signed, not the praise");
    }

    @Test
    void anOwnerNamedInTheSentenceComesFirst() {
        assertEquals(List.of("ARN>GON:190", "ROH>OSG:111"),
                code("Arnor attacked Gondor on Monday. Rohan condemned Osgiliath's attack on Tuesday."));
    }

    @Test
    void aNounForAnyActRefersToTheLatestEventJustBefore() {
        assertEquals(List.of("ARN>GON:163", "ROH>ARN:051"),
                code("Arnor imposed sanctions on Gondor on Monday. Rohan welcomed the decision on Tuesday."));
        assertEquals(List.of("ARN>GON:163"), code("Arnor imposed sanctions on Gondor on Monday. It rained. "
                + "It snowed. Rohan welcomed the decision on Tuesday."), "too far back");
    }

    @Test
    void onlyEarlierSentencesAreReadBack() {
        assertEquals(List.of("ARN>GON:190"), code("Arnor attacked Gondor, and Rohan condemned the attack."));
    }
}
