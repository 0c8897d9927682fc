package org.naba.story;

import org.naba.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.naba.eval.StoryEval;
import org.naba.eval.StoryScore;

/**
 * Measures the engine on SaudiNewsNet 2015 and prints its scores: not a test (tests print nothing). Run from
 * {@code core/} with the test classpath: {@code java -cp target/classes:target/test-classes:<deps>
 * org.naba.story.StoryThroughput [repeats]}. Reports analysis (Lucene, parallelisable per article) and clustering
 * (sequential) separately, best of {@code repeats} runs after a warm-up run.
 */
public final class StoryThroughput {
  private StoryThroughput() {}

  public static void main(String[] args) throws Exception {
    Path shared = SharedData.root().orElseThrow(() -> new IllegalStateException("../shared not found"));
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    List<StoryInput> in = SharedData.storyInputs(shared.resolve("data/news/saudinewsnet-2015.jsonl.gz"));
    StorySettings settings = StorySettings.defaults();
    double bestAnalyse = Double.MAX_VALUE;
    double bestCluster = Double.MAX_VALUE;
    double bestTotal = Double.MAX_VALUE;
    StoryEngine last = null;
    for (int r = 0; r <= repeats; r++) {
      long t0 = System.nanoTime();
      List<AnalysedArticle> analysed = new ArrayList<>(in.size());
      try (ArticleAnalyser analyser = new ArticleAnalyser(settings)) {
        for (StoryInput x : in) analysed.add(analyser.analyse(x));
      }
      long t1 = System.nanoTime();
      StoryEngine engine = new StoryEngine(settings);
      for (AnalysedArticle a : analysed) engine.add(a);
      long t2 = System.nanoTime();
      if (r == 0) continue; // warm-up
      bestAnalyse = Math.min(bestAnalyse, (t1 - t0) / 1e9);
      bestCluster = Math.min(bestCluster, (t2 - t1) / 1e9);
      bestTotal = Math.min(bestTotal, (t2 - t0) / 1e9);
      last = engine;
    }
    int n = in.size();
    System.out.printf(Locale.ROOT, "articles %d; analysis %.2f s (%.0f/s); clustering %.2f s (%.0f/s); add(StoryInput) "
        + "end to end %.2f s (%.0f/s)%n", n, bestAnalyse, n / bestAnalyse, bestCluster, n / bestCluster, bestTotal,
        n / bestTotal);
    StoryScore score = StoryEval.score(last.assignments(), shared.resolve("data/gold/saudinewsnet-2015-stories.json"));
    System.out.printf(Locale.ROOT, "stories %d, merged %d, storylines %d, breaking %d%n", last.storiesOpened(),
        last.mergedInto().size(), new java.util.HashSet<>(last.storylines().values()).size(), last.breaking().size());
    System.out.print(score.format());
  }
}
