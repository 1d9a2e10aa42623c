package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The example articles bundled in the jar (listed in {@code examples/index.txt}), copied to a temporary folder that
 * is deleted on close.
 */
final class BundledExamples implements AutoCloseable {
    static final String FOLDER = "/org/parley/examples/";

    private final Path folder;
    private final List<String> names;

    private BundledExamples(Path folder, List<String> names) {
        this.folder = folder;
        this.names = names;
    }

    static BundledExamples copy() throws IOException {
        Path folder = Files.createTempDirectory("parley-examples");
        List<String> names = index();
        for (String name : names) {
            try (InputStream in = BundledExamples.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled example " + name + " is missing");
                }
                Files.copy(in, folder.resolve(name));
            }
        }
        return new BundledExamples(folder, names);
    }

    /** The files the bundled index lists. */
    static List<String> index() throws IOException {
        try (InputStream in = BundledExamples.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("bundled example index is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    Path folder() {
        return folder;
    }

    List<String> names() {
        return names;
    }

    @Override
    public void close() {
        try {
            for (String name : names) {
                Files.deleteIfExists(folder.resolve(name));
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
