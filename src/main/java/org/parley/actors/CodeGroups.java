package org.parley.actors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The bracketed codes of PETRARCH and TABARI lines, {@code [CODE]} or {@code [CODE restriction]}, and their dates.
 *
 * <p>Dates are read as PETRARCH reads them: eight or more digits are {@code YYYYMMDD} (only the first eight count),
 * six or seven digits are {@code YYMMDD} (only the first six count), and a two-digit year {@code 00}-{@code 30} is
 * 20YY, {@code 31}-{@code 99} 19YY (the pivot KEDS, TABARI and PETRARCH share). Extra digits get a warning.
 */
final class CodeGroups {
    /** Two-digit years up to this one are in the 2000s, later ones in the 1900s. */
    static final int PIVOT = 30;

    private CodeGroups() {
    }

    /** The inside of one {@code [...]}, with the line it is on. */
    record Group(String inner, int line) {
    }

    /**
     * The groups of {@code text}, which must start at a {@code [}. A group closed by {@code }} instead of {@code ]} is
     * read with a warning; text after the groups is left out with a warning.
     */
    static List<Group> split(String text, String file, int line, List<DictionaryWarning> warnings) {
        List<Group> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c != '[') {
                warnings.add(new DictionaryWarning(file, line, DictionaryWarning.Kind.REPAIRED, "'"
                        + text.substring(i).strip() + "' after the codes is not read (PETRARCH reads nothing after "
                        + "the code either; a comment starts with # or ;)"));
                break;
            }
            int close = text.indexOf(']', i + 1);
            int curly = text.indexOf('}', i + 1);
            int open = text.indexOf('[', i + 1);
            if (close < 0 || (open >= 0 && open < close)) {
                if (curly >= 0 && (open < 0 || curly < open)) {
                    warnings.add(new DictionaryWarning(file, line, DictionaryWarning.Kind.REPAIRED,
                            "'" + text.substring(i, curly + 1) + "' is closed by '}' instead of ']'; read as a code"));
                    close = curly;
                } else {
                    throw new DictionaryFormatException(file, line,
                            "'[' without a closing ']' in '" + text.strip() + "'");
                }
            }
            String inner = text.substring(i + 1, close).strip();
            if (inner.isEmpty()) {
                throw new DictionaryFormatException(file, line, "empty code '[]'");
            }
            out.add(new Group(inner, line));
            i = close + 1;
        }
        return out;
    }

    /** What a date string means: a date, or null after a warning (the restriction is then left out). */
    static LocalDate date(String digits, String restriction, String file, int line, List<DictionaryWarning> warnings) {
        String d = digits.strip();
        if (d.isEmpty() || !d.chars().allMatch(Character::isDigit) || d.length() < 6) {
            warnings.add(new DictionaryWarning(file, line, DictionaryWarning.Kind.BAD_DATE, "cannot read '" + d
                    + "' in [" + restriction + "] as a date YYMMDD or YYYYMMDD; restriction left out"));
            return null;
        }
        int year;
        int month;
        int day;
        String used;
        if (d.length() >= 8) {
            used = d.substring(0, 8);
            year = Integer.parseInt(used.substring(0, 4));
            month = Integer.parseInt(used.substring(4, 6));
            day = Integer.parseInt(used.substring(6, 8));
        } else {
            used = d.substring(0, 6);
            int yy = Integer.parseInt(used.substring(0, 2));
            year = yy <= PIVOT ? 2000 + yy : 1900 + yy;
            month = Integer.parseInt(used.substring(2, 4));
            day = Integer.parseInt(used.substring(4, 6));
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            warnings.add(new DictionaryWarning(file, line, DictionaryWarning.Kind.BAD_DATE, "'" + d + "' in ["
                    + restriction + "] is not a real date; restriction left out"));
            return null;
        }
        if (d.length() != 6 && d.length() != 8) {
            warnings.add(new DictionaryWarning(file, line, DictionaryWarning.Kind.DATE_DIGITS, "'" + d + "' in ["
                    + restriction + "] has " + d.length() + " digits; read as " + used + " = " + date
                    + ", as PETRARCH reads it"));
        }
        return date;
    }
}
