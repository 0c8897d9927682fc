package org.naba.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.naba.model.StoryDay;
import org.naba.text.TextNormalizer;

/**
 * A story's developments day by day, for a reader who comes back to a story of hundreds of articles: for each UTC day
 * with articles, how many and from how many outlets, and the headline that says most of what that day reported — the
 * one whose words that day's other headlines share most (centroid selection over the day's titles; copies are left
 * out, so a wire story run by ten mastheads counts once). Only a story that runs over two days or more has them.
 *
 * <p>Pure and thread-safe.
 */
public final class Developments {
  private Developments() {}

  /** The days of a story's articles (in the story's order; undated ones, {@code Instant.MAX}, have none). */
  public static List<StoryDay> byDay(List<SummaryInput> articles) {
    Map<LocalDate, List<SummaryInput>> days = new TreeMap<>();
    for (SummaryInput a : articles) {
      if (a.time().equals(Instant.MAX)) continue;
      days.computeIfAbsent(a.time().atOffset(ZoneOffset.UTC).toLocalDate(), k -> new ArrayList<>()).add(a);
    }
    if (days.size() < 2) return List.of();
    List<StoryDay> out = new ArrayList<>();
    for (Map.Entry<LocalDate, List<SummaryInput>> e : days.entrySet()) {
      List<SummaryInput> day = e.getValue();
      Set<String> outlets = new HashSet<>();
      for (SummaryInput a : day) if (!a.outlet().isEmpty()) outlets.add(a.outlet());
      SummaryInput best = representative(day);
      out.add(new StoryDay(e.getKey(), day.size(), outlets.size(), best.title(), best.id()));
    }
    return out;
  }

  /**
   * The article whose title's words the day's other titles share most: the sum over its distinct content words of
   * how many of the day's distinct titles hold each, over the square root of its word count (so a long title does
   * not win by length); ties go to the earliest.
   */
  static SummaryInput representative(List<SummaryInput> day) {
    List<SummaryInput> titled = new ArrayList<>();
    List<Set<String>> words = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    Set<String> seenTitles = new HashSet<>();
    for (SummaryInput a : day) {
      if (a.title().isBlank() || a.copy()) continue;
      Set<String> w = new HashSet<>();
      for (String t : TextNormalizer.tokens(a.title())) if (t.length() > 2) w.add(t);
      if (w.isEmpty()) continue;
      titled.add(a);
      words.add(w);
      // The same title run by several mastheads counts once.
      if (seenTitles.add(String.join(" ", new java.util.TreeSet<>(w)))) for (String t : w) df.merge(t, 1, Integer::sum);
    }
    if (titled.isEmpty()) return day.get(0);
    SummaryInput best = titled.get(0);
    double bestScore = -1;
    for (int i = 0; i < titled.size(); i++) {
      double score = 0;
      for (String t : words.get(i)) score += df.get(t) - 1;
      score /= Math.sqrt(words.get(i).size());
      if (score > bestScore) {
        bestScore = score;
        best = titled.get(i);
      }
    }
    return best;
  }
}
