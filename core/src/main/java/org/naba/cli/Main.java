package org.naba.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code naba} command: one small class per verb, as jwarc does. */
@Command(
    name = "naba",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Naba (نبأ): Arabic news pages in, stories out.",
    subcommands = {RunCommand.class, ServeCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, serve, demo, eval …)");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests to run commands in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
