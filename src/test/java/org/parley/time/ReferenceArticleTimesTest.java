package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.ReadResult;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Article;
import org.parley.testing.SharedAnnotator;

/** Every row of the temporal table of {@code shared/seed/EXPECTED.md}, through the product's reader and stages. */
class ReferenceArticleTimesTest {
    private static final Path SEED = Path.of("../shared/seed/000_5dfa7096dc1e9eff.txt");

    /** sentence, words, Parley's value, modifier (null: not checked). */
    private record Row(int sentence, String text, String value, String modifier) {
    }

    private static final List<Row> TABLE = List.of(
            new Row(0, "January", "2026-01", null),
            new Row(1, "January", "2026-01", null),
            new Row(2, "early January", "2026-01", "EARLY"),
            new Row(2, "June", "2025-06", null),
            new Row(2, "2019", "2019", null),
            new Row(3, "late October", "2025-10", "LATE"),
            new Row(3, "2014", "2014", null),
            new Row(5, "last week", "2025-W51", null),
            new Row(7, "July of last year", "2024-07", null),
            new Row(10, "2019", "2019", null),
            new Row(11, "April", "2026-04", null),
            new Row(11, "November", "2026-11", null));

    @Test
    void everyTimeExpressionOfTheTableHasItsValue() {
        assumeTrue(Files.exists(SEED), "../shared is not present");
        Article article;
        try (var results = new ArticleReader().read(SEED)) {
            article = ((ReadResult.Read) results.findFirst().orElseThrow()).article();
        }
        AnnotatedDocument doc = SharedAnnotator.get().annotate(article);
        Map<Integer, List<CorrectedTime>> times = new DependencyEventTimer().correctedTimes(doc);
        List<String> wrong = new ArrayList<>();
        for (Row row : TABLE) {
            CorrectedTime t = times.getOrDefault(row.sentence(), List.of()).stream()
                    .filter(c -> c.expression().text().equals(row.text())).findFirst().orElse(null);
            if (t == null) {
                wrong.add("s" + row.sentence() + " '" + row.text() + "' not found");
            } else if (!t.valueText().equals(row.value()) || row.modifier() != null && !row.modifier().equals(t.modifier())) {
                wrong.add("s" + row.sentence() + " '" + row.text() + "' = " + t.valueText() + " " + t.modifier());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(12, TABLE.size());
    }
}
