package org.parley.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command line. Each subcommand only translates between the terminal and the services. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley " + org.parley.pipeline.Versions.CODE,
        description = "Political event data: dated news articles in; coded, dated, explained events out.",
        subcommands = {CodeCommand.class, IngestCommand.class, EventsCommand.class, ExportCommand.class,
                AnnotateCommand.class, DemoCommand.class, BenchCommand.class, CheckCommand.class, EvalCommand.class,
                TimelineCommand.class, ActorsCommand.class, GenerateCommand.class, SqlCommand.class,
                BenchQueriesCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (0 ok, 1 failed, 2 bad usage). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line printing to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("parley: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }
}
