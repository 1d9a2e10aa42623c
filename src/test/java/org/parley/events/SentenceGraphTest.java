package org.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Sentence;
import org.parley.testing.Articles;
import org.parley.testing.PhraseActorResolver;
import org.parley.testing.SharedAnnotator;

/** The sentence view the engine matches against, on real parses. */
class SentenceGraphTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Rohan the elder", "ROH");

    private static SentenceGraph graph(String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        Sentence s = doc.sentences().get(0);
        List<ActorMention> actors = ACTORS.resolve(doc).stream().filter(m -> m.sentence() == s.index()).toList();
        return new SentenceGraph(s, actors);
    }

    private static int word(SentenceGraph g, String word) {
        for (int i = 0; i < g.sentence().tokens().size(); i++) {
            if (g.token(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no word " + word);
    }

    private static List<String> words(SentenceGraph g, List<Integer> tokens) {
        return tokens.stream().map(t -> g.token(t).word()).toList();
    }

    private static List<String> codes(List<ActorMention> mentions) {
        return mentions.stream().map(m -> m.roles().get(0).actor().code()).toList();
    }

    @Test
    void aSecondSubjectInTheBasicTreeIsAWordOfTheFirstSubjectsPhrase() {
        // the parser makes "elder" (of "Rohan the elder", inside the first subject's phrase) a second subject
        SentenceGraph g = graph("The Arnor minister at the heart of a row with Rohan the elder urged Gondor to act.");
        int urged = word(g, "urged");
        assertEquals(List.of("elder"), words(g, g.strayedSubjects(urged)));
        assertEquals(List.of("minister"), words(g, g.subjects(urged)));
        // the first subject names no actor itself: its clause is not done by the stray one's actor
        assertEquals(List.of(), codes(g.subjectActors(urged)));
        assertEquals(List.of("ARN"), codes(ContextMatcher.subject(g, urged)));
    }

    @Test
    void aSubjectTheReportingVerbTookAsItsObjectIsTheReportedVerbs() {
        // the parser makes "Warsaw" the object of "said" and leaves "close" without a subject
        SentenceGraph g = graph("Sikorski said Warsaw would close the Russian consulate by the end of the month.");
        assertEquals(List.of("Warsaw"), words(g, g.subjects(word(g, "close"))));
        SentenceGraph told = graph("Arnor told Gondor it would close the consulate.");
        assertEquals(List.of("it"), words(told, told.subjects(word(told, "close"))), "a subject of its own stays");
    }

    @Test
    void subjectsListedWithACommaOnlyAreAllSubjects() {
        SentenceGraph g = graph("Arnor, Gondor signed a trade deal on Monday.");
        int signed = word(g, "signed");
        assertEquals(List.of(), g.strayedSubjects(signed));
        assertEquals(List.of("ARN", "GON"), codes(g.subjectActors(signed)));
    }

    @Test
    void oneSubjectAndAConjoinedSubjectAreKept() {
        SentenceGraph g = graph("Arnor and Gondor signed a trade deal on Monday.");
        int signed = word(g, "signed");
        assertEquals(List.of(), g.strayedSubjects(signed));
        assertEquals(List.of("ARN", "GON"), codes(g.subjectActors(signed)));
    }
}
