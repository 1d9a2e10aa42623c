package org.parley.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --date}: the date of plain-text articles, which carry none. */
final class DateOption {
    @Option(names = "--date", converter = Options.DateConverter.class,
            description = "Date of plain-text articles that carry none (YYYY-MM-DD).")
    LocalDate date;
}
