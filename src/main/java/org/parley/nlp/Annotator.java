package org.parley.nlp;

import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;

/** The {@code nlp} stage: sentences, tokens, lemmas, entities, dependencies and temporal expressions. */
public interface Annotator {
    AnnotatedDocument annotate(Article article);
}
