package org.naba.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code naba} command: one small class per verb, as jwarc does. */
@Command(
    name = "naba",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Naba (نبأ): Arabic news pages in, stories out.",
    footer = {"", "Also, through ./naba: naba spark run INPUT... --out DIR [--master URL]",
        "is 'naba run' with reading and cleaning on Apache Spark (see the README)."},
    subcommands = {RunCommand.class, ServeCommand.class, SearchCommand.class, DemoCommand.class, BenchCommand.class, EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, serve, demo, eval …)");
  }

  public static void main(String[] args) {
    // Lucene notes through java.util.logging that the incubating vector API is not enabled; that is a speed hint
    // for operators, not something a user of the CLI can act on mid-run.
    LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests to run commands in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
