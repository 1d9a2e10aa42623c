package org.parley.ingest;

import java.util.Objects;
import org.parley.model.Article;

/**
 * The outcome of reading one article from the input: either the {@link Read article} or the {@link Failed reason}
 * it could not be read. A batch yields one result per article found and one per problem, so a bad file or line never
 * hides the good ones.
 */
public sealed interface ReadResult {

    /** An article that was read successfully. */
    record Read(Article article) implements ReadResult {
        public Read {
            Objects.requireNonNull(article, "article");
        }
    }

    /** An input that could not be read as an article. */
    record Failed(IngestError error) implements ReadResult {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}
