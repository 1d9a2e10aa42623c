package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.CodedEvent;
import org.parley.testing.EventStrings;
import org.parley.testing.Articles;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** The coding scopes, on real parses with patterns compiled from a small PETRARCH dictionary. */
class ScopeFilterTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Osgiliath", "OSG");
    private static final PatternDictionary VERBS = new PetrarchVerbReader(CameoTable.builtIn()).read(String.join("\n",
            "--- RESTORE [064] ---", "RESTORE",
            "--- CONDEMN [111] ---", "CONDEMN",
            "--- ATTACK [190] ---", "ATTACK",
            "--- URGE [020] ---", "URGE", ""), "test.verbs").dictionary();

    private static List<String> code(CodingScope scope, String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        PatternEventCoder coder = new PatternEventCoder(VERBS, CodingOptions.STANDARD.withScope(scope));
        List<CodedEvent> events = coder.code(doc, ACTORS.resolve(doc));
        return EventStrings.of(events);
    }

    private static final String URGED = "Arnor urged Gondor to attack Osgiliath.";
    private static final String TWO_CLAUSES =
            "Arnor condemned Gondor after Gondor attacked Osgiliath, but Osgiliath restored relations with Gondor.";

    @Test
    void phraseCodesAVerbPhraseOnceByItsHighestCodedVerb() {
        assertEquals(List.of("ARN>GON:020"), code(CodingScope.PHRASE, URGED));
    }

    @Test
    void allCodesTheInfinitiveToo() {
        assertEquals(List.of("ARN>GON:020", "GON>OSG:190"), code(CodingScope.ALL, URGED));
    }

    @Test
    void phraseKeepsEveryEventOfEveryClause() {
        assertEquals(List.of("ARN>GON:111", "GON>OSG:190", "OSG>GON:064"), code(CodingScope.PHRASE, TWO_CLAUSES));
    }

    @Test
    void clauseKeepsTheFirstEventOfEachCoordinatedClause() {
        assertEquals(List.of("ARN>GON:111", "OSG>GON:064"), code(CodingScope.CLAUSE, TWO_CLAUSES));
    }

    @Test
    void sentenceKeepsOnlyTheFirstEvent() {
        assertEquals(List.of("ARN>GON:111"), code(CodingScope.SENTENCE, TWO_CLAUSES));
    }
}
