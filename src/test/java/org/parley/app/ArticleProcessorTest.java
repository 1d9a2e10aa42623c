package org.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.ArticleReader;
import org.parley.testing.FakeStages;

class ArticleProcessorTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void outcomesComeInInputOrderAndOneFailureDoesNotStopTheBatch() throws IOException {
        for (int i = 0; i < 9; i++) {
            write(String.format("%02d.txt", i), "date 2025-01-0" + (i + 1) + " Title " + i + "\n\nBody number " + i + ".");
        }
        write("04b.txt", "date 2025-02-01 Broken\n\nThis one says " + FakeStages.FAIL + ".");
        write("05b.txt", "date 2025-13-45 Bad date\n\nBody.");
        List<Outcome> outcomes = new ArrayList<>();
        new ArticleProcessor(new ArticleReader(), FakeStages.pipeline(), 3).process(List.of(dir), a -> false, outcomes::add);
        assertEquals(11, outcomes.size());
        List<String> order = outcomes.stream().map(o -> o instanceof Outcome.Coded c ? c.article().title()
                : ((Outcome.Failed) o).error().origin()).toList();
        assertEquals("Title 0", order.get(0));
        assertTrue(order.get(5).endsWith("04b.txt"), order.toString());
        assertTrue(((Outcome.Failed) outcomes.get(5)).error().reason().contains("coding failed: fake NLP failure"));
        assertTrue(order.get(7).endsWith("05b.txt"), order.toString());
        assertTrue(((Outcome.Failed) outcomes.get(7)).error().reason().contains("impossible date"));
        assertEquals("Title 8", order.get(10));
    }

    @Test
    void skippedArticlesAreNotCoded() throws IOException {
        write("a.txt", "date 2025-01-01 Keep\n\nBody.");
        write("b.txt", "date 2025-01-01 Skip\n\nBody " + FakeStages.FAIL);
        List<Outcome> outcomes = new ArrayList<>();
        new ArticleProcessor(new ArticleReader(), FakeStages.pipeline(), 1)
                .process(List.of(dir), a -> a.title().equals("Skip"), outcomes::add);
        assertInstanceOf(Outcome.Coded.class, outcomes.get(0));
        assertInstanceOf(Outcome.Skipped.class, outcomes.get(1), "skipped before the failing NLP stage ran");
    }

    @Test
    void needsAtLeastOneThread() {
        assertThrows(IllegalArgumentException.class,
                () -> new ArticleProcessor(new ArticleReader(), FakeStages.pipeline(), 0));
    }
}
