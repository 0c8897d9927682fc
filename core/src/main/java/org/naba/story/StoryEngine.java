package org.naba.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.naba.text.TextNormalizer;

/**
 * Online, time-aware story clustering (after Miranda et al. 2018): each article, in publication order, is compared
 * with the stories active in the time window that share one of its top terms (an inverted index, not a scan) and
 * joins the most similar one, or opens a new story. Similarity is the cosine of TF-IDF vectors (IDF learned as
 * articles arrive) damped by a Gaussian of the time gap.
 *
 * <p>Not thread-safe; deterministic for a given input order.
 */
public final class StoryEngine {
  private final StorySettings settings;
  private final Map<String, Integer> df = new HashMap<>();
  private int docs;
  private final Map<String, StoryState> stories = new LinkedHashMap<>();
  private final Map<String, TreeSet<String>> index = new HashMap<>();
  private final Map<String, String> assignment = new LinkedHashMap<>();
  private int next = 1;

  private static final class StoryState {
    final String id;
    final Map<String, Double> centroid = new HashMap<>();
    Instant last;
    int size;

    StoryState(String id, Instant last) {
      this.id = id;
      this.last = last;
    }
  }

  public StoryEngine(StorySettings settings) {
    this.settings = settings;
  }

  public String add(StoryInput in) {
    if (in.duplicateOf().isPresent() && assignment.containsKey(in.duplicateOf().get())) {
      String story = assignment.get(in.duplicateOf().get());
      assignment.put(in.id(), story);
      return story;
    }
    Map<String, Double> vector = vector(in);
    StoryState best = null;
    double bestSim = 0;
    TreeSet<String> candidates = new TreeSet<>();
    for (String term : vector.keySet()) {
      TreeSet<String> s = index.get(term);
      if (s != null) candidates.addAll(s);
    }
    for (String id : candidates) {
      StoryState st = stories.get(id);
      double gapDays = Math.abs(Duration.between(st.last, in.published()).toMinutes()) / 1440.0;
      if (gapDays > settings.windowDays()) continue;
      double sim = cosine(vector, st.centroid) * Math.exp(-gapDays * gapDays / (2 * settings.sigmaDays() * settings.sigmaDays()));
      if (sim > bestSim) {
        bestSim = sim;
        best = st;
      }
    }
    if (best == null || bestSim < settings.threshold()) {
      best = new StoryState("s" + next++, in.published());
      stories.put(best.id, best);
    }
    absorb(best, vector, in.published());
    assignment.put(in.id(), best.id);
    return best.id;
  }

  public Map<String, String> assignments() {
    return Map.copyOf(assignment);
  }

  public Map<String, String> storylines() {
    Map<String, String> out = new TreeMap<>();
    for (String id : stories.keySet()) out.put(id, id);
    return out;
  }

  public Map<String, String> mergedInto() {
    return Map.of();
  }

  public Map<String, Instant> breaking() {
    return Map.of();
  }

  private void absorb(StoryState st, Map<String, Double> vector, Instant time) {
    for (Map.Entry<String, Double> e : vector.entrySet()) st.centroid.merge(e.getKey(), e.getValue(), Double::sum);
    if (st.centroid.size() > settings.terms() * 3) {
      List<Map.Entry<String, Double>> entries = new ArrayList<>(st.centroid.entrySet());
      entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      for (Map.Entry<String, Double> e : entries.subList(settings.terms() * 2, entries.size())) {
        st.centroid.remove(e.getKey());
        TreeSet<String> s = index.get(e.getKey());
        if (s != null) s.remove(st.id);
      }
    }
    for (String term : st.centroid.keySet()) index.computeIfAbsent(term, k -> new TreeSet<>()).add(st.id);
    if (time.isAfter(st.last)) st.last = time;
    st.size++;
  }

  private Map<String, Double> vector(StoryInput in) {
    Map<String, Integer> tf = new HashMap<>();
    for (String t : TextNormalizer.tokens(in.title())) if (t.length() > 2) tf.merge(t, 2, Integer::sum);
    List<String> body = TextNormalizer.tokens(in.text());
    for (String t : body.subList(0, Math.min(body.size(), 200))) if (t.length() > 2) tf.merge(t, 1, Integer::sum);
    docs++;
    for (String t : tf.keySet()) df.merge(t, 1, Integer::sum);
    List<Map.Entry<String, Double>> weighted = new ArrayList<>();
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double idf = Math.log((docs + 1.0) / (df.get(e.getKey()) + 0.5));
      weighted.add(Map.entry(e.getKey(), (1 + Math.log(e.getValue())) * idf));
    }
    weighted.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> v = new LinkedHashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : weighted.subList(0, Math.min(settings.terms(), weighted.size()))) {
      v.put(e.getKey(), e.getValue());
      norm += e.getValue() * e.getValue();
    }
    double n = Math.sqrt(norm);
    if (n > 0) v.replaceAll((k, x) -> x / n);
    return v;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    double nb = 0;
    for (double x : b.values()) nb += x * x;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double y = b.get(e.getKey());
      if (y != null) dot += e.getValue() * y;
    }
    return nb == 0 ? 0 : dot / Math.sqrt(nb);
  }
}
