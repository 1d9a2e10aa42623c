package org.parley.app;

import java.util.Objects;
import org.parley.ingest.IngestError;
import org.parley.model.Article;
import org.parley.pipeline.CodedArticle;

/** What became of one input article: coded, skipped as already stored, or failed with a reason. */
public sealed interface Outcome {
    record Coded(Article article, CodedArticle result) implements Outcome {
        public Coded {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(result, "result");
        }
    }

    record Skipped(Article article) implements Outcome {
        public Skipped {
            Objects.requireNonNull(article, "article");
        }
    }

    record Failed(IngestError error) implements Outcome {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}
