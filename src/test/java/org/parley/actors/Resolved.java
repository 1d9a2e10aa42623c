package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedDocument;

/** The mentions a resolver made for a hand-built document, with lookups for assertions. */
final class Resolved {
    private static DictionaryActorResolver builtIn;

    final AnnotatedDocument doc;
    final List<ActorMention> mentions;

    private Resolved(AnnotatedDocument doc, List<ActorMention> mentions) {
        this.doc = doc;
        this.mentions = mentions;
    }

    /** The bundled resolver, built once for all tests of the JVM (the trie takes a fraction of a second). */
    static synchronized DictionaryActorResolver resolver() {
        if (builtIn == null) {
            builtIn = DictionaryActorResolver.builtIn();
        }
        return builtIn;
    }

    static Resolved of(Docs docs) {
        return of(docs, resolver());
    }

    /** The mentions {@code resolver} makes for the document. */
    static Resolved of(Docs docs, ActorResolver resolver) {
        AnnotatedDocument d = docs.build();
        return new Resolved(d, resolver.resolve(d));
    }

    LocalDate date() {
        return doc.article().date();
    }

    /** Codes, on the article's date, of the mentions whose text is exactly {@code text}, in order. */
    List<String> codes(String text) {
        return mentions.stream().filter(m -> m.text().equals(text))
                .map(m -> m.roleOn(date()).actor().code()).toList();
    }

    /** The only mention with this text. */
    ActorMention one(String text) {
        List<ActorMention> found = mentions.stream().filter(m -> m.text().equals(text)).toList();
        assertTrue(found.size() == 1, "expected one mention '" + text + "', got " + found + " among " + texts());
        return found.get(0);
    }

    /** Asserts that no mention touches a token whose word is {@code word}. */
    void noActorOn(String word) {
        for (ActorMention m : mentions) {
            var s = doc.sentences().stream().filter(x -> x.index() == m.sentence()).findFirst().orElseThrow();
            for (int k = m.firstToken(); k < m.endToken(); k++) {
                assertFalse(s.token(k).word().equals(word), "'" + word + "' is inside the mention '" + m.text()
                        + "' (" + m.rule() + ")");
            }
        }
    }

    List<String> texts() {
        return mentions.stream().map(m -> m.text() + "=" + m.roleOn(date()).actor().code()).toList();
    }

    boolean isEmpty() {
        return mentions.isEmpty();
    }
}
