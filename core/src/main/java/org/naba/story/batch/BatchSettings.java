package org.naba.story.batch;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the batch peer ({@link HdbscanStories}). Every value is bounded; the compact constructor rejects an
 * out-of-range value with its name and value. The vectors themselves (lead length, title repeat, space weights,
 * entity rule) come from the online engine's {@link org.naba.story.StorySettings}, so both cluster the same vectors.
 *
 * @param minClusterSize HDBSCAN*'s smallest cluster; smaller groups are noise (each then a story of its own)
 * @param minPoints neighbours, the point itself included, whose distance defines a point's core distance (density)
 * @param window length of a time window clustered at once; windows start every half window, so each article is in
 *     two of them and a story of up to about a window and a half is seen whole at least once
 * @param maxTerms heaviest terms kept per article and space (lead, entities); bounds the cost of a distance
 * @param assignNoise give a point HDBSCAN* left as noise the cluster of its nearest exemplar when it lies within
 *     that exemplar's reach (Tribuo's {@code HdbscanModel.predict}), instead of a story of its own
 * @param threads windows clustered at the same time
 */
public record BatchSettings(
    int minClusterSize, int minPoints, Duration window, int maxTerms, boolean assignNoise, int threads) {
  public BatchSettings {
    range("minClusterSize", minClusterSize, 2, 10_000);
    range("minPoints", minPoints, 1, 1_000);
    Objects.requireNonNull(window, "window");
    if (window.compareTo(Duration.ofHours(2)) < 0 || window.compareTo(Duration.ofDays(366)) > 0) {
      throw new IllegalArgumentException("window must be in [PT2H, P366D]: " + window);
    }
    range("maxTerms", maxTerms, 1, 10_000);
    range("threads", threads, 1, 256);
  }

  /** Default {@link #minClusterSize()}. */
  public static final int DEFAULT_MIN_CLUSTER_SIZE = 10;
  /** Default {@link #minPoints()}. */
  public static final int DEFAULT_MIN_POINTS = 1;
  /** Default {@link #window()}, in days. */
  public static final int DEFAULT_WINDOW_DAYS = 2;
  /** Default {@link #maxTerms()}. */
  public static final int DEFAULT_MAX_TERMS = 60;

  /**
   * Defaults measured on the SaudiNewsNet 2015 dev gold (the README's "Batch peer" has all the figures): of the few
   * settings tried, the best balance of macro F1 and B-cubed, plain HDBSCAN* (noise stays noise). minPoints 1 makes
   * the mutual-reachability distance the cosine distance itself (no k-nearest-neighbour pass, so faster too); with
   * minClusterSize 5 and minPoints 3 macro F1 is 0.01 higher and B-cubed 0.16 lower; clusters of 15 lose the small
   * stories; assigning noise to exemplars lowers macro F1 further. 60 terms per space cost half the time of 200 and
   * score no worse.
   */
  public static BatchSettings defaults() {
    return new BatchSettings(
        DEFAULT_MIN_CLUSTER_SIZE,
        DEFAULT_MIN_POINTS,
        Duration.ofDays(DEFAULT_WINDOW_DAYS),
        DEFAULT_MAX_TERMS,
        false, // assignNoise
        Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()))); // threads
  }

  /** The same settings with another value of one field. */
  public BatchSettings withMinClusterSize(int v) {
    return new BatchSettings(v, minPoints, window, maxTerms, assignNoise, threads);
  }

  public BatchSettings withMinPoints(int v) {
    return new BatchSettings(minClusterSize, v, window, maxTerms, assignNoise, threads);
  }

  public BatchSettings withWindow(Duration v) {
    return new BatchSettings(minClusterSize, minPoints, v, maxTerms, assignNoise, threads);
  }

  public BatchSettings withMaxTerms(int v) {
    return new BatchSettings(minClusterSize, minPoints, window, v, assignNoise, threads);
  }

  public BatchSettings withAssignNoise(boolean v) {
    return new BatchSettings(minClusterSize, minPoints, window, maxTerms, v, threads);
  }

  public BatchSettings withThreads(int v) {
    return new BatchSettings(minClusterSize, minPoints, window, maxTerms, assignNoise, v);
  }

  private static void range(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]: " + value);
    }
  }
}
