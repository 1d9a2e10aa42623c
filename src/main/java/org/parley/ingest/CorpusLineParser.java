package org.parley.ingest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Article;

/**
 * Parses the corpus-line format: the first non-blank line is {@code date YYYY-MM-DD <title>} (the title may be
 * empty), everything after it is the body.
 */
final class CorpusLineParser {
    static final String EXPECTED = "'date YYYY-MM-DD <title>'";
    private static final Pattern FIRST_LINE = Pattern.compile("date[ \\t]+(\\S+)(?:[ \\t]+(.*))?");

    private CorpusLineParser() {
    }

    static Article parse(String text, String origin) throws InputProblem {
        if (text.isBlank()) {
            throw new InputProblem("file contains only whitespace");
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        int lineStart = FormatDetector.firstContentIndex(unified);
        int lineEnd = unified.indexOf('\n', lineStart);
        String first = lineEnd < 0 ? unified.substring(lineStart) : unified.substring(lineStart, lineEnd);
        String rest = lineEnd < 0 ? "" : unified.substring(lineEnd + 1);

        Matcher m = FIRST_LINE.matcher(first.stripTrailing());
        if (!m.matches()) {
            throw new InputProblem("missing date line: the first line must be " + EXPECTED);
        }
        LocalDate date = IsoDates.parse(m.group(1), "in first line", EXPECTED);
        String title = TextShape.title(m.group(2) == null ? "" : m.group(2));
        String body = TextShape.body(rest);
        if (body.isEmpty()) {
            throw new InputProblem("no body text after the date line");
        }
        return new Article(ArticleIds.of(title, body), date, title, body, "", "", origin);
    }
}
