package org.naba.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
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
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Main::failed);
  }

  /**
   * What a command that throws prints: a file that cannot be read or written is the user's to mend, so it gets one
   * line naming the path and exit code 1; anything else is Naba's fault and keeps its stack trace for the report.
   * {@code NABA_DEBUG=1} prints the stack trace in every case.
   */
  static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    String verb = cl.getCommandSpec().qualifiedName();
    IOException io = ioCause(e);
    if (io != null) {
      err.println(verb + ": " + describe(io, pathsGiven(parsed)));
      if (System.getenv("NABA_DEBUG") != null) e.printStackTrace(err);
      err.flush();
      return 1;
    }
    err.println(verb + ": internal error (please report it with the command that gave it):");
    e.printStackTrace(err);
    err.flush();
    return 70; // EX_SOFTWARE
  }

  private static IOException ioCause(Throwable t) {
    for (int depth = 0; t != null && depth < 10; t = t.getCause(), depth++) {
      if (t instanceof IOException io) return io;
    }
    return null;
  }

  /** The paths the user gave the command that failed (its options and parameters typed {@link Path}). */
  private static List<Path> pathsGiven(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult leaf = parsed;
    while (leaf.hasSubcommand()) leaf = leaf.subcommand();
    List<Path> paths = new ArrayList<>();
    List<CommandLine.Model.ArgSpec> args = new ArrayList<>(leaf.matchedOptions());
    args.addAll(leaf.matchedPositionals());
    for (CommandLine.Model.ArgSpec arg : args) {
      Object value = arg.getValue();
      if (value instanceof Path p) paths.add(p);
      if (value instanceof Collection<?> c) for (Object o : c) if (o instanceof Path p) paths.add(p);
    }
    return paths;
  }

  /**
   * One line for a failed file operation: the path and the kind of failure in words. An exception that names no
   * path (a directory read as a file gives only "Is a directory") is put beside the paths the command was given.
   */
  static String describe(IOException e, List<Path> given) {
    String line = describe(e);
    if (e instanceof FileSystemException fs && fs.getFile() != null) return line;
    if (given.isEmpty() || given.stream().anyMatch(p -> line.contains(p.toString()))) return line;
    return line + " (reading " + given.stream().map(Path::toString).collect(Collectors.joining(", ")) + ")";
  }

  static String describe(IOException e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      String what = switch (fs) {
        case NoSuchFileException x -> "no such file or directory";
        case AccessDeniedException x -> "permission denied";
        case NotDirectoryException x -> "not a directory";
        case DirectoryNotEmptyException x -> "directory not empty";
        case FileAlreadyExistsException x -> "already exists";
        default -> fs.getReason() == null ? "cannot be read or written" : fs.getReason();
      };
      return fs.getFile() + ": " + what + (fs.getOtherFile() == null ? "" : " (" + fs.getOtherFile() + ")");
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
