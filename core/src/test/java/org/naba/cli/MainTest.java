package org.naba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What every command prints when it fails: one line naming the file for the user's mistakes, a trace for Naba's. */
class MainTest {
  @TempDir Path dir;

  private record Result(int code, String err) {}

  private static Result execute(CommandLine cl, String... args) {
    StringWriter err = new StringWriter();
    int code = cl.setErr(new PrintWriter(err, true)).execute(args);
    return new Result(code, err.toString());
  }

  @Test
  void aMissingGoldDirectoryIsNamedInOneLine() {
    Path missing = dir.resolve("لا-يوجد");
    Result r = execute(Main.commandLine(), "eval", "clean", "--gold", missing.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("naba eval clean: " + missing + ": no such file or directory");
  }

  @Test
  void aMissingGoldFileOfTheTaggerIsNamedInOneLine() {
    Path missing = dir.resolve("anercorp-test.txt");
    Result r = execute(Main.commandLine(), "eval", "ner", "--gold", missing.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(missing + ": no such file or directory").doesNotContain("\tat ");
  }

  @Test
  void aDirectoryGivenForAFileIsNamed() {
    Result r = execute(Main.commandLine(), "eval", "ner", "--gold", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("naba eval ner: ").contains(dir.toString()).doesNotContain("\tat ");
  }

  @Command(name = "boom")
  static final class Boom implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("a bug");
    }
  }

  @Test
  void aBugKeepsItsStackTraceAndItsOwnExitCode() {
    CommandLine cl = Main.commandLine();
    cl.addSubcommand("boom", new Boom());
    Result r = execute(cl, "boom");
    assertThat(r.code()).isEqualTo(70);
    assertThat(r.err()).contains("internal error").contains("IllegalStateException: a bug").contains("\tat ");
  }
}
