package org.naba.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.naba.model.ArticleResult;
import org.naba.model.OutletSummary;
import org.naba.model.Provenance;

/**
 * The run seen outlet by outlet: each outlet's articles and stories, how often it was first on a story others also
 * reported, and how much of its text it shares with other outlets, whose first ("wire copy travels verbatim between
 * mastheads"). "First" is first in the run's publication order, which is a crawl's order where a corpus dates its
 * articles by when they were crawled. Articles without an outlet, and passages first seen in an earlier run's
 * articles, are left out.
 *
 * <p>Pure and thread-safe.
 */
public final class OutletSummaries {
  private OutletSummaries() {}

  /** Every outlet of {@code articles} (in publication order, as a run gives them), most articles first. */
  public static List<OutletSummary> of(List<ArticleResult> articles) {
    Map<String, String> outletOf = new HashMap<>();
    for (ArticleResult r : articles) r.article().outlet().ifPresent(o -> outletOf.put(r.id(), o));
    Map<String, Tally> tallies = new TreeMap<>();
    // A story's outlets, and which of them reported it first (the first of its articles with an outlet).
    Map<String, Set<String>> storyOutlets = new LinkedHashMap<>();
    Map<String, String> storyFirst = new HashMap<>();
    for (ArticleResult r : articles) {
      String outlet = outletOf.get(r.id());
      if (outlet == null) continue;
      Tally t = tallies.computeIfAbsent(outlet, k -> new Tally());
      t.articles++;
      storyOutlets.computeIfAbsent(r.story(), k -> new HashSet<>()).add(outlet);
      storyFirst.putIfAbsent(r.story(), outlet);
      r.duplicateOf().map(outletOf::get).filter(o -> !o.equals(outlet)).ifPresent(o -> t.copies++);
      for (Provenance p : r.provenance()) {
        String source = outletOf.get(p.firstSeenIn());
        if (source == null || source.equals(outlet)) continue;
        t.passagesFrom.merge(source, 1, Integer::sum);
        tallies.computeIfAbsent(source, k -> new Tally()).passagesTo.merge(outlet, 1, Integer::sum);
      }
    }
    storyOutlets.forEach((story, outlets) -> {
      for (String o : outlets) {
        Tally t = tallies.get(o);
        t.stories++;
        if (outlets.size() > 1) {
          t.sharedStories++;
          if (o.equals(storyFirst.get(story))) t.firstReports++;
        }
      }
    });
    List<OutletSummary> out = new ArrayList<>();
    // Every outlet tallied has articles here: a passage's source is only ever looked up among this run's articles.
    tallies.forEach((outlet, t) -> out.add(new OutletSummary(outlet, t.articles, t.stories, t.sharedStories,
        t.firstReports, t.copies, mostFirst(t.passagesFrom), mostFirst(t.passagesTo))));
    out.sort(Comparator.comparingInt(OutletSummary::articles).reversed().thenComparing(OutletSummary::outlet));
    return out;
  }

  private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static final class Tally {
    int articles;
    int stories;
    int sharedStories;
    int firstReports;
    int copies;
    final Map<String, Integer> passagesFrom = new HashMap<>();
    final Map<String, Integer> passagesTo = new HashMap<>();
  }
}
