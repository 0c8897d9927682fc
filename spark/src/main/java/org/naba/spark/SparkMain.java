package org.naba.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code naba spark}: Naba's commands that run on Apache Spark. */
@Command(
    name = "naba spark",
    mixinStandardHelpOptions = true,
    description = "Naba (نبأ) on Apache Spark: reading and cleaning spread over a cluster.",
    subcommands = {SparkRunCommand.class, CommandLine.HelpCommand.class})
public final class SparkMain implements Runnable {
  /** Held strongly, as in {@code naba}'s Main: Lucene's hint about the vector API is not for a user's run. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run)");
  }

  public static void main(String[] args) {
    // Spark's and Hadoop's notes about this machine (no native Hadoop library, a hostname that resolves to the
    // loopback address) are for a cluster's operators, not a user's run; their other warnings still show.
    quiet("org.apache.hadoop.util.NativeCodeLoader");
    quiet("org.apache.spark.util.Utils");
    LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(commandLine().execute(args));
  }

  private static void quiet(String logger) {
    String key = "org.slf4j.simpleLogger.log." + logger;
    if (System.getProperty(key) == null) System.setProperty(key, "error");
  }

  /** The configured command line, also used by tests to run commands in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new SparkMain()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
