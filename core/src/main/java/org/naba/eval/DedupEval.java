package org.naba.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.naba.dedup.DedupSettings;
import org.naba.dedup.MinHasher;
import org.naba.text.TextNormalizer;

/**
 * Checks a run's duplicate decisions against the corpus it read, with exact computations:
 *
 * <ul>
 *   <li>exact cross-outlet copy groups (identical normalised text in two or more outlets): is every later copy's
 *       {@code duplicate_of} inside its group?
 *   <li>precision: for a random sample of flagged near-duplicate pairs, the exact Jaccard of their shingle sets;
 *   <li>recall: for a random sample of articles, every other article whose exact Jaccard is at least a level,
 *       found through an inverted index of shingles (exhaustive, not sampled), and whether the run flagged it.
 * </ul>
 */
public final class DedupEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DedupEval() {}

  private record Doc(String id, String outlet, long[] shingles) {}

  public static String run(Path corpus, Path runDir, int precisionSample, int recallSample, double recallLevel,
      long seed) throws IOException {
    DedupSettings settings = DedupSettings.defaults();
    MinHasher hasher = new MinHasher(settings.shingle(), 1, 1);
    Map<String, Doc> docs = new LinkedHashMap<>();
    Map<String, List<String>> byText = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(corpus), 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = JSON.readTree(line);
        String text = n.path("text").asText("");
        List<String> tokens = TextNormalizer.tokens(text);
        if (tokens.isEmpty()) continue;
        String id = n.path("id").asText();
        long[] sh = hasher.shingles(tokens);
        Arrays.sort(sh);
        docs.put(id, new Doc(id, n.path("outlet").asText(""), distinct(sh)));
        byText.computeIfAbsent(String.join(" ", tokens), k -> new ArrayList<>()).add(id);
      }
    }
    Map<String, String> duplicateOf = new HashMap<>();
    Map<String, List<String>> near = new HashMap<>();
    List<String[]> flagged = new ArrayList<>();
    for (String line : Files.readAllLines(runDir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode a = JSON.readTree(line);
      String id = a.get("id").asText();
      if (a.hasNonNull("duplicate_of")) duplicateOf.put(id, a.get("duplicate_of").asText());
      List<String> ns = new ArrayList<>();
      for (JsonNode n : a.path("near_duplicates")) {
        ns.add(n.get("id").asText());
        flagged.add(new String[] {id, n.get("id").asText()});
      }
      near.put(id, ns);
    }
    StringBuilder out = new StringBuilder();

    // 1. exact cross-outlet copy groups
    int groups = 0;
    int copies = 0;
    int found = 0;
    int pointingInside = 0;
    for (List<String> group : byText.values()) {
      Set<String> outlets = new HashSet<>();
      for (String id : group) outlets.add(docs.get(id).outlet());
      if (group.size() < 2 || outlets.size() < 2) continue;
      groups++;
      Set<String> members = new HashSet<>(group);
      // The run orders by publication time; whichever member came first is the original, every other points in —
      // or to the original's own original: duplicate_of names the root of a chain of copies, and the group's first
      // member may itself copy an earlier article that differs from it only in what cleaning removed (a site's
      // trailer) or in a comma (a near copy above the duplicate threshold).
      Set<String> accepted = new HashSet<>(members);
      for (String id : group) if (duplicateOf.containsKey(id)) accepted.add(duplicateOf.get(id));
      int pointing = 0;
      int intoGroup = 0;
      for (String id : group) {
        if (accepted.contains(duplicateOf.get(id))) pointing++;
        if (members.contains(duplicateOf.get(id))) intoGroup++;
      }
      pointingInside += Math.min(intoGroup, group.size() - 1);
      copies += group.size() - 1;
      found += Math.min(pointing, group.size() - 1);
    }
    out.append(String.format(Locale.ROOT,
        "exact cross-outlet copy groups: %d, later copies %d, pointing into their group or to its original's original"
            + " %d (%.1f%%; into the group itself %d)%n", groups, copies, found, 100.0 * found / Math.max(1, copies),
        pointingInside));

    // 2. precision of flagged near-duplicate pairs
    Random random = new Random(seed);
    List<String[]> sample = new ArrayList<>(flagged);
    java.util.Collections.shuffle(sample, random);
    sample = sample.subList(0, Math.min(precisionSample, sample.size()));
    int above = 0;
    for (String[] p : sample) {
      if (jaccard(docs.get(p[0]).shingles(), docs.get(p[1]).shingles()) >= settings.nearThreshold()) above++;
    }
    out.append(String.format(Locale.ROOT,
        "near-duplicate pairs flagged: %d; sample %d: exact Jaccard >= %.2f for %d (precision %.1f%%)%n",
        flagged.size(), sample.size(), settings.nearThreshold(), above, 100.0 * above / Math.max(1, sample.size())));

    // 3. recall against exact Jaccard >= level, exhaustive for a sample of articles
    Map<Long, List<Doc>> index = new HashMap<>();
    for (Doc d : docs.values()) for (long s : d.shingles()) index.computeIfAbsent(s, k -> new ArrayList<>(2)).add(d);
    List<Doc> all = new ArrayList<>(docs.values());
    java.util.Collections.shuffle(all, random);
    int truePairs = 0;
    int recalled = 0;
    for (Doc d : all.subList(0, Math.min(recallSample, all.size()))) {
      Map<String, Integer> shared = new HashMap<>();
      for (long s : d.shingles()) {
        List<Doc> posting = index.get(s);
        if (posting.size() > 2000) continue; // a shingle this common cannot decide a 0.8 pair on its own
        for (Doc o : posting) if (o != d) shared.merge(o.id(), 1, Integer::sum);
      }
      for (Map.Entry<String, Integer> e : shared.entrySet()) {
        Doc o = docs.get(e.getKey());
        int inter = e.getValue();
        double j = inter / (double) (d.shingles().length + o.shingles().length - inter);
        if (j < recallLevel) continue;
        truePairs++;
        boolean flaggedPair = near.getOrDefault(d.id(), List.of()).contains(o.id())
            || near.getOrDefault(o.id(), List.of()).contains(d.id())
            || d.id().equals(duplicateOf.get(o.id())) || o.id().equals(duplicateOf.get(d.id()))
            || (duplicateOf.containsKey(d.id()) && duplicateOf.get(d.id()).equals(duplicateOf.get(o.id())));
        if (flaggedPair) recalled++;
      }
    }
    out.append(String.format(Locale.ROOT,
        "recall: %d sampled articles, %d pairs with exact Jaccard >= %.2f, %d flagged (recall %.1f%%)%n",
        Math.min(recallSample, all.size()), truePairs, recallLevel, recalled, 100.0 * recalled / Math.max(1, truePairs)));
    return out.toString();
  }

  private static long[] distinct(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[n++] = sorted[i];
    return Arrays.copyOf(sorted, n);
  }

  private static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int inter = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        inter++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return inter / (double) (a.length + b.length - inter);
  }
}
