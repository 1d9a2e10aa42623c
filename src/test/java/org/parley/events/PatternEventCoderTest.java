package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.model.MentionKind;
import org.parley.testing.Articles;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** The pattern engine on real parses of short sentences, with a fixed-phrase fake for the actors stage. */
class PatternEventCoderTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Osgiliath", "OSG").add("Rohan", "ROH")
            .add("Mordor", MentionKind.CAPITAL, "MORGOV")
            .add("the two sides", MentionKind.COREFERENCE, "ARN", "GON");
    private static final PatternEventCoder CODER = new PatternEventCoder(PatternDictionary.builtIn());

    private static List<String> code(String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        List<CodedEvent> events = CODER.code(doc, ACTORS.resolve(doc));
        return events.stream().map(e -> e.source().roles().get(0).actor().code() + ">"
                + e.target().roles().get(0).actor().code() + ":" + e.code()).toList();
    }

    @Test
    void activeVerbWithObject() {
        assertEquals(List.of("ARN>GON:190"), code("Arnor attacked Gondor on Monday."));
    }

    @Test
    void passiveVoiceSwapsSubjectAndAgent() {
        assertEquals(List.of("ARN>GON:190"), code("Gondor was attacked by Arnor on Monday."));
    }

    @Test
    void compoundSourceGivesOneEventPerMember() {
        assertEquals(List.of("ARN>GON:111", "OSG>GON:111"), code("Arnor and Osgiliath condemned Gondor."));
    }

    @Test
    void compoundTargetGivesOneEventPerMember() {
        assertEquals(List.of("ARN>GON:163", "ARN>OSG:163"), code("Arnor imposed sanctions on Gondor and Osgiliath."));
    }

    @Test
    void lightVerbWithEventNounAndPreposition() {
        List<String> events = code("Arnor held talks with Gondor in Osgiliath.");
        assertEquals(List.of("ARN>GON:040"), events);
    }

    @Test
    void symmetricPatternPairsAGroupSubject() {
        assertEquals(List.of("ARN>GON:040"), code("The two sides discussed trade."));
    }

    @Test
    void nominalEventTakesThePossessorAsSource() {
        assertEquals(List.of("ARN>GON:042"), code("Arnor's visit to Gondor ended without agreement."));
    }

    @Test
    void relativePronounTakesTheActorsBeforeIt() {
        List<String> events = code("Attention is growing around a summit between Arnor and Gondor, who last met in 2019.");
        assertTrue(events.contains("ARN>GON:040") || events.contains("GON>ARN:040"), events.toString());
    }

    @Test
    void infinitiveComplementIsCodedOnceByTheEmbeddingVerb() {
        assertEquals(List.of("ARN>GON:138"), code("Arnor threatened to attack Gondor."));
    }

    @Test
    void possessorOfTheObjectIsTheTarget() {
        assertEquals(List.of("ARN>GON:021"), code("Arnor will seek Gondor's assistance."));
    }

    @Test
    void purposeClauseInheritsTheSubject() {
        List<String> events = code("Arnor is expected to use the trip to seek Gondor's cooperation.");
        assertEquals(List.of("ARN>GON:022"), events);
    }

    @Test
    void noActorsNoEvent() {
        assertEquals(List.of(), code("The weather was fine and the markets rose."));
    }

    @Test
    void anActorDoesNotActOnItself() {
        assertEquals(List.of(), code("Arnor praised Arnor."));
    }

    @Test
    void locationFromInPhraseIsNotATarget() {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "",
                "Arnor held talks with Gondor in Mordor last week."));
        List<CodedEvent> events = CODER.code(doc, ACTORS.resolve(doc));
        assertEquals(1, events.size());
        assertEquals("GON", events.get(0).target().roles().get(0).actor().code());
        assertEquals("Mordor", events.get(0).location().text());
        assertEquals("MOR", events.get(0).location().country());
        assertTrue(events.get(0).rule().contains("hold talks with *T"), events.get(0).rule());
    }
}
