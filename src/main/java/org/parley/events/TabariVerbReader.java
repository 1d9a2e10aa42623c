package org.parley.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a TABARI verb dictionary ({@code CAMEO.091003.master.verbs}, {@code TABARI.Demo.verbs}) into patterns for
 * Parley's engine.
 *
 * <p>Each entry is a verb line {@code VERB [CODE] ;comment}, optionally followed by a line of further forms
 * {@code { FORM FORM }}, then its pattern lines {@code - words * words [CODE]}. A verb written {@code VERB_} is that
 * word (with its regular forms), {@code VERB=} that word doubling its last consonant, and a bare {@code VERB} a stem
 * matching every word that starts with it; the same holds for pattern words ({@code IN_} is "in", {@code IN} also
 * "into"; {@code ~} marks a stem). Synsets stand in a {@code <SYNSETS>} section; the {@code <TIME>} section
 * (time-shift words) is not used; a {@code ~~} line ends the dictionary. Comments run from {@code ;} to the end of
 * the line.
 *
 * <p>A line the reader cannot place (a pattern before any verb, a verb line without {@code [CODE]}, an unknown
 * section, an unbalanced brace) raises an {@link IllegalArgumentException} whose message starts with
 * {@code FILE:LINE:}. A pattern it reads but cannot translate is left out and listed among the result's warnings.
 */
public final class TabariVerbReader {
    private final CameoTable cameo;

    public TabariVerbReader(CameoTable cameo) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    public VerbDictionary read(Path file) throws IOException {
        return read(VerbDictionary.decode(Files.readAllBytes(file)), file.getFileName().toString());
    }

    /** Reads dictionary text; {@code name} starts every pattern id ({@code name:line}) and error message. */
    public VerbDictionary read(String text, String name) {
        return new Run(new VerbPatternCompiler(name, VerbPatternCompiler.Dialect.TABARI, cameo)).read(text);
    }

    /** The state of one read. */
    private static final class Run {
        private final VerbPatternCompiler c;
        private String section = "";
        private String synset;
        private final List<String> members = new ArrayList<>();
        private final List<Integer> memberLines = new ArrayList<>();
        /** the entry being read: its verb line, the variants its forms line adds, its patterns */
        private boolean inEntry;
        private boolean formsAllowed;
        private final List<VerbPatternCompiler.Verb> verbs = new ArrayList<>();
        private final List<VerbPatternCompiler.PendingDefault> defaults = new ArrayList<>();
        private final List<VerbPatternCompiler.PendingPattern> pending = new ArrayList<>();
        private VerbPatternCompiler.Code entryCode;
        private int entryLine;
        private String entryText;
        private String entryVerb;
        private List<String> entryForms = new ArrayList<>();
        private boolean entryRegular;

        Run(VerbPatternCompiler c) {
            this.c = c;
        }

        VerbDictionary read(String text) {
            String[] lines = text.split("\r?\n|\r", -1);
            for (int k = 0; k < lines.length; k++) {
                int lineNo = k + 1;
                String line = lines[k];
                if (line.strip().startsWith("~~")) {
                    break; // end of the dictionary (~~FINISH)
                }
                int semi = line.indexOf(';');
                String content = (semi < 0 ? line : line.substring(0, semi)).strip();
                if (content.isEmpty()) {
                    continue;
                }
                line(content, lineNo);
            }
            finishSynset();
            finishEntry();
            return c.result(VerbDictionary.Format.TABARI);
        }

        private void line(String content, int lineNo) {
            if (content.startsWith("<")) {
                section(content, lineNo);
                return;
            }
            switch (section) {
                case "SYNSETS" -> synsetLine(content, lineNo);
                case "TIME" -> timeLine(content, lineNo);
                default -> entryLine(content, lineNo);
            }
        }

        private void section(String tag, int lineNo) {
            String t = tag.toUpperCase(Locale.ROOT);
            switch (t) {
                case "<SYNSETS>" -> {
                    finishEntry();
                    section = "SYNSETS";
                }
                case "<TIME>" -> {
                    finishEntry();
                    section = "TIME";
                }
                case "</SYNSETS>", "</TIME>" -> {
                    if (!t.substring(2, t.length() - 1).equals(section)) {
                        throw c.error(lineNo, tag + " closes no open section");
                    }
                    finishSynset();
                    section = "";
                }
                default -> throw c.error(lineNo, "unknown section " + tag + " (known: <SYNSETS>, <TIME>)");
            }
        }

        /** A time-shift word is not used; a time phrase coded [###] ("once upon a time") is a discard phrase. */
        private void timeLine(String content, int lineNo) {
            int open = content.indexOf('[');
            if (open > 0 && !content.startsWith("-") && content.substring(open).replace(" ", "").startsWith("[###]")) {
                c.discard(content.substring(0, open), lineNo);
            } else {
                c.warn(lineNo, VerbWarning.KIND_TIME, content);
            }
        }

        private void synsetLine(String content, int lineNo) {
            if (content.startsWith("&")) {
                finishSynset();
                String name = content.substring(1).strip().split("\\s+")[0];
                if (name.endsWith("_")) {
                    name = name.substring(0, name.length() - 1);
                }
                if (name.isEmpty()) {
                    throw c.error(lineNo, "synset without a name");
                }
                synset = name;
            } else if (content.startsWith("+")) {
                if (synset == null) {
                    throw c.error(lineNo, "synset member before any &SYNSET line");
                }
                members.add(content.substring(1).strip());
                memberLines.add(lineNo);
            } else {
                throw c.error(lineNo, "expected &SYNSET or +member inside <SYNSETS>, got '" + content + "'");
            }
        }

        private void entryLine(String content, int lineNo) {
            if (content.startsWith("-")) {
                if (!inEntry) {
                    throw c.error(lineNo, "pattern before any verb line");
                }
                startVerbs();
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
            } else if (content.startsWith("{")) {
                if (!formsAllowed) {
                    throw c.error(lineNo, "a { FORMS } line must follow its verb line");
                }
                int close = content.indexOf('}');
                if (close < 0) {
                    throw c.error(lineNo, "unclosed '{' in '" + content + "'");
                }
                for (String form : content.substring(1, close).strip().split("\\s+")) {
                    if (form.isEmpty()) {
                        continue;
                    }
                    String f = form.replace("=", "_");
                    if (f.replaceAll("_+$", "").contains("_")) {
                        // a multi-word form (BROKEN_DOWN_) is a verb of its own with the same patterns
                        verbs.add(c.verb(f, List.of(), false, lineNo));
                    } else {
                        String word = c.formWord(f, lineNo);
                        if (word != null) {
                            entryForms.add(word);
                        }
                    }
                }
                formsAllowed = false;
            } else if (content.startsWith("&") || content.startsWith("+")) {
                throw c.error(lineNo, "synset line outside <SYNSETS>: '" + content + "'");
            } else {
                finishEntry();
                verbLine(content, lineNo);
            }
        }

        /** {@code VERB [CODE]}, {@code VERB_ MORE WORDS [CODE]}. */
        private void verbLine(String content, int lineNo) {
            int open = content.indexOf('[');
            int close = open < 0 ? -1 : content.indexOf(']', open);
            if (open < 0 || close < 0) {
                throw c.error(lineNo, "verb line without [CODE]: '" + content + "'");
            }
            String phrase = content.substring(0, open).strip();
            if (phrase.isEmpty()) {
                throw c.error(lineNo, "verb line without a verb: '" + content + "'");
            }
            String first = phrase.split("\\s+")[0];
            entryForms = new ArrayList<>();
            entryRegular = first.endsWith("_");
            if (first.endsWith("=")) {
                // BAN= : the word, doubling its last consonant in its forms (banned, banning)
                String w = first.substring(0, first.length() - 1).toLowerCase(Locale.ROOT);
                if (!w.isEmpty()) {
                    char last = w.charAt(w.length() - 1);
                    entryForms.addAll(List.of(w + "s", w + last + "ed", w + last + "ing"));
                }
                phrase = first.substring(0, first.length() - 1) + "_" + phrase.substring(first.length());
            }
            entryVerb = phrase;
            entryCode = c.code(content.substring(open + 1, close), lineNo, content);
            if (entryCode != null && entryCode.isDiscard()) {
                // SOCCER [###]: TABARI read every word as a possible verb; this one discards the sentence
                c.discard(phrase, lineNo);
                entryCode = null;
            }
            entryLine = lineNo;
            entryText = content;
            inEntry = true;
            formsAllowed = true;
        }

        /** The entry's main verb, once its forms line (if any) has been read. */
        private void startVerbs() {
            if (entryVerb != null) {
                VerbPatternCompiler.Verb main = c.verb(entryVerb, entryForms, entryRegular, entryLine);
                verbs.add(0, main);
                defaults.add(new VerbPatternCompiler.PendingDefault(main, entryCode, entryLine, entryText));
                for (VerbPatternCompiler.Verb v : verbs.subList(1, verbs.size())) {
                    defaults.add(new VerbPatternCompiler.PendingDefault(v, entryCode, entryLine, entryText));
                }
                entryVerb = null;
            }
            formsAllowed = false;
        }

        private void finishSynset() {
            if (synset != null) {
                c.defineSynset(synset, members, memberLines);
                synset = null;
                members.clear();
                memberLines.clear();
            }
        }

        private void finishEntry() {
            if (!inEntry) {
                return;
            }
            startVerbs();
            c.compile(verbs, defaults, pending);
            verbs.clear();
            defaults.clear();
            pending.clear();
            inEntry = false;
        }
    }
}
