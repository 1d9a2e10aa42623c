package org.parley.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a PETRARCH verb dictionary (PETRARCH 1 and 2: {@code CAMEO.2.0.txt}, {@code PETR.Validate.verbs.txt}) into
 * patterns for Parley's engine.
 *
 * <p>The file holds synsets ({@code &NAME} followed by {@code +member} lines) and verb blocks: a header
 * {@code --- NAME [CODE] ---}, verb lines ({@code VERB {IRREGULAR FORMS} [CODE]}, multi-word verbs
 * {@code +CORDON_OFF}, {@code WIRE_+TAP}) and pattern lines {@code - words * words [CODE] # comment} that apply to
 * every verb of the block. {@code ~} lines are transformations. Comments run from {@code #} to the end of the line;
 * {@code <!-- ... -->} blocks are comments too.
 *
 * <p>A line the reader cannot place (a pattern or verb line outside a block, a pattern without {@code [CODE]}, an
 * unbalanced brace) raises an {@link IllegalArgumentException} whose message starts with {@code FILE:LINE:}. A
 * pattern it reads but cannot translate is left out and listed among the result's warnings.
 */
public final class PetrarchVerbReader {
    private final CameoTable cameo;

    public PetrarchVerbReader(CameoTable cameo) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    public VerbDictionary read(Path file) throws IOException {
        return read(VerbDictionary.decode(Files.readAllBytes(file)), file.getFileName().toString());
    }

    /** Reads dictionary text; {@code name} starts every pattern id ({@code name:line}) and error message. */
    public VerbDictionary read(String text, String name) {
        return new Run(new VerbPatternCompiler(name, VerbPatternCompiler.Dialect.PETRARCH, cameo)).read(text);
    }

    /** The state of one read. */
    private static final class Run {
        private final VerbPatternCompiler c;
        private String synset;
        private final List<String> members = new ArrayList<>();
        private final List<Integer> memberLines = new ArrayList<>();
        private boolean inBlock;
        private String blockCode = EventPattern.NO_CODE;
        private final List<VerbPatternCompiler.Verb> verbs = new ArrayList<>();
        private final List<VerbPatternCompiler.PendingDefault> defaults = new ArrayList<>();
        private final List<VerbPatternCompiler.PendingPattern> pending = new ArrayList<>();

        Run(VerbPatternCompiler c) {
            this.c = c;
        }

        VerbDictionary read(String text) {
            String[] lines = text.split("\r?\n|\r", -1);
            boolean inComment = false;
            for (int k = 0; k < lines.length; k++) {
                int lineNo = k + 1;
                String line = lines[k];
                if (inComment) {
                    int end = line.indexOf("-->");
                    if (end < 0) {
                        continue;
                    }
                    inComment = false;
                    line = line.substring(end + 3);
                }
                int open = line.indexOf("<!--");
                if (open >= 0) {
                    int end = line.indexOf("-->", open);
                    if (end < 0) {
                        inComment = true;
                        line = line.substring(0, open);
                    } else {
                        line = line.substring(0, open) + line.substring(end + 3);
                    }
                }
                String content = stripComment(line).strip();
                if (content.isEmpty()) {
                    continue;
                }
                line(content, lineNo);
            }
            finishSynset();
            finishBlock();
            return c.result(VerbDictionary.Format.PETRARCH);
        }

        /** Text before a {@code #} that is not inside {@code [...]} ({@code [###]} is a code). */
        private static String stripComment(String line) {
            int depth = 0;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '[') {
                    depth++;
                } else if (ch == ']') {
                    depth = Math.max(0, depth - 1);
                } else if (ch == '#' && depth == 0) {
                    return line.substring(0, i);
                }
            }
            return line;
        }

        private void line(String content, int lineNo) {
            if (content.startsWith("---")) {
                finishSynset();
                finishBlock();
                inBlock = true;
                String spec = bracket(content, lineNo);
                blockCode = spec == null ? EventPattern.NO_CODE : spec;
                if (spec != null && content.indexOf('[', content.indexOf(']')) >= 0) {
                    c.warn(lineNo, VerbWarning.KIND_HEADER, content);
                }
            } else if (content.startsWith("&")) {
                finishSynset();
                String name = content.substring(1).strip().split("\\s+")[0];
                if (name.endsWith("_")) {
                    name = name.substring(0, name.length() - 1); // '_': no plurals, which lemmas make moot
                }
                if (name.isEmpty()) {
                    throw c.error(lineNo, "synset without a name");
                }
                synset = name;
            } else if (content.startsWith("+") && synset != null) {
                members.add(content.substring(1).strip());
                memberLines.add(lineNo);
            } else if (content.startsWith("~")) {
                finishSynset();
                c.warn(lineNo, VerbWarning.KIND_TRANSFORMATION, content);
            } else if (content.startsWith("-")) {
                finishSynset();
                if (!inBlock) {
                    throw c.error(lineNo, "pattern outside a verb block (no '--- VERB [CODE] ---' before it)");
                }
                int bracket = content.lastIndexOf('[');
                if (bracket < 0 || content.indexOf(']', bracket) < 0) {
                    throw c.error(lineNo, "pattern without [CODE]: '" + content + "'");
                }
                if (!content.substring(content.indexOf(']', bracket) + 1).isBlank()) {
                    throw c.error(lineNo, "text after the [CODE] of a pattern: '" + content + "'");
                }
                String body = content.substring(1, bracket);
                VerbPatternCompiler.Code code = c.code(content.substring(bracket + 1, content.indexOf(']', bracket)),
                        lineNo, content);
                VerbPatternCompiler.Compiled compiled = code == null ? null : c.translate(body, lineNo, content);
                pending.add(new VerbPatternCompiler.PendingPattern(code, compiled, lineNo, content));
            } else {
                finishSynset();
                if (!inBlock) {
                    throw c.error(lineNo, "verb line outside a verb block (no '--- VERB [CODE] ---' before it)");
                }
                verbLine(content, lineNo);
            }
        }

        /** {@code VERB {FORMS} [CODE]}, {@code +MULTI_WORD {...}}, {@code PRE_+VERB}. */
        private void verbLine(String content, int lineNo) {
            String rest = content;
            String spec = null;
            int bracket = rest.indexOf('[');
            if (bracket >= 0) {
                int close = rest.indexOf(']', bracket);
                if (close < 0) {
                    throw c.error(lineNo, "unclosed '[' in '" + content + "'");
                }
                spec = rest.substring(bracket + 1, close);
                rest = rest.substring(0, bracket) + rest.substring(close + 1);
            }
            List<String> forms = new ArrayList<>();
            boolean braces = false;
            int open = rest.indexOf('{');
            if (open >= 0) {
                int close = rest.indexOf('}', open);
                if (close < 0) {
                    throw c.error(lineNo, "unclosed '{' in '" + content + "'");
                }
                braces = true;
                for (String form : rest.substring(open + 1, close).strip().split("\\s+")) {
                    if (!form.isEmpty()) {
                        String word = c.formWord(form, lineNo);
                        if (word != null) {
                            forms.add(word);
                        }
                    }
                }
                rest = rest.substring(0, open) + rest.substring(close + 1);
            }
            if (rest.contains("{") || rest.contains("}") || rest.contains("[") || rest.contains("]")) {
                throw c.error(lineNo, "unexpected bracket in the verb line '" + content + "'");
            }
            VerbPatternCompiler.Verb verb = c.verb(rest, forms, !braces, lineNo);
            verbs.add(verb);
            VerbPatternCompiler.Code code = c.code(spec == null ? blockCode : spec, lineNo, content);
            defaults.add(new VerbPatternCompiler.PendingDefault(verb, code, lineNo, content));
        }

        private String bracket(String content, int lineNo) {
            int open = content.indexOf('[');
            if (open < 0) {
                return null;
            }
            int close = content.indexOf(']', open);
            if (close < 0) {
                throw c.error(lineNo, "unclosed '[' in '" + content + "'");
            }
            return content.substring(open + 1, close);
        }

        private void finishSynset() {
            if (synset != null) {
                c.defineSynset(synset, members, memberLines);
                synset = null;
                members.clear();
                memberLines.clear();
            }
        }

        private void finishBlock() {
            c.compile(verbs, defaults, pending);
            verbs.clear();
            defaults.clear();
            pending.clear();
            inBlock = false;
        }
    }
}
