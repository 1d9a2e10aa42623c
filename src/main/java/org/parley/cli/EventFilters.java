package org.parley.cli;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.Status;
import org.parley.store.EventQuery;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The event filters shared by {@code parley events} and {@code parley export} (a picocli mixin). */
final class EventFilters {
    @Option(names = "--actor", description = "Source or target code prefix, e.g. KOR or KORGOV.")
    String actor;

    @Option(names = "--dyad", split = ",", arity = "1", paramLabel = "A,B",
            description = "Two code prefixes, in either direction, e.g. KOR,CHN.")
    List<String> dyad;

    @Option(names = "--from", converter = Options.DateConverter.class, description = "Events dated on or after.")
    LocalDate from;

    @Option(names = "--to", converter = Options.DateConverter.class, description = "Events dated on or before.")
    LocalDate to;

    @Option(names = "--code", description = "CAMEO code prefix, e.g. 04 or 042.")
    String code;

    @Option(names = "--status", description = "occurred, ongoing, planned, expected, possible, hypothetical or negated.")
    String status;

    @Option(names = "--limit", description = "At most this many events.")
    Integer limit;

    /** The query these options describe; a bad value is a usage error of {@code spec}'s command. */
    EventQuery query(CommandSpec spec) {
        try {
            if (dyad != null && dyad.size() != 2) {
                throw new IllegalArgumentException("--dyad takes two codes, e.g. KOR,CHN");
            }
            return new EventQuery(actor, dyad == null ? null : new EventQuery.Dyad(dyad.get(0), dyad.get(1)), from, to,
                    code, status == null ? null : Status.parse(status), null, limit);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
