package org.naba.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.naba.eval.CleanEval;
import org.naba.eval.RunArticles;
import org.naba.eval.StoryEval;
import org.naba.eval.StoryExplain;
import org.naba.eval.StoryScore;
import org.naba.eval.StorylineEval;
import org.naba.store.RunStore;
import org.naba.story.StorySettings;
import org.naba.story.batch.BatchResult;
import org.naba.story.batch.BatchSettings;
import org.naba.story.batch.HdbscanStories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code naba eval …}: scores Naba's output against gold data and prints the figures. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores Naba against gold data.",
    subcommands = {EvalCommand.Stories.class, EvalCommand.Clean.class, EvalCommand.Dedup.class, EvalCommand.Ner.class})
public final class EvalCommand {
  private EvalCommand() {}

  @Command(name = "ner", mixinStandardHelpOptions = true, description = {
      "Scores the entity tagger against BIO-tagged gold sentences (\"token TAG\" lines, e.g. ANERcorp's test split).",
      "Entity-level precision, recall and F1 (exact span and type) per type and over all."})
  static final class Ner implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "BIO gold file")
    Path gold;

    @Option(names = "--model", paramLabel = "FILE", description = "a model `naba train ner` wrote (default: the bundled one)")
    Path model;

    @Override
    public Integer call() throws IOException {
      org.naba.ner.NerModel m = model == null ? org.naba.ner.NerModel.bundled() : org.naba.ner.NerModel.read(model);
      System.out.print(org.naba.ner.NerTraining.score(m, org.naba.ner.NerTraining.readBio(gold)).format());
      return 0;
    }
  }

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
      "related count neither way) and its pieces; macro F1; B-cubed.",
      "With --batch hdbscan, the run's articles are clustered again by the batch peer (HDBSCAN* over the online",
      "engine's vectors, in half-overlapping time windows; copies join their originals) and that clustering is",
      "scored the same way, with its settings and wall time."})
  static final class Stories implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold stories JSON")
    Path gold;

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "OUTDIR", description = "the run's output directory")
    Path out;

    @Option(names = "--batch", paramLabel = "METHOD",
        description = "score a batch clustering of the run's articles instead of its stories: ${COMPLETION-CANDIDATES}")
    BatchMethod batch;

    @Option(names = "--min-cluster-size", paramLabel = "N",
        description = "batch: HDBSCAN* smallest cluster (default: " + DEFAULT_MIN_CLUSTER + ")")
    Integer minClusterSize;

    @Option(names = "--min-points", paramLabel = "K",
        description = "batch: neighbours (self included) defining density (default: " + DEFAULT_MIN_POINTS + ")")
    Integer minPoints;

    @Option(names = "--window-days", paramLabel = "DAYS",
        description = "batch: time window clustered at once, windows start every half window (default: "
            + DEFAULT_WINDOW_DAYS + ")")
    Double windowDays;

    @Option(names = "--max-terms", paramLabel = "N",
        description = "batch: heaviest terms kept per article and space (default: " + DEFAULT_MAX_TERMS + ")")
    Integer maxTerms;

    @Option(names = "--assign-noise", negatable = true, paramLabel = "BOOL",
        description = "batch: noise joins the cluster of its nearest exemplar when within its reach (default: false)")
    Boolean assignNoise;

    @Option(names = "--threads", paramLabel = "N", description = "batch: windows clustered at once (default: cores, at most 4)")
    Integer threads;

    @Option(names = "--explain", paramLabel = "KEY", description = "also list, for these gold stories (repeatable),"
        + " the members outside the best-matching story, piece by piece, and the best story's other articles")
    List<String> explain = new java.util.ArrayList<>();

    @Override
    public Integer call() throws IOException {
      Path articles = out.resolve("articles.jsonl");
      if (!java.nio.file.Files.isRegularFile(articles)) {
        System.err.println("naba: " + articles + " not found: is " + out + " the output of 'naba run'?");
        return 1;
      }
      // One pass over the run's articles: their stories (unless the batch peer clusters them again) and, to explain
      // gold stories, what is shown of each.
      java.util.Map<String, String> runStories = new java.util.HashMap<>();
      java.util.Map<String, StoryExplain.Article> shown = new java.util.HashMap<>();
      if (batch == null || !explain.isEmpty()) {
        forEachLine(articles, a -> {
          String id = a.get("id").asText();
          if (batch == null) runStories.put(id, a.get("story").asText());
          if (!explain.isEmpty()) {
            shown.put(id, new StoryExplain.Article(id, a.path("published").asText(""), a.path("outlet").asText(""),
                a.path("title").asText("")));
          }
        });
      }
      // A resumed run's stories hold articles of earlier runs, which its store holds beside its own (and the stories
      // it carried on, whole): they are scored too, so that a story is scored as it stands in the stream.
      java.util.Map<String, String> storedLines = new java.util.HashMap<>();
      if (batch == null && resumed(out) && java.nio.file.Files.isRegularFile(out.resolve(RunStore.FILE_NAME))) {
        int[] earlier = new int[1];
        try (RunStore store = RunStore.open(out)) {
          store.forEachArticleBrief((id, story, published, outlet, title) -> {
            if (runStories.putIfAbsent(id, story) != null) return;
            earlier[0]++;
            shown.put(id, new StoryExplain.Article(id, published, outlet, title));
          });
          storedLines.putAll(store.storylineOfStories());
        }
        if (earlier[0] > 0) {
          System.err.printf(java.util.Locale.ROOT, "naba: also scoring the %d articles of earlier runs that %s holds"
              + " (their stories as this run's store holds them)%n", earlier[0], out.resolve(RunStore.FILE_NAME));
        }
      }
      java.util.Map<String, String> storyOf;
      if (batch == null) {
        storyOf = runStories;
      } else {
        BatchSettings settings;
        try {
          settings = batchSettings();
        } catch (IllegalArgumentException e) {
          System.err.println("naba: " + e.getMessage());
          return 2;
        }
        java.util.List<org.naba.story.StoryInput> inputs = RunArticles.read(articles);
        HdbscanStories peer = new HdbscanStories(StorySettings.defaults(), settings);
        long t0 = System.nanoTime();
        BatchResult result = peer.cluster(inputs);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        storyOf = result.assignments();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(java.util.Locale.ROOT, "batch %s %s%n", batch, settings);
        System.out.printf(java.util.Locale.ROOT,
            "batch: %d articles, %d clustered + %d copies; %d windows (largest %d); %d clusters, %d noise; "
                + "%d stories; %d ms %s; heap in use %d MB%n",
            inputs.size(), result.points(), result.copies(), result.windows(), result.largestWindow(),
            result.clusters(), result.noise(), new java.util.HashSet<>(storyOf.values()).size(), millis,
            result.stageMillis(), (rt.totalMemory() - rt.freeMemory()) >> 20);
      }
      List<StoryEval.GoldStory> goldStories = StoryEval.readGold(gold);
      java.util.Map<String, StoryEval.GoldStory> byKey = new java.util.HashMap<>();
      for (StoryEval.GoldStory g : goldStories) byKey.put(g.key(), g);
      for (String key : explain) {
        if (!byKey.containsKey(key)) {
          System.err.println("naba: no gold story '" + key + "' in " + gold + " (keys: "
              + String.join(", ", byKey.keySet().stream().sorted().toList()) + ")");
          return 2;
        }
      }
      warnAbsent(storyOf, goldStories);
      StoryScore score = StoryEval.score(storyOf, goldStories);
      System.out.print(score.format());
      Path storiesFile = out.resolve("stories.jsonl");
      if (batch == null && java.nio.file.Files.isRegularFile(storiesFile)) {
        java.util.Map<String, String> lineOf = new java.util.HashMap<>(storedLines);
        forEachLine(storiesFile, s -> lineOf.put(s.get("id").asText(), s.path("storyline").asText(s.get("id").asText())));
        System.out.println();
        System.out.print(StorylineEval.score(storyOf, lineOf, goldStories, score).format());
      }
      for (String key : explain) {
        String best = score.stories().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow().bestStory();
        System.out.println();
        System.out.print(StoryExplain.explain(byKey.get(key), best, storyOf, shown));
      }
      return 0;
    }

    /**
     * Whether the run in {@code out} was resumed from an earlier one ({@code run.json}'s {@code resumed_from}): only
     * then does its store hold articles its {@code articles.jsonl} does not.
     */
    private static boolean resumed(Path out) throws IOException {
      Path runJson = out.resolve("run.json");
      if (!java.nio.file.Files.isRegularFile(runJson)) return false;
      com.fasterxml.jackson.databind.JsonNode from =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(runJson.toFile()).path("resumed_from");
      return !from.isMissingNode() && !from.isNull();
    }

    /** Each line of a run's {@code articles.jsonl} or {@code stories.jsonl}, parsed, one at a time. */
    private static void forEachLine(Path articles,
        java.util.function.Consumer<com.fasterxml.jackson.databind.JsonNode> each) throws IOException {
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      try (java.io.BufferedReader r =
          java.nio.file.Files.newBufferedReader(articles, java.nio.charset.StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank()) each.accept(json.readTree(line));
        }
      }
    }

    /**
     * Names the gold's member and related ids that the run does not hold (another corpus, or records the run could
     * not read): members count as missed, which the scores alone would not tell.
     */
    private static void warnAbsent(java.util.Map<String, String> storyOf, List<StoryEval.GoldStory> gold) {
      int absent = 0;
      int all = 0;
      List<String> examples = new java.util.ArrayList<>();
      for (StoryEval.GoldStory g : gold) {
        List<String> ids = new java.util.ArrayList<>(g.members());
        ids.addAll(new java.util.TreeSet<>(g.related()));
        for (String id : ids) {
          all++;
          if (storyOf.containsKey(id)) continue;
          absent++;
          if (examples.size() < 5) examples.add(g.key() + ":" + id);
        }
      }
      if (absent > 0) {
        System.err.printf(java.util.Locale.ROOT,
            "naba: %d of the %d gold ids (members and related) are not in the run, members among them count as "
                + "missed: %s%s%n", absent, all, String.join(", ", examples), absent > examples.size() ? ", …" : "");
      }
    }

    private BatchSettings batchSettings() {
      BatchSettings s = BatchSettings.defaults();
      if (minClusterSize != null) s = s.withMinClusterSize(minClusterSize);
      if (minPoints != null) s = s.withMinPoints(minPoints);
      if (windowDays != null) {
        if (!(windowDays > 0 && windowDays <= 366)) throw new IllegalArgumentException("--window-days must be in (0, 366]: " + windowDays);
        s = s.withWindow(java.time.Duration.ofMinutes(Math.round(windowDays * 24 * 60)));
      }
      if (maxTerms != null) s = s.withMaxTerms(maxTerms);
      if (assignNoise != null) s = s.withAssignNoise(assignNoise);
      if (threads != null) s = s.withThreads(threads);
      return s;
    }
  }

  /** Batch clustering methods that {@code eval stories --batch} can score. */
  enum BatchMethod {
    hdbscan
  }

  private static final String DEFAULT_MIN_CLUSTER = "" + BatchSettings.DEFAULT_MIN_CLUSTER_SIZE;
  private static final String DEFAULT_MIN_POINTS = "" + BatchSettings.DEFAULT_MIN_POINTS;
  private static final String DEFAULT_WINDOW_DAYS = "" + BatchSettings.DEFAULT_WINDOW_DAYS;
  private static final String DEFAULT_MAX_TERMS = "" + BatchSettings.DEFAULT_MAX_TERMS;
}
