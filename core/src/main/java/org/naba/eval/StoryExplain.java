package org.naba.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where one gold story went in a clustering: its best-matching story (as {@link StoryEval} chooses it), the members
 * that ended up elsewhere, piece by piece, and the articles of the best story that are neither members nor judged
 * related. What a score says in one number, this says article by article, so that a change to the engine can be
 * judged by the articles it moves.
 */
public final class StoryExplain {
  private StoryExplain() {}

  /** What is shown of an article: its date, outlet and title. */
  public record Article(String id, String published, String outlet, String title) {
    public Article {
      Objects.requireNonNull(id, "id");
      published = published == null ? "" : published;
      outlet = outlet == null ? "" : outlet;
      title = title == null ? "" : title;
    }
  }

  /**
   * The explanation of {@code gold} in {@code storyOf} (article id → story id), against the best-matching story
   * {@code best} (empty: no member was assigned). Pieces come largest first (ties by story id), articles within a
   * piece and the others in publication order (ties by id).
   */
  public static String explain(StoryEval.GoldStory gold, String best, Map<String, String> storyOf,
      Map<String, Article> articles) {
    Map<String, Integer> size = new HashMap<>();
    for (String s : storyOf.values()) size.merge(s, 1, Integer::sum);
    Map<String, List<String>> elsewhere = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    int inBest = 0;
    for (String m : gold.members()) {
      String s = storyOf.get(m);
      if (s == null) {
        missing.add(m);
      } else if (s.equals(best)) {
        inBest++;
      } else {
        elsewhere.computeIfAbsent(s, k -> new ArrayList<>()).add(m);
      }
    }
    java.util.Set<String> members = new java.util.HashSet<>(gold.members());
    int related = 0;
    List<String> others = new ArrayList<>();
    for (Map.Entry<String, String> e : storyOf.entrySet()) {
      if (!e.getValue().equals(best) || members.contains(e.getKey())) continue;
      if (gold.related().contains(e.getKey())) related++;
      else others.add(e.getKey());
    }

    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s: %d members%n", gold.key(), gold.members().size()));
    if (best.isEmpty()) {
      out.append("no member is in any story\n");
    } else {
      out.append(String.format(Locale.ROOT, "best story %s: %d articles, %d members, %d related, %d others%n",
          best, size.getOrDefault(best, 0), inBest, related, others.size()));
    }
    int away = elsewhere.values().stream().mapToInt(List::size).sum();
    out.append(String.format(Locale.ROOT, "members elsewhere: %d in %d stories%n", away, elsewhere.size()));
    List<Map.Entry<String, List<String>>> pieces = new ArrayList<>(elsewhere.entrySet());
    pieces.sort(Comparator.<Map.Entry<String, List<String>>>comparingInt(e -> -e.getValue().size())
        .thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, List<String>> piece : pieces) {
      out.append(String.format(Locale.ROOT, "  %s (%d articles, %d members)%n", piece.getKey(),
          size.get(piece.getKey()), piece.getValue().size()));
      for (String id : inOrder(piece.getValue(), articles)) out.append("    ").append(line(id, articles)).append('\n');
    }
    if (!missing.isEmpty()) {
      out.append(String.format(Locale.ROOT, "members not in the run: %d%n", missing.size()));
      for (String id : missing) out.append("  ").append(id).append('\n');
    }
    if (!best.isEmpty()) {
      out.append(String.format(Locale.ROOT, "others in the best story: %d%n", others.size()));
      for (String id : inOrder(others, articles)) out.append("  ").append(line(id, articles)).append('\n');
    }
    return out.toString();
  }

  private static List<String> inOrder(List<String> ids, Map<String, Article> articles) {
    List<String> out = new ArrayList<>(ids);
    out.sort(Comparator.<String, String>comparing(id -> articles.containsKey(id) ? articles.get(id).published() : "")
        .thenComparing(Comparator.naturalOrder()));
    return out;
  }

  private static String line(String id, Map<String, Article> articles) {
    Article a = articles.get(id);
    if (a == null) return id;
    String day = a.published().length() >= 10 ? a.published().substring(0, 10) : a.published();
    return String.join("  ", day, a.outlet(), a.title(), id);
  }
}
