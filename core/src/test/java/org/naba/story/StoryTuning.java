package org.naba.story;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.naba.eval.RunArticles;
import org.naba.eval.StoryEval;
import org.naba.eval.StoryScore;

/**
 * Replays a run's {@code articles.jsonl} (cleaned text, publication order, duplicates) through the story engine
 * with changed settings and prints the dev-gold scores: a tuning tool, not a test. Analysis runs once; each settings
 * variant then costs one clustering pass. Arguments: {@code ARTICLES.jsonl GOLD.json [variant ...]}, a variant being
 * {@code name=value[,name=value…]} over {@link StorySettings} components (durations as {@code 72h}, {@code 7d}).
 * Environment: {@code TUNE_SEEDS=N} also replays N-1 streams with same-time articles reordered (a crawl batch's
 * order is arbitrary) and averages; {@code TUNE_DETAIL=1} prints the per-story table, {@code TUNE_DUMP=FILE} writes the last variant's
 * article → story assignments as TSV. Run from {@code core/} after {@code ./mvnw -pl core test-compile}:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" org.naba.story.StoryTuning /tmp/snn/articles.jsonl
 * ../../shared/data/gold/saudinewsnet-2015-stories.json "" "signatureThreshold=0.65"}.
 */
public final class StoryTuning {
  private StoryTuning() {}

  public static void main(String[] args) throws Exception {
    Path articles = Path.of(args[0]);
    Path gold = Path.of(args[1]);
    List<StoryInput> in = RunArticles.read(articles);
    List<String> variants = new ArrayList<>(List.of(args).subList(2, args.length));
    if (variants.isEmpty()) variants.add("");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<AnalysedArticle> analysed = new ArrayList<>(in.size());
    // The analysis settings (leadChars, titleRepeat, articleTerms…) apply once, to every variant: TUNE_ANALYSIS.
    StorySettings analysis = apply(StorySettings.defaults(), System.getenv().getOrDefault("TUNE_ANALYSIS", ""));
    try (ArticleAnalyser analyser = new ArticleAnalyser(analysis)) {
      List<Future<AnalysedArticle>> fs = new ArrayList<>();
      for (StoryInput x : in) fs.add(pool.submit(() -> analyser.analyse(x)));
      for (Future<AnalysedArticle> f : fs) analysed.add(f.get());
    } finally {
      pool.shutdown();
    }
    int seeds = Integer.parseInt(System.getenv().getOrDefault("TUNE_SEEDS", "1"));
    for (String variant : variants) {
      StorySettings s = apply(StorySettings.defaults(), variant);
      long t0 = System.nanoTime();
      long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      StoryEngine engine = null;
      StoryScore score = null;
      double macro = 0;
      double bcubed = 0;
      StringBuilder each = new StringBuilder();
      for (int seed = 0; seed < seeds; seed++) {
        engine = new StoryEngine(s);
        List<AnalysedArticle> stream = seed == 0 ? analysed : shuffleTies(analysed, seed);
        // As a run does (Pipeline): the stream's first articles counted into the background table first.
        engine.warmUp(stream.subList(0, Math.min(s.warmupArticles(), stream.size())));
        for (AnalysedArticle a : stream) engine.add(a);
        score = StoryEval.score(engine.assignments(), gold);
        macro += score.macroF1() / seeds;
        bcubed += score.bcubedF1() / seeds;
        each.append(String.format(Locale.ROOT, " %.3f/%.3f", score.macroF1(), score.bcubedF1()));
      }
      org.naba.eval.StorylineEval.Score lines = org.naba.eval.StorylineEval.score(engine.assignments(),
          engine.storylines(), StoryEval.readGold(gold), score);
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf(Locale.ROOT,
          "%-60s macro %.3f  B3 %.3f (P %.3f R %.3f)  stories %d  storylines R %.3f rel %.3f pur %.3f  %.1fs (cpu %.2fs)%s%n",
          variant.isEmpty() ? "(defaults)" : variant, macro, bcubed, score.bcubedPrecision(),
          score.bcubedRecall(), engine.assignments().values().stream().distinct().count(), lines.meanMemberRecall(),
          lines.meanRelatedRecall(), lines.meanPurity(), secs, cpu, seeds > 1 ? "  seeds:" + each : "");
      if (System.getenv("TUNE_DETAIL") != null) System.out.print(lines.format());
      if (System.getenv("TUNE_DETAIL") != null) System.out.print(score.format());
      if (System.getenv("TUNE_DUMP") != null) {
        StringBuilder b = new StringBuilder();
        engine.assignments().forEach((k, x) -> b.append(k).append('\t').append(x).append('\n'));
        Files.writeString(Path.of(System.getenv("TUNE_DUMP")), b);
      }
    }
  }

  /**
   * The same stream with articles of equal publication time in another order: a crawl stamps a batch with one time,
   * so their order is arbitrary, and a change to the engine is only worth keeping if it helps whatever that order.
   */
  static List<AnalysedArticle> shuffleTies(List<AnalysedArticle> in, long seed) {
    java.util.Random r = new java.util.Random(seed);
    List<AnalysedArticle> out = new ArrayList<>(in);
    for (int i = 0; i < out.size(); ) {
      int j = i;
      while (j < out.size() && out.get(j).published().equals(out.get(i).published())) j++;
      java.util.Collections.shuffle(out.subList(i, j), r);
      i = j;
    }
    return out;
  }

  static StorySettings apply(StorySettings base, String variant) {
    StorySettings out = base;
    for (String kv : variant.split(",")) {
      if (kv.isBlank()) continue;
      String[] p = kv.split("=", 2);
      if (p.length != 2) throw new IllegalArgumentException("not NAME=VALUE: '" + kv + "'");
      out = out.with(p[0].strip(), p[1]);
    }
    return out;
  }
}
