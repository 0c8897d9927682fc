package org.naba.pipeline;

import org.naba.dedup.DedupSettings;
import org.naba.story.StorySettings;

/**
 * Every setting of a run, typed and bounded by each stage's own record, echoed into {@code run.json} so that a
 * result can be reproduced.
 *
 * @param dedup duplicate and near-duplicate detection
 * @param story story clustering and storylines
 * @param summarySentences sentences per story summary
 * @param threads worker threads for cleaning and summaries
 */
public record Settings(DedupSettings dedup, StorySettings story, int summarySentences, int threads) {
  public Settings {
    java.util.Objects.requireNonNull(dedup, "dedup");
    java.util.Objects.requireNonNull(story, "story");
    if (summarySentences < 1 || summarySentences > 20) {
      throw new IllegalArgumentException("summarySentences " + summarySentences + " not in [1, 20]");
    }
    if (threads < 1 || threads > 256) throw new IllegalArgumentException("threads " + threads + " not in [1, 256]");
  }

  public static Settings defaults() {
    return new Settings(
        DedupSettings.defaults(), StorySettings.defaults(), 5, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  public Settings withThreads(int n) {
    return new Settings(dedup, story, summarySentences, n);
  }

  public Settings withStory(StorySettings s) {
    return new Settings(dedup, s, summarySentences, threads);
  }
}
