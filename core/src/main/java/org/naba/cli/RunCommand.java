package org.naba.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.naba.pipeline.Pipeline;
import org.naba.pipeline.RunOutput;
import org.naba.pipeline.RunResult;
import org.naba.pipeline.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code naba run INPUT... --out DIR}: every stage in one pass, in publication order. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every stage on the inputs and writes the run's output.",
      "Reads pages and records, cleans them, finds duplicates, groups stories",
      "and writes DIR/articles.jsonl, DIR/stories.jsonl, DIR/run.json and the",
      "store that 'naba serve' opens.",
      "Formats: news JSONL, text page dumps (.txt, WET), HTML, WARC/WET,",
      "RSS/Atom, and .gz/.zip containers of them."
    })
public final class RunCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories or - (stdin)")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: cores)")
  Integer threads;

  @Option(names = "--quiet", description = "print nothing but errors")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    Settings settings = Settings.defaults();
    if (threads != null) settings = settings.withThreads(threads);
    return execute(inputs, out, settings, quiet, System.err);
  }

  /** Runs the pipeline and writes its output; shared with {@code naba demo}. Exit code 0, or 1 when nothing was read. */
  static int execute(List<String> inputs, Path out, Settings settings, boolean quiet, PrintStream err)
      throws IOException {
    Instant started = Instant.now();
    RunResult result;
    try (RunOutput output = RunOutput.open(out)) {
      // The output indexes the articles for search while the later stages run.
      result = new Pipeline(settings, quiet ? org.naba.pipeline.Progress.NONE : TerminalProgress.forConsole())
          .run(inputs, output::index);
      output.write(result, settings, Version.get(), started);
    }
    long read = result.counts().getOrDefault("read", 0L);
    if (!quiet) err.println(summary(result, out, Duration.between(started, Instant.now())));
    if (read == 0) {
      err.println("naba: nothing could be read from " + String.join(" ", inputs)
          + result.warnings().kept().stream().limit(3).map(w -> "\n  " + w.source() + ": " + w.message())
              .collect(java.util.stream.Collectors.joining()));
      return 1;
    }
    return 0;
  }

  static String summary(RunResult r, Path out, Duration took) {
    var c = r.counts();
    return String.format(Locale.ROOT,
        "naba: read %d documents, kept %d articles (%d duplicates) in %d stories across %d storylines; "
            + "%d warnings%s. %.1f s. Output in %s (articles.jsonl, stories.jsonl, run.json).",
        c.getOrDefault("read", 0L), c.getOrDefault("articles", 0L), c.getOrDefault("duplicates", 0L),
        c.getOrDefault("stories", 0L), c.getOrDefault("storylines", 0L), r.warnings().total(),
        r.warnings().total() == 0 ? "" : " (see run.json)", took.toMillis() / 1000.0, out);
  }
}
