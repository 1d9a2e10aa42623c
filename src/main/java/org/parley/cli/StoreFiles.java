package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --db} checks the query commands share. */
final class StoreFiles {
    private StoreFiles() {
    }

    /** Throws a usage error unless a store file exists at {@code db}. */
    static void requireExisting(CommandSpec spec, Path db) {
        if (!Files.exists(db)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no event store at " + db
                    + " (create one with 'parley ingest', 'parley demo' or 'parley generate')");
        }
    }
}
