package org.parley.testing;

import java.util.List;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.pipeline.EventAssembler;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.StageClock;

/**
 * A pipeline of hand-written fake stages for tests of the services around it: each article becomes one sentence
 * (its whole text) and no events; an article whose body contains {@value #FAIL} makes the NLP stage throw.
 */
public final class FakeStages {
    public static final String FAIL = "FAIL-HERE";

    private FakeStages() {
    }

    public static Pipeline pipeline() {
        return new Pipeline(FakeStages::annotate, doc -> List.of(), (doc, actors) -> List.of(),
                (doc, events) -> List.of(), new EventAssembler(HandBuilt.cameoTable(), "test"), new StageClock());
    }

    private static AnnotatedDocument annotate(Article article) {
        if (article.body().contains(FAIL)) {
            throw new IllegalStateException("fake NLP failure");
        }
        String text = article.fullText();
        return new AnnotatedDocument(article, List.of(new Sentence(1, new Span(0, text.length()), text, List.of(),
                List.of(), List.of(), List.of())));
    }
}
