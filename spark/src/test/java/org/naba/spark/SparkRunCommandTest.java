package org.naba.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.cli.Main;

/** {@code naba spark run} writes what {@code naba run} writes (it starts and stops a Spark context of its own). */
class SparkRunCommandTest {
  @Test
  void sparkRunWritesTheOutputOfNabaRun(@TempDir Path dir) throws IOException {
    Path in = SparkRunTest.corpus(dir.resolve("in"));
    StringWriter err = new StringWriter();
    assertThat(Main.commandLine().setErr(new PrintWriter(err))
        .execute("run", in.toString(), "--out", dir.resolve("local").toString(), "--quiet")).as(err::toString).isZero();
    assertThat(SparkMain.commandLine().setErr(new PrintWriter(err)).execute("run", in.toString(), "--out",
        dir.resolve("spark").toString(), "--master", "local[2]", "--partitions", "2", "--quiet")).as(err::toString)
        .isZero();
    for (String file : List.of("articles.jsonl", "stories.jsonl")) {
      assertThat(Files.readString(dir.resolve("spark").resolve(file)))
          .as(file).isEqualTo(Files.readString(dir.resolve("local").resolve(file)));
    }
    assertThat(Files.readString(dir.resolve("spark/run.json"))).contains("\"articles\" : 13");
  }

  /** Resuming the stream of an earlier run: ids it read are refused before cleaning, as on one machine. */
  @Test
  void resumesAsNabaRunDoes(@TempDir Path dir) throws IOException {
    Path in = SparkRunTest.corpus(dir.resolve("in"));
    StringWriter err = new StringWriter();
    Path first = dir.resolve("first");
    assertThat(Main.commandLine().setErr(new PrintWriter(err)).execute("run", in.resolve("crawl-0.warc").toString(),
        in.resolve("feed.jsonl").toString(), "--out", first.toString(), "--quiet")).as(err::toString).isZero();
    assertThat(Main.commandLine().setErr(new PrintWriter(err)).execute("run", in.toString(), "--resume",
        first.toString(), "--out", dir.resolve("local").toString(), "--quiet")).as(err::toString).isZero();
    assertThat(SparkMain.commandLine().setErr(new PrintWriter(err)).execute("run", in.toString(), "--resume",
        first.toString(), "--out", dir.resolve("spark").toString(), "--master", "local[2]", "--quiet"))
        .as(err::toString).isZero();
    for (String file : List.of("articles.jsonl", "stories.jsonl")) {
      assertThat(Files.readString(dir.resolve("spark").resolve(file)))
          .as(file).isEqualTo(Files.readString(dir.resolve("local").resolve(file)));
    }
    // The feed's record was read by the first run: both runs refuse it, naming it.
    assertThat(Files.readString(dir.resolve("spark/run.json"))).contains("already-read").contains("id r-1 was read");
  }

  @Test
  void aBadSparkSettingIsReportedByName(@TempDir Path dir) throws IOException {
    Path in = SparkRunTest.corpus(dir.resolve("in"));
    StringWriter err = new StringWriter();
    int code = SparkMain.commandLine().setErr(new PrintWriter(err)).execute("run", in.toString(), "--out",
        dir.resolve("spark").toString(), "--master", "no-such-master", "--quiet");
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("no-such-master");
  }
}
