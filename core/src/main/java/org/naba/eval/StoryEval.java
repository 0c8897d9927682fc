package org.naba.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a story clustering against an exhaustively annotated story gold, as the gold's README prescribes (TDT-style
 * best-match evaluation, plus B-cubed of Bagga and Baldwin 1998 / Amigó et al. 2009):
 *
 * <ul>
 *   <li>for each gold story, the system story maximising F1 with its members, where precision = |story ∩ members| /
 *       |story − related| (articles judged related count neither way) and recall = |story ∩ members| / |members|;
 *   <li>macro F1 over gold stories;
 *   <li>B-cubed precision/recall/F1 over the union of all gold members, gold label = gold story;
 *   <li>pieces: how many system stories the members of a gold story are spread over.
 * </ul>
 *
 * <p>A gold member missing from the clustering counts as a story of its own. Ties between equally good system stories
 * go to the lexicographically smaller id, so scores are deterministic.
 */
public final class StoryEval {
  private StoryEval() {}

  /** One gold story: key, members and related article ids. */
  public record GoldStory(String key, List<String> members, Set<String> related) {
    public GoldStory {
      Objects.requireNonNull(key, "key");
      members = List.copyOf(members);
      related = Set.copyOf(related);
    }
  }

  /** Reads the gold file ({@code {"stories":[{"key","members":[…],"related":[…]},…]}}) and scores. */
  public static StoryScore score(Map<String, String> articleToStory, Path goldJson) throws IOException {
    return score(articleToStory, readGold(goldJson));
  }

  /** The score as a fixed-width table (same as {@link StoryScore#format()}). */
  public static String format(StoryScore score) {
    return score.format();
  }

  /** Reads the gold stories of a gold file, in file order. */
  public static List<GoldStory> readGold(Path goldJson) throws IOException {
    JsonNode root;
    try (Reader r = Files.newBufferedReader(goldJson, StandardCharsets.UTF_8)) {
      root = new ObjectMapper().readTree(r);
    }
    JsonNode list = root.path("stories");
    if (!list.isArray()) throw new IOException(goldJson + ": no \"stories\" array");
    List<GoldStory> out = new ArrayList<>();
    for (JsonNode s : list) {
      List<String> members = new ArrayList<>();
      s.path("members").forEach(n -> members.add(n.asText()));
      Set<String> related = new HashSet<>();
      s.path("related").forEach(n -> related.add(n.asText()));
      out.add(new GoldStory(s.path("key").asText(), members, related));
    }
    return out;
  }

  /** Scores {@code articleToStory} (article id → system story id) against gold stories. */
  public static StoryScore score(Map<String, String> articleToStory, List<GoldStory> gold) {
    Map<String, Integer> storySize = new HashMap<>();
    for (String story : articleToStory.values()) storySize.merge(story, 1, Integer::sum);

    List<StoryScore.PerStory> per = new ArrayList<>();
    double f1Sum = 0;
    for (GoldStory g : gold) {
      Map<String, Integer> inter = new HashMap<>();
      Set<String> pieces = new HashSet<>();
      for (String m : g.members()) {
        String s = articleToStory.get(m);
        if (s == null) {
          pieces.add("\u0000missing:" + m);
          continue;
        }
        pieces.add(s);
        inter.merge(s, 1, Integer::sum);
      }
      Map<String, Integer> relatedIn = new HashMap<>();
      for (String r : g.related()) {
        String s = articleToStory.get(r);
        if (s != null && inter.containsKey(s)) relatedIn.merge(s, 1, Integer::sum);
      }
      String best = "";
      double bp = 0;
      double br = 0;
      double bf = 0;
      for (String s : new TreeSet<>(inter.keySet())) {
        int i = inter.get(s);
        int denom = storySize.get(s) - relatedIn.getOrDefault(s, 0);
        double p = denom == 0 ? 0 : (double) i / denom;
        double r = g.members().isEmpty() ? 0 : (double) i / g.members().size();
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        if (f > bf) {
          best = s;
          bp = p;
          br = r;
          bf = f;
        }
      }
      per.add(new StoryScore.PerStory(g.key(), g.members().size(), best, bp, br, bf, pieces.size()));
      f1Sum += bf;
    }
    double macro = gold.isEmpty() ? 0 : f1Sum / gold.size();

    // B-cubed over the union of gold members; an unassigned member is its own system cluster.
    Map<String, String> goldLabel = new LinkedHashMap<>();
    for (GoldStory g : gold) {
      for (String m : g.members()) goldLabel.putIfAbsent(m, g.key());
    }
    Map<String, String> sysLabel = new HashMap<>();
    for (String m : goldLabel.keySet()) {
      String s = articleToStory.get(m);
      sysLabel.put(m, s == null ? "\u0000missing:" + m : s);
    }
    Map<String, Integer> sysCount = new HashMap<>();
    Map<String, Integer> goldCount = new HashMap<>();
    Map<String, Integer> pairCount = new HashMap<>();
    for (Map.Entry<String, String> e : goldLabel.entrySet()) {
      String s = sysLabel.get(e.getKey());
      sysCount.merge(s, 1, Integer::sum);
      goldCount.merge(e.getValue(), 1, Integer::sum);
      pairCount.merge(s + "\u0001" + e.getValue(), 1, Integer::sum);
    }
    double pSum = 0;
    double rSum = 0;
    for (Map.Entry<String, String> e : goldLabel.entrySet()) {
      String s = sysLabel.get(e.getKey());
      int both = pairCount.get(s + "\u0001" + e.getValue());
      pSum += (double) both / sysCount.get(s);
      rSum += (double) both / goldCount.get(e.getValue());
    }
    int n = goldLabel.size();
    double bp = n == 0 ? 0 : pSum / n;
    double br = n == 0 ? 0 : rSum / n;
    double bf = bp + br == 0 ? 0 : 2 * bp * br / (bp + br);
    return new StoryScore(per, macro, bp, br, bf);
  }
}
