package org.parley.cli;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.export.EventExporter;
import org.parley.export.ExportFormat;
import org.parley.model.StoredEvent;
import org.parley.store.EventQuery;
import org.parley.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley export}: stored events to a file in an exchange format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write stored events to a file: GDELT 2.0 events or mentions, PLOVER JSON, CSV or Parquet."
                + " Same filters as 'parley events'.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", description = "Event store file (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("parley.duckdb");

    @Mixin
    EventFilters filters;

    @Option(names = "--format", required = true, converter = FormatConverter.class,
            description = "gdelt, gdelt-mentions, plover, csv or parquet.")
    ExportFormat format;

    @Option(names = "--out", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--force", description = "Replace --out if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EventQuery query = filters.query(spec);
        StoreFiles.requireExisting(spec, db);
        if (!force && Files.exists(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), out + " exists; use --force to replace it");
        }
        List<StoredEvent> events;
        try (EventStore store = EventStore.open(db)) {
            events = store.storedEvents(query);
        }
        long written;
        try {
            written = EventExporter.export(events, format, out, force);
        } catch (FileAlreadyExistsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        String skipped = written < events.size()
                ? " (" + (events.size() - written) + " without a PLOVER type left out)" : "";
        spec.commandLine().getErr().println("wrote " + written + " events to " + out + " as " + format.label()
                + skipped);
        return 0;
    }

    /** An {@link ExportFormat} name, with a clear error listing the formats. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
