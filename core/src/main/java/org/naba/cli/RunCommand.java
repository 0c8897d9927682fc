package org.naba.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.naba.pipeline.Pipeline;
import org.naba.pipeline.Progress;
import org.naba.pipeline.RunOutput;
import org.naba.pipeline.RunResult;
import org.naba.pipeline.Settings;
import org.naba.pipeline.StreamState;
import org.naba.store.RunStore;
import org.naba.story.StorySettings;
import picocli.CommandLine;
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
      "RSS/Atom, and .gz/.zip containers of them.",
      "With --resume, the run continues the stream of an earlier run: copies",
      "of that run's articles (and of the runs it resumed) are found, records",
      "it already read are left out, and its articles join the stories that",
      "run left open (listed whole, with their earlier_articles)."
    })
public class RunCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories or - (stdin)")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
  Path out;

  @Option(names = "--resume", paramLabel = "PREV", description = "continue the stream of the run whose output is in"
      + " PREV (its directory or its naba.db): its deduplication and story state is loaded, so duplicate_of,"
      + " near_duplicates and provenance may name its articles, and its open stories continue (with the same --story"
      + " settings). PREV is only read; it may not be the --out directory.")
  Path resume;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: cores)")
  Integer threads;

  @Option(names = "--quiet", description = "print nothing but errors")
  boolean quiet;

  @Option(names = "--story", paramLabel = "NAME=VALUE", description = "change one story setting (repeatable), e.g."
      + " --story joinThreshold=0.25 --story timeSigma=48h; the names and defaults are those of settings.story in"
      + " run.json. Durations: 90m, 72h, 8d or ISO-8601.")
  LinkedHashMap<String, String> story = new LinkedHashMap<>();

  @CommandLine.Spec protected CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Settings settings = Settings.defaults();
    if (threads != null) settings = settings.withThreads(threads);
    try {
      settings = settings.withStory(storySettings(settings.story(), story));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return execute(inputs, out, Optional.ofNullable(resume), settings, quiet, System.err, this::pipeline);
  }

  /**
   * The pipeline this command runs: one that reads and cleans on this machine. naba-spark's {@code run} has the
   * same options and reads on a Spark cluster instead.
   */
  protected Pipeline pipeline(Settings settings, Progress progress) {
    return new Pipeline(settings, progress);
  }

  /** {@code base} with each override applied in order (an unknown name or a bad value throws, naming it). */
  static StorySettings storySettings(StorySettings base, Map<String, String> overrides) {
    StorySettings out = base;
    for (Map.Entry<String, String> e : overrides.entrySet()) out = out.with(e.getKey(), e.getValue());
    return out;
  }

  /** Runs without resuming; shared with {@code naba demo}. */
  static int execute(List<String> inputs, Path out, Settings settings, boolean quiet, PrintStream err)
      throws IOException {
    return execute(inputs, out, Optional.empty(), settings, quiet, err, Pipeline::new);
  }

  /**
   * Runs the pipeline (from an earlier run's state when {@code resume} is given) and writes its output. Exit code 0,
   * 1 when nothing was read, 2 when the state to resume from cannot be used (the message names its file).
   */
  static int execute(List<String> inputs, Path out, Optional<Path> resume, Settings settings, boolean quiet,
      PrintStream err, BiFunction<Settings, Progress, Pipeline> pipeline) throws IOException {
    Instant started = Instant.now();
    for (String input : inputs) {
      Path in = Path.of(input);
      if (!input.equals("-") && java.nio.file.Files.isDirectory(in) && java.nio.file.Files.exists(out)
          && java.nio.file.Files.isSameFile(in, out)) {
        err.println("naba: --out " + out + " is the input directory " + input
            + "; write the run to another directory (its files would mix with the inputs)");
        return 2;
      }
    }
    StreamState state;
    if (resume.isPresent()) {
      Path from = resume.get();
      Path fromDir = java.nio.file.Files.isDirectory(from) ? from : from.toAbsolutePath().getParent();
      if (fromDir != null && java.nio.file.Files.exists(out)
          && java.nio.file.Files.isSameFile(fromDir, out)) {
        err.println("naba: --resume " + from + " names the --out directory; write the new run to another directory");
        return 2;
      }
      try {
        state = StreamState.load(from, settings.dedup(), settings.story());
      } catch (RuntimeException e) {
        err.println("naba: cannot resume from " + from + ": " + e.getMessage());
        return 2;
      }
    } else {
      state = StreamState.fresh(settings.dedup());
    }
    RunResult result;
    RunStore.Carried carried;
    try (RunOutput output = RunOutput.open(out)) {
      // The output indexes the articles for search while the later stages run, and writes them while the stories
      // are summarised.
      result = pipeline.apply(settings, quiet ? Progress.NONE : TerminalProgress.forConsole())
          .run(inputs, state, output.listener(state, settings));
      carried = output.write(result, settings, Version.get(), started, state);
    }
    long read = result.counts().getOrDefault("read", 0L);
    if (!quiet) {
      err.println(summary(result, out, Duration.between(started, Instant.now())));
      state.resumedFrom().ifPresent(r -> err.printf(Locale.ROOT,
          "naba: resumed from %s (%d articles seen, %d in the window); %d of this run's articles copy earlier ones;"
              + " %d stories continued; %d earlier stories (%d articles) carried into its store.%n",
          r.store(), r.articles(), r.window(), result.counts().getOrDefault("duplicates_of_earlier_runs", 0L),
          result.counts().getOrDefault("continued_stories", 0L), carried.stories(), carried.articles().size()));
    }
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
    long warnings = r.warnings().total();
    return String.format(Locale.ROOT,
        "naba: read %s, kept %s (%s) in %s (%d breaking) across %s; %s%s. %.1f s. Output in %s (articles.jsonl,"
            + " stories.jsonl, run.json).",
        count(c.getOrDefault("read", 0L), "document"), count(c.getOrDefault("articles", 0L), "article"),
        count(c.getOrDefault("duplicates", 0L), "duplicate"), count(c.getOrDefault("stories", 0L), "story", "stories"),
        c.getOrDefault("breaking", 0L), count(c.getOrDefault("storylines", 0L), "storyline"), count(warnings, "warning"),
        warnings == 0 ? "" : " (" + byReason(r) + "; see run.json)", took.toMillis() / 1000.0, out);
  }

  /** The warnings by reason, most first: "binary 21, duplicate-id 6". */
  private static String byReason(RunResult r) {
    return r.warnings().byReason().entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
  }

  private static String count(long n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
