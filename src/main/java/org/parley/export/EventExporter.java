package org.parley.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.parley.events.CameoTable;
import org.parley.model.StoredEvent;

/**
 * Writes stored events to a file in an {@link ExportFormat}. The file is written under a temporary name in the same
 * folder and moved into place at the end, atomically, so that an interrupted export never leaves a partial file
 * under the final name. An existing file is replaced only when asked.
 */
public final class EventExporter {
    private EventExporter() {
    }

    /**
     * @return how many events the file holds
     * @throws FileAlreadyExistsException if {@code out} exists and {@code force} is false
     */
    public static long export(List<StoredEvent> events, ExportFormat format, Path out, boolean force)
            throws IOException {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(format, "format");
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new IOException(out + " is a directory");
        }
        if (!force && Files.exists(target)) {
            throw new FileAlreadyExistsException(out.toString(), null, "exists; use --force to replace it");
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // A fresh name, not createTempFile: that would make the file owner-only instead of following the umask.
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            long count = write(events, format, temp);
            move(temp, target, force);
            return count;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static long write(List<StoredEvent> events, ExportFormat format, Path file) throws IOException {
        if (format == ExportFormat.CSV || format == ExportFormat.PARQUET) {
            try {
                DuckDbTableWriter.write(events, file, format.name());
            } catch (SQLException e) {
                throw new IOException("DuckDB could not write " + format.label() + ": " + e.getMessage(), e);
            }
            return events.size();
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            switch (format) {
                case GDELT -> new GdeltEventWriter(w).write(events);
                case GDELT_MENTIONS -> new GdeltMentionsWriter(w).write(events);
                case PLOVER -> {
                    PloverWriter p = new PloverWriter(w, CameoTable.builtIn());
                    p.write(events);
                    return events.size() - p.skipped();
                }
                default -> throw new IllegalStateException(format.label());
            }
        }
        return events.size();
    }

    private static void move(Path temp, Path target, boolean force) throws IOException {
        if (!force && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "appeared during the export; not replaced");
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
