package org.parley.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.parley.actors.DictionaryFormat;
import org.parley.export.OutputFormat;
import picocli.CommandLine;

/** Converters and shared option values of the commands. */
final class Options {
    private Options() {
    }

    /** {@code YYYY-MM-DD}, with a clear error for anything else. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD)");
            }
        }
    }

    /** {@code table}, {@code jsonl} or {@code csv}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code petrarch}, {@code tabari} or {@code parley}. */
    static final class DictionaryFormatConverter implements CommandLine.ITypeConverter<DictionaryFormat> {
        @Override
        public DictionaryFormat convert(String value) {
            try {
                return DictionaryFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Silences CoreNLP's own progress messages unless the user asked for them. */
    static void quietNlp(boolean verbose) {
        if (!verbose) {
            edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
        }
    }
}
