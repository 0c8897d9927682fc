package org.naba.pipeline;

import java.util.List;
import java.util.Map;
import org.naba.model.ArticleResult;
import org.naba.model.OutletSummary;
import org.naba.model.Story;

/**
 * Everything a run produced, in memory: articles in publication order, stories newest first, and the report.
 *
 * @param articles every article with its story and duplicate status, in processing (publication) order
 * @param stories every story
 * @param counts read, articles, skipped, duplicates, stories … as written to run.json
 * @param stageMillis wall time per stage
 * @param warnings the run's warnings (counted by reason, the first few kept)
 * @param outlets each outlet's articles, stories, first reports and passages shared with other outlets
 * @param earlier articles an earlier run read (resumed from) in the stories this run continued, with those stories
 */
public record RunResult(
    List<ArticleResult> articles,
    List<Story> stories,
    Map<String, Long> counts,
    Map<String, Long> stageMillis,
    Warnings warnings,
    List<OutletSummary> outlets,
    List<ArticleResult> earlier) {
  public RunResult {
    articles = List.copyOf(articles);
    earlier = List.copyOf(earlier);
    stories = List.copyOf(stories);
    outlets = List.copyOf(outlets);
    // Kept in insertion order: run.json lists them as the stages ran.
    counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
  }

  /** The result of a run that continues no earlier one. */
  public RunResult(List<ArticleResult> articles, List<Story> stories, Map<String, Long> counts,
      Map<String, Long> stageMillis, Warnings warnings, List<OutletSummary> outlets) {
    this(articles, stories, counts, stageMillis, warnings, outlets, List.of());
  }
}
