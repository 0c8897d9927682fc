package org.naba.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naba.model.Article;

/**
 * Steps 1 and 2 of a run, ingest and clean: every document of the inputs turned into its clean articles. {@link
 * Pipeline} reads on this machine unless it is given another way; naba-spark spreads the work over a Spark cluster.
 * Whichever reads, the articles must be the same: every document in input order, a document's articles in page
 * order, each site's documents cleaned in input order (its boilerplate is learned as they come), and the ids a
 * {@link DocumentGate} refuses left out before cleaning.
 */
public interface Reading {
  /**
   * Reads and cleans the inputs as the continuation of {@code state}'s stream (ids it has read are refused, and
   * this run's are marked read in it). Warnings go to {@code warnings}, in input order.
   */
  Read read(List<String> inputs, StreamState state, Warnings warnings, Progress progress);

  /**
   * What reading hands on.
   *
   * @param articles every article, in input order
   * @param counts {@code inputs}, {@code inputs_opened} and {@code read} (documents), for run.json
   * @param stageMillis time spent, by stage ({@code ingest}, {@code clean}), for run.json
   */
  record Read(List<Article> articles, Map<String, Long> counts, Map<String, Long> stageMillis) {
    public Read {
      articles = List.copyOf(articles);
      counts = new LinkedHashMap<>(counts);
      stageMillis = new LinkedHashMap<>(stageMillis);
    }
  }
}
