package org.naba.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one outlet did in a run: how much it published, on how many stories, how often it was first on a story other
 * outlets also reported, and what it carried of other outlets' text.
 *
 * @param outlet the outlet
 * @param articles its articles
 * @param stories the stories it reported
 * @param sharedStories of those, the stories other outlets reported too
 * @param firstReports of the shared stories, those whose first article was its own
 * @param copies its articles that are whole copies of another outlet's earlier article
 * @param passagesFrom paragraphs of its articles first seen in another outlet's article, by that outlet, most first
 * @param passagesTo paragraphs first seen in its articles that other outlets carried later, by outlet, most first
 */
public record OutletSummary(
    String outlet,
    int articles,
    int stories,
    int sharedStories,
    int firstReports,
    int copies,
    Map<String, Integer> passagesFrom,
    Map<String, Integer> passagesTo) {
  public OutletSummary {
    Objects.requireNonNull(outlet, "outlet");
    if (articles < 0 || stories < 0 || sharedStories < 0 || firstReports < 0 || copies < 0) {
      throw new IllegalArgumentException("negative count for " + outlet);
    }
    if (sharedStories > stories || firstReports > sharedStories || copies > articles) {
      throw new IllegalArgumentException("inconsistent counts for " + outlet);
    }
    passagesFrom = Collections.unmodifiableMap(new LinkedHashMap<>(passagesFrom));
    passagesTo = Collections.unmodifiableMap(new LinkedHashMap<>(passagesTo));
  }
}
