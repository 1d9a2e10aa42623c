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

/** The parties of a relation a subject noun names, on real parses. */
class RelationPartiesTest {
    private static final PhraseActorResolver ACTORS = new PhraseActorResolver()
            .add("Arnor", "ARN").add("Gondor", "GON").add("Rohan", "ROH");

    private static SentenceGraph graph(String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of("2025-06-01", "", text));
        Sentence s = doc.sentences().get(0);
        return new SentenceGraph(s, ACTORS.resolve(doc).stream().filter(m -> m.sentence() == s.index()).toList());
    }

    private static List<String> partiesOfSubject(String text, String verb) {
        SentenceGraph g = graph(text);
        for (int i = 0; i < g.sentence().tokens().size(); i++) {
            if (g.token(i).word().equals(verb)) {
                return codes(RelationParties.of(g, g.subjects(i)));
            }
        }
        throw new AssertionError("no verb " + verb);
    }

    private static List<String> codes(List<ActorMention> mentions) {
        return mentions.stream().map(m -> m.roles().get(0).actor().code()).toList();
    }

    @Test
    void theBetweenPhraseOfTheSubjectNoun() {
        assertEquals(List.of("ARN", "GON"), partiesOfSubject("Talks between Arnor and Gondor produced an accord.",
                "produced"));
    }

    @Test
    void behindAnOfPhrase() {
        assertEquals(List.of("ARN", "GON"), partiesOfSubject(
                "The resumption of ties between Arnor and Gondor may spur trade with Rohan.", "spur"));
    }

    @Test
    void noBetweenPhraseNamesNoParties() {
        assertEquals(List.of(), partiesOfSubject("The resumption of ties with Arnor may spur trade with Rohan.",
                "spur"));
    }
}
