package org.parley.model;

import java.util.List;
import java.util.Objects;

/** An article with its sentences as annotated by the {@code nlp} stage. */
public record AnnotatedDocument(Article article, List<Sentence> sentences) {
    public AnnotatedDocument {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
