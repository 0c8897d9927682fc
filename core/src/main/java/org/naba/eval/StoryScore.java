package org.naba.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores of a story clustering against a story gold (see {@link StoryEval}).
 *
 * @param stories one entry per gold story, in gold-file order
 * @param macroF1 mean of the per-story F1
 * @param bcubedPrecision B-cubed precision over the union of all gold members
 * @param bcubedRecall B-cubed recall over the same items
 * @param bcubedF1 harmonic mean of the two
 */
public record StoryScore(
    List<PerStory> stories, double macroF1, double bcubedPrecision, double bcubedRecall, double bcubedF1) {
  public StoryScore {
    stories = List.copyOf(stories);
  }

  /**
   * The score of one gold story against the system story that maximises F1 with its members.
   *
   * @param key gold story key
   * @param members number of gold members
   * @param bestStory id of the best-matching system story, empty when no member was assigned
   * @param precision |story ∩ members| / |story − related|
   * @param recall |story ∩ members| / |members|
   * @param f1 harmonic mean
   * @param pieces number of system stories the members are spread over
   */
  public record PerStory(
      String key, int members, String bestStory, double precision, double recall, double f1, int pieces) {
    public PerStory {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(bestStory, "bestStory");
    }
  }

  /** A fixed-width table, one line per gold story, then the averages. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-28s %7s %6s %6s %6s %6s%n", "story", "members", "P", "R", "F1", "pieces"));
    for (PerStory s : stories) {
      out.append(String.format(Locale.ROOT, "%-28s %7d %6.3f %6.3f %6.3f %6d%n",
          s.key(), s.members(), s.precision(), s.recall(), s.f1(), s.pieces()));
    }
    out.append(String.format(Locale.ROOT, "macro F1 %.4f  B-cubed P %.4f R %.4f F1 %.4f%n",
        macroF1, bcubedPrecision, bcubedRecall, bcubedF1));
    return out.toString();
  }
}
