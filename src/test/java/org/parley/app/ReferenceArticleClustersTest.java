package org.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ingest.ArticleReader;
import org.parley.store.EventCluster;
import org.parley.store.EventQuery;
import org.parley.store.EventStore;

/** The reference article through the whole line: its talks (M4, s5) and discussion (M5, s6) are one cluster. */
class ReferenceArticleClustersTest {
    private static final Path SEED = Path.of("../shared/seed/000_5dfa7096dc1e9eff.txt");

    @Test
    void theTalksAndTheDiscussionAreOneCluster() {
        assumeTrue(Files.exists(SEED), "../shared is not present");
        ArticleReader reader = new ArticleReader();
        IngestService service = new IngestService(reader, new ArticleProcessor(reader, Engine.shared().pipeline(), 1));
        try (EventStore store = EventStore.inMemory()) {
            service.ingest(List.of(SEED), store, "test", IngestListener.SILENT);
            List<EventCluster> talks = store.clusters(EventQuery.all().withDyad("KOR", "CHN")).stream()
                    .filter(c -> c.cameoRoot().equals("04") && c.mentions() == 2).toList();
            assertEquals(1, talks.size(), store.clusters(EventQuery.all()).toString());
            EventCluster c = talks.get(0);
            assertEquals("046", c.cameoCode(), "the more specific code wins");
            assertEquals(List.of("CHNGOV", "KORGOV"), List.of(c.source(), c.target()));
            assertTrue(c.dateStart().toString().startsWith("2025-12-15"), c.toString());
        }
    }
}
