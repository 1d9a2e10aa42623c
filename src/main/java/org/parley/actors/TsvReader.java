package org.parley.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the common layout of Parley's dictionary files: UTF-8 text; lines starting with {@code #} are comments;
 * blank lines are ignored; the first other line is a header naming the columns, which must be exactly the expected
 * ones; every following line has exactly that many tab-separated fields. Anything else is an error naming the file
 * and the line.
 */
final class TsvReader {
    private TsvReader() {
    }

    /** Reads a file from disk. */
    static List<TsvRow> read(Path path, List<String> header) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.getFileName().toString(), header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Reads a class-path resource, e.g. {@code /org/parley/actors/countries.tsv}. */
    static List<TsvRow> resource(String name, List<String> header) {
        InputStream in = TsvReader.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("dictionary resource " + name + " is missing from the class path");
        }
        try (in) {
            return read(in, name.substring(name.lastIndexOf('/') + 1), header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** Reads a stream (not closed here); {@code file} names it in messages. */
    static List<TsvRow> read(InputStream in, String file, List<String> header) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<TsvRow> rows = new ArrayList<>();
        int lineNo = 0;
        boolean headerSeen = false;
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line);
                if (!headerSeen) {
                    if (!fields.equals(header)) {
                        throw new DictionaryFormatException(file, lineNo,
                                "header must be the columns " + header + " separated by tabs, got " + fields);
                    }
                    headerSeen = true;
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new DictionaryFormatException(file, lineNo, "expected " + header.size()
                            + " tab-separated columns " + header + ", got " + fields.size());
                }
                rows.add(new TsvRow(file, lineNo, fields));
            }
        } catch (CharacterCodingException e) {
            throw new DictionaryFormatException(file, lineNo + 1, "not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!headerSeen) {
            throw new DictionaryFormatException(file, lineNo, "no header line " + header);
        }
        return rows;
    }

    private static List<String> split(String line) {
        return Arrays.stream(line.split("\t", -1)).map(String::trim).toList();
    }
}
