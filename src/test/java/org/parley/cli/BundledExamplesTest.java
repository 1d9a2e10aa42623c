package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundledExamplesTest {
    @Test
    void theIndexListsEveryExampleArticleInTheSourceTree() throws IOException {
        Path folder = Path.of("src/main/resources/org/parley/examples");
        List<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") && !n.equals("index.txt"))
                    .sorted().toList();
        }
        assertEquals(files, BundledExamples.index());
        assertTrue(files.size() >= 6, "6-10 bundled examples: " + files);
    }

    @Test
    void copiesToATemporaryFolderAndCleansUp() throws IOException {
        Path folder;
        try (BundledExamples examples = BundledExamples.copy()) {
            folder = examples.folder();
            for (String name : examples.names()) {
                assertTrue(Files.readString(folder.resolve(name)).startsWith("date 20"), name);
            }
        }
        assertFalse(Files.exists(folder));
    }
}
