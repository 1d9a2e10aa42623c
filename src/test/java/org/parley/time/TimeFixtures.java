package org.parley.time;

import org.parley.model.AnnotatedDocument;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.testing.Articles;
import org.parley.testing.SharedAnnotator;

/** Parses one-sentence articles dated 2025-12-27 (a Saturday) for the time stage's tests. */
final class TimeFixtures {
    static final String DATE = "2025-12-27";

    private TimeFixtures() {
    }

    static Sentence sentence(String text) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(Articles.of(DATE, "", text));
        return doc.sentences().get(0);
    }

    static TimeExpression time(Sentence s, String text) {
        return s.times().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time expression '" + text + "' in " + s.times()));
    }

    static int token(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + word + "'")).index();
    }
}
