package org.parley.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A verb dictionary read into Parley's pattern engine: the compiled patterns, and every construct that was not
 * translated (or not fully), with where it stands. Reads PETRARCH ({@link PetrarchVerbReader}), TABARI
 * ({@link TabariVerbReader}) and Parley's own pattern format ({@link PatternDictionary#read}), telling them apart by
 * their content ({@link #detect}).
 *
 * @param source   the file name the patterns' ids start with
 * @param format   the format read
 * @param patterns the compiled patterns, in file order
 * @param warnings constructs not translated or not fully translated, in file order
 * @param discards discard phrases the dictionary holds: TABARI marks words that are no verbs but discard the sentence
 *                 ({@code SOCCER [###]}, {@code ONCE_UPON_A_TIME [###]}) like verbs
 */
public record VerbDictionary(String source, Format format, List<EventPattern> patterns, List<VerbWarning> warnings,
                             DiscardList discards) {
    private static final Pattern PARLEY_LINE = Pattern.compile("\\d{2,4}\\s+\\S.*");

    /** The verb dictionary formats Parley reads. */
    public enum Format {
        /** Parley's own {@code patterns.txt} format */
        PARLEY,
        /** PETRARCH (1 and 2): {@code --- VERB [CODE] ---} blocks, {@code &SYNSET}s, {@code - pattern [CODE]} */
        PETRARCH,
        /** TABARI: {@code VERB [CODE]} entries each followed by its {@code - pattern [CODE]} lines */
        TABARI
    }

    public VerbDictionary {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        patterns = List.copyOf(patterns);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(discards, "discards");
    }

    /** The patterns as a dictionary for {@link PatternEventCoder}. */
    public PatternDictionary dictionary() {
        return PatternDictionary.of(patterns);
    }

    /** How many constructs of each kind were not (fully) translated. */
    public Map<String, Integer> warningCounts() {
        Map<String, Integer> out = new TreeMap<>();
        for (VerbWarning w : warnings) {
            out.merge(w.kind(), 1, Integer::sum);
        }
        return out;
    }

    /**
     * Reads a verb dictionary file in any of the three formats; a malformed line raises an
     * {@link IllegalArgumentException} whose message starts with {@code FILE:LINE:}.
     */
    public static VerbDictionary read(Path file, CameoTable cameo) throws IOException {
        return read(decode(Files.readAllBytes(file)), file.getFileName().toString(), cameo);
    }

    /** Reads dictionary text; {@code name} is the file name used in ids and messages. */
    public static VerbDictionary read(String text, String name, CameoTable cameo) throws IOException {
        Format format = detect(text);
        return switch (format) {
            case PETRARCH -> new PetrarchVerbReader(cameo).read(text, name);
            case TABARI -> new TabariVerbReader(cameo).read(text, name);
            case PARLEY -> {
                try (InputStream in = new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
                    PatternDictionary d = PatternDictionary.read(in, name);
                    for (EventPattern p : d.patterns()) {
                        if (cameo.find(p.code()).isEmpty()) {
                            throw new IllegalArgumentException(p.id() + ": code " + p.code() + " is not in the CAMEO table");
                        }
                    }
                    yield new VerbDictionary(name, format, d.patterns(), List.of(), DiscardList.none());
                }
            }
        };
    }

    /**
     * Tells the formats apart: PETRARCH files have {@code ---} block headers; TABARI files have verb lines followed by
     * {@code -} pattern lines and no block headers; Parley's lines start with a CAMEO code.
     */
    public static Format detect(String text) {
        int petrarch = 0;
        int tabari = 0;
        int parley = 0;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.strip();
            if (line.startsWith("---")) {
                petrarch++;
            } else if (line.startsWith("- ") || line.startsWith("<SYNSETS>")) {
                tabari++;
            } else if (PARLEY_LINE.matcher(line).matches()) {
                parley++;
            }
        }
        if (petrarch > 0) {
            return Format.PETRARCH;
        }
        if (tabari > 0) {
            return Format.TABARI;
        }
        if (parley > 0) {
            return Format.PARLEY;
        }
        throw new IllegalArgumentException("not a verb dictionary: no PETRARCH block (---), TABARI pattern (- ...) "
                + "or Parley pattern line (CODE words)");
    }

    /** UTF-8 when the bytes are valid UTF-8, else Latin-1 (old dictionaries are not always UTF-8). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** Every warning as a line, for reports. */
    public List<String> warningLines() {
        List<String> out = new ArrayList<>();
        for (VerbWarning w : warnings) {
            out.add(w.toString());
        }
        return out;
    }
}
