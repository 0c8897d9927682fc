package org.naba.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.naba.eval.CleanEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code naba eval …}: scores Naba's output against gold data and prints the figures. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores Naba against gold data.",
    subcommands = {EvalCommand.Stories.class, EvalCommand.Clean.class, EvalCommand.Dedup.class})
public final class EvalCommand {
  private EvalCommand() {}

  @Command(name = "clean", mixinStandardHelpOptions = true, description = {
      "Scores main-text extraction against gold pages.",
      "Bag-of-words P/R/F1 per page and mean, title and date accuracy.",
      "Gold layouts: fundus (PUBLISHER.json + PUBLISHER_*.html.gz), WET dumps with gold.json,",
      "NAME.html + NAME.txt pairs, or --pages DIR with gold NAME.txt (+ meta.json) in --gold."})
  static final class Clean implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "gold directory")
    Path gold;

    @Option(names = "--pages", paramLabel = "DIR", description = "raw pages, when they are kept apart from the gold")
    Path pages;

    @Option(names = "--summary", description = "print only the closing line with the means")
    boolean summaryOnly;

    @Override
    public Integer call() throws IOException {
      List<CleanEval.GoldPage> loaded = CleanEval.load(gold, Optional.ofNullable(pages));
      if (loaded.isEmpty()) {
        System.err.println("naba: no gold pages found in " + gold + (pages == null ? "" : " for " + pages));
        return 1;
      }
      String report = CleanEval.score(loaded).format();
      if (summaryOnly) {
        for (String line : report.split("\n")) if (line.startsWith("pages ") || line.startsWith("gold on")) System.out.println(line);
      } else {
        System.out.print(report);
      }
      return 0;
    }
  }

  @Command(name = "dedup", mixinStandardHelpOptions = true, description = {
      "Checks a run's duplicate decisions against the corpus it read.",
      "Exact cross-outlet copy groups, precision of a sample of flagged near-duplicate pairs by exact Jaccard,",
      "and recall of exact-Jaccard pairs (exhaustive over a sample of articles)."})
  static final class Dedup implements Callable<Integer> {
    @picocli.CommandLine.Parameters(index = "0", paramLabel = "CORPUS", description = "news JSONL.gz the run read")
    Path corpus;

    @picocli.CommandLine.Parameters(index = "1", paramLabel = "OUTDIR", description = "the run's output directory")
    Path out;

    @Option(names = "--sample", defaultValue = "200", description = "flagged pairs checked for precision (default: ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--recall-sample", defaultValue = "3000", description = "articles searched exhaustively for recall (default: ${DEFAULT-VALUE})")
    int recallSample;

    @Option(names = "--recall-level", defaultValue = "0.8", description = "exact Jaccard of the pairs to recall (default: ${DEFAULT-VALUE})")
    double level;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException {
      System.out.print(org.naba.eval.DedupEval.run(corpus, out, sample, recallSample, level, seed));
      return 0;
    }
  }

  @Command(name = "stories", mixinStandardHelpOptions = true, description = {
      "Scores a run's stories against TDT-style story gold.",
      "Per gold story (a few stories annotated exhaustively): the best-matching story's P/R/F1 (articles judged",
      "related count neither way) and its pieces; macro F1; B-cubed."})
  static final class Stories implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold stories JSON")
    Path gold;

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "OUTDIR", description = "the run's output directory")
    Path out;

    @Override
    public Integer call() throws IOException {
      java.util.Map<String, String> storyOf = new java.util.HashMap<>();
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      Path articles = out.resolve("articles.jsonl");
      if (!java.nio.file.Files.isRegularFile(articles)) {
        System.err.println("naba: " + articles + " not found: is " + out + " the output of 'naba run'?");
        return 1;
      }
      for (String line : java.nio.file.Files.readAllLines(articles, java.nio.charset.StandardCharsets.UTF_8)) {
        com.fasterxml.jackson.databind.JsonNode a = json.readTree(line);
        storyOf.put(a.get("id").asText(), a.get("story").asText());
      }
      System.out.print(org.naba.eval.StoryEval.score(storyOf, gold).format());
      return 0;
    }
  }
}
