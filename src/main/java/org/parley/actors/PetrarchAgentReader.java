package org.parley.actors;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads PETRARCH-2 (Phoenix) agent dictionaries such as {@code Phoenix.agents.txt} into one layer of Parley's
 * dictionaries ({@link CodedAgentFile} describes the format as Parley reads it; {@code docs/DICTIONARIES.md},
 * "Bringing your own dictionaries", lists what is read and what is left out). A line that cannot be read is a {@link
 * DictionaryFormatException} naming the file and line; what is read in Parley's own way or left out is a {@link
 * DictionaryWarning} of the result.
 */
public final class PetrarchAgentReader {
    private PetrarchAgentReader() {
    }

    public static DictionaryFile read(Path path) {
        return CodedAgentFile.read(DictionaryLines.read(path), path.getFileName().toString(), DictionaryFormat.PETRARCH);
    }

    /** Reads a stream (not closed here); {@code fileName} names it in messages. */
    public static DictionaryFile read(InputStream in, String fileName) {
        return CodedAgentFile.read(DictionaryLines.read(in, fileName), fileName, DictionaryFormat.PETRARCH);
    }
}
