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
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a PETRARCH or TABARI dictionary file that carry entries. Taken out, as both programs do: blank lines;
 * comments from {@code #} or {@code ;} to the end of the line; lines starting with {@code <} (XML-style comments
 * such as {@code <!-- ... -->}, which may span lines until {@code -->}); everything from a {@code ---STOP---}
 * (PETRARCH) or {@code ~~FINISH} (TABARI) line on. TABARI's word lists {@code <NOUN>...</NOUN>} and
 * {@code <ADJECTIVE>...</ADJECTIVE>} serve its own parser and are skipped with a warning, as are non-blank lines
 * after a stop line.
 */
final class DictionaryLines {
    private static final Pattern OPEN_TAG = Pattern.compile("<([A-Za-z]+)>");
    private static final Pattern CLOSE_TAG = Pattern.compile("</([A-Za-z]+)>");

    /** A line with content: its number, the text without comment and trailing blanks, and whether it is indented. */
    record Line(int number, String text, boolean indented) {
    }

    private DictionaryLines() {
    }

    /** Every line of a file, strictly UTF-8, without a leading byte-order mark. */
    static List<String> read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Every line of a stream (not closed here), strictly UTF-8; {@code file} names it in messages. */
    static List<String> read(InputStream in, String file) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
            String line;
            while ((line = reader.readLine()) != null) {
                if (lines.isEmpty() && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                lines.add(line);
            }
        } catch (CharacterCodingException e) {
            throw new DictionaryFormatException(file, lines.size() + 1, "not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return lines;
    }

    /** The lines with entries, in order; warnings for skipped word lists and for lines after a stop line. */
    static List<Line> content(List<String> lines, String file, List<DictionaryWarning> warnings) {
        List<Line> out = new ArrayList<>();
        boolean inComment = false;
        int commentStart = 0;
        String block = null;
        int blockStart = 0;
        int blockLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String raw = lines.get(i);
            String t = raw.strip();
            if (inComment) {
                inComment = !t.contains("-->");
                continue;
            }
            if (t.isEmpty()) {
                continue;
            }
            if (block != null) {
                Matcher close = CLOSE_TAG.matcher(t);
                if (close.matches() && close.group(1).equalsIgnoreCase(block)) {
                    warnings.add(new DictionaryWarning(file, blockStart, DictionaryWarning.Kind.NOT_USED,
                            "TABARI's <" + block + "> list (" + blockLines + " words, lines " + blockStart + "-"
                                    + number + ") serves TABARI's own parser; Parley's NLP stage does that job"));
                    block = null;
                } else if (!t.startsWith("#")) {
                    blockLines++;
                }
                continue;
            }
            String upper = t.toUpperCase(Locale.ROOT);
            if (upper.startsWith("---STOP---") || upper.startsWith("~~FINISH")) {
                int rest = 0;
                for (int k = i + 1; k < lines.size(); k++) {
                    String r = lines.get(k).strip();
                    if (!r.isEmpty() && !r.startsWith("#")) {
                        rest++;
                    }
                }
                if (rest > 0) {
                    warnings.add(new DictionaryWarning(file, number, DictionaryWarning.Kind.NOT_USED,
                            rest + " lines after '" + t + "' are not read (the file ends here)"));
                }
                break;
            }
            if (t.startsWith("<")) {
                Matcher open = OPEN_TAG.matcher(t);
                Matcher close = CLOSE_TAG.matcher(t);
                if (open.matches()) {
                    block = open.group(1);
                    blockStart = number;
                    blockLines = 0;
                } else if (close.matches()) {
                    throw new DictionaryFormatException(file, number, "'" + t + "' closes a list that was not opened");
                } else if (t.startsWith("<!") && !t.contains("-->")) {
                    inComment = true;
                    commentStart = number;
                }
                continue;
            }
            String text = withoutComment(raw).stripTrailing();
            if (text.isBlank()) {
                continue;
            }
            out.add(new Line(number, text, raw.startsWith("\t") || raw.startsWith(" ")));
        }
        if (block != null) {
            throw new DictionaryFormatException(file, blockStart,
                    "<" + block + "> is never closed by </" + block + ">");
        }
        if (inComment) {
            throw new DictionaryFormatException(file, commentStart, "the comment '<!' is never closed by '-->'");
        }
        return out;
    }

    /** The line up to its first {@code #} or {@code ;} outside brackets ({@code [### <890101]} is a code). */
    static String withoutComment(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[') {
                depth++;
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if ((c == '#' || c == ';') && depth == 0) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
