package org.parley.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the paths a user named into the files to read. Folders are walked depth-first, each folder's entries in
 * name order; entries whose name starts with {@code .} are skipped, as are symbolic links to folders (to avoid
 * cycles) and anything that is not a regular file. Paths named explicitly are kept as given, even hidden or missing
 * ones, and so is a folder that cannot be listed: reading it reports the problem.
 */
final class PathExpander {
    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    private PathExpander() {
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    files.addAll(walk(path));
                } catch (IOException e) {
                    files.add(path);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /**
     * The files under {@code folder}, in reading order.
     *
     * @throws IOException if {@code folder} itself cannot be listed; a sub-folder that cannot be listed is returned
     *                     in place of its files
     */
    static List<Path> walk(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        walkInto(folder, files);
        return files;
    }

    private static void walkInto(Path folder, List<Path> files) throws IOException {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.filter(p -> !p.getFileName().toString().startsWith(".")).sorted(BY_NAME).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    walkInto(entry, files);
                } catch (IOException e) {
                    files.add(entry);
                }
            } else if (Files.isRegularFile(entry)) {
                files.add(entry);
            }
        }
    }
}
