package org.naba.story.batch;

import java.util.Map;
import java.util.Objects;

/**
 * What the batch peer decided and what it cost.
 *
 * @param assignments article id → story id, for every input article, in publication order; a story's id is
 *     {@code batch-} plus the id of its earliest article
 * @param points articles clustered (originals with at least one analysed term)
 * @param copies articles that joined their original's story without being clustered
 * @param windows time windows clustered
 * @param largestWindow articles in the largest window (HDBSCAN* costs its square)
 * @param clusters stories of two or more articles
 * @param noise articles HDBSCAN* left as noise (each a story of its own)
 * @param stageMillis wall time of each step: {@code analysis}, {@code vectors}, {@code hdbscan}, {@code merge}
 */
public record BatchResult(
    Map<String, String> assignments,
    int points,
    int copies,
    int windows,
    int largestWindow,
    int clusters,
    int noise,
    Map<String, Long> stageMillis) {
  public BatchResult {
    assignments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(assignments)));
    stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(stageMillis)));
  }
}
