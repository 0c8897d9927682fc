package org.naba.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.naba.model.StoryEntity;
import org.naba.text.TextNormalizer;

/**
 * One type for a name across a run's stories, where the run is all but unanimous. A story types each of its names by
 * the tags of its own few articles, so a name the tagger reads right almost everywhere is now and then a place in one
 * story ("ترامب" a place in 2 of ANT's 110 stories naming him, "رونالدو" in 8 of 103; "أردوغان" a place or a body in 7 of
 * 100), and the story page lists him among its places. A name whose mentions across the run's stories are of one type at least
 * {@link #SHARE} of the time, in at least {@link #MIN_STORIES} stories, takes that type in every story. A name of two
 * common readings keeps each story's own ("برشلونة", the city in 66 ANT stories and the club in 146).
 *
 * <p>Pure and thread-safe.
 */
public final class NameTypes {
  /** The share of a name's mentions across the run one type must hold for every story to take it. */
  static final double SHARE = 0.9;
  /** The stories that must list a name before the run's reading of it overrules one story's. */
  static final int MIN_STORIES = 10;

  private NameTypes() {}

  /** The type the run gives each name it types as one (keyed by the folded name), from every story's names. */
  public static Map<String, String> agreed(Collection<List<StoryEntity>> stories) {
    Map<String, Map<String, Integer>> mentions = new HashMap<>();
    Map<String, Integer> listed = new HashMap<>();
    for (List<StoryEntity> names : stories) {
      for (StoryEntity e : names) {
        String key = TextNormalizer.normalize(e.name());
        mentions.computeIfAbsent(key, k -> new HashMap<>()).merge(e.type(), Math.max(1, e.mentions()), Integer::sum);
        listed.merge(key, 1, Integer::sum);
      }
    }
    Map<String, String> out = new HashMap<>();
    mentions.forEach((name, byType) -> {
      if (listed.get(name) < MIN_STORIES || byType.size() < 2) return;
      int total = byType.values().stream().mapToInt(Integer::intValue).sum();
      byType.forEach((type, n) -> {
        if (n >= SHARE * total) out.put(name, type);
      });
    });
    return out;
  }

  /** A story's names with the run's types; the same list when none changes. */
  public static List<StoryEntity> retyped(List<StoryEntity> names, Map<String, String> agreed) {
    List<StoryEntity> out = null;
    for (int i = 0; i < names.size(); i++) {
      StoryEntity e = names.get(i);
      String type = agreed.get(TextNormalizer.normalize(e.name()));
      if (type == null || type.equals(e.type())) continue;
      if (out == null) out = new ArrayList<>(names);
      out.set(i, new StoryEntity(e.name(), type, e.variants(), e.mentions(), e.articles()));
    }
    return out == null ? names : out;
  }
}
