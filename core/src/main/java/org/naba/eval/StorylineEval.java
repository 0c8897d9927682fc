package org.naba.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How well storylines gather a gold story's event and its neighbours, read from the same story gold: a storyline
 * holds one event's story with the stories of the other events of the same war or negotiation, which is what the
 * gold marks {@code related} ("an article whose main subject is another event of the same broader topic", or that
 * only mentions the event).
 *
 * <p>For each gold story, the storyline of its best-matching story (see {@link StoryEval}):
 *
 * <ul>
 *   <li>member recall: the share of its members in that storyline, whichever of its stories holds them (a reaction
 *       thread the story missed is still found there);
 *   <li>related recall: the share of its related articles in that storyline;
 *   <li>purity: the share of the storyline's articles that are members or related; the rest are about other
 *       topics. The gold marks related only what its queries found, so purity is a lower bound.
 * </ul>
 *
 * <p>Pure: the caller supplies the assignments.
 */
public final class StorylineEval {
  private StorylineEval() {}

  /**
   * One gold story's storyline.
   *
   * @param key gold story key
   * @param storyline the storyline of the best-matching story, empty when no member was assigned
   * @param stories stories in that storyline
   * @param articles articles in that storyline
   * @param members gold members
   * @param membersIn members in that storyline
   * @param related related articles the run holds
   * @param relatedIn related articles in that storyline
   */
  public record PerStory(
      String key, String storyline, int stories, int articles, int members, int membersIn, int related,
      int relatedIn) {
    public PerStory {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(storyline, "storyline");
    }

    public double memberRecall() {
      return members == 0 ? 0 : (double) membersIn / members;
    }

    public double relatedRecall() {
      return related == 0 ? 0 : (double) relatedIn / related;
    }

    public double purity() {
      return articles == 0 ? 0 : (double) (membersIn + relatedIn) / articles;
    }
  }

  /**
   * Storyline scores, one per gold story in gold order, with their means.
   *
   * @param stories per gold story
   */
  public record Score(List<PerStory> stories) {
    public Score {
      stories = List.copyOf(stories);
    }

    public double meanMemberRecall() {
      return stories.stream().mapToDouble(PerStory::memberRecall).average().orElse(0);
    }

    /** Mean over the gold stories that have related articles in the run. */
    public double meanRelatedRecall() {
      return stories.stream().filter(s -> s.related() > 0).mapToDouble(PerStory::relatedRecall).average().orElse(0);
    }

    public double meanPurity() {
      return stories.stream().mapToDouble(PerStory::purity).average().orElse(0);
    }

    /** A fixed-width table, one line per gold story, then the means. */
    public String format() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "%-28s %7s %8s %9s %9s %7s%n",
          "storyline of", "stories", "articles", "members", "related", "purity"));
      for (PerStory s : stories) {
        out.append(String.format(Locale.ROOT, "%-28s %7d %8d %4d/%-4d %4d/%-4d %7.3f%n", s.key(), s.stories(),
            s.articles(), s.membersIn(), s.members(), s.relatedIn(), s.related(), s.purity()));
      }
      out.append(String.format(Locale.ROOT,
          "storylines: member recall %.4f  related recall %.4f  purity %.4f%n",
          meanMemberRecall(), meanRelatedRecall(), meanPurity()));
      return out.toString();
    }
  }

  /**
   * Scores storylines.
   *
   * @param articleToStory article id → story id
   * @param storyToStoryline story id → storyline id (a story missing here is a storyline of its own)
   * @param gold the gold stories
   * @param stories the story scores of the same assignments, for each gold story's best match
   */
  public static Score score(Map<String, String> articleToStory, Map<String, String> storyToStoryline,
      List<StoryEval.GoldStory> gold, StoryScore stories) {
    Map<String, Integer> lineArticles = new HashMap<>();
    Map<String, java.util.Set<String>> lineStories = new HashMap<>();
    for (String story : articleToStory.values()) {
      String line = storyToStoryline.getOrDefault(story, story);
      lineArticles.merge(line, 1, Integer::sum);
      lineStories.computeIfAbsent(line, k -> new java.util.HashSet<>()).add(story);
    }
    Map<String, String> best = new HashMap<>();
    for (StoryScore.PerStory p : stories.stories()) best.put(p.key(), p.bestStory());
    List<PerStory> out = new ArrayList<>();
    for (StoryEval.GoldStory g : gold) {
      String bestStory = best.getOrDefault(g.key(), "");
      String line = bestStory.isEmpty() ? "" : storyToStoryline.getOrDefault(bestStory, bestStory);
      int membersIn = 0;
      for (String m : g.members()) {
        String s = articleToStory.get(m);
        if (s != null && !line.isEmpty() && storyToStoryline.getOrDefault(s, s).equals(line)) membersIn++;
      }
      int related = 0;
      int relatedIn = 0;
      for (String r : g.related()) {
        String s = articleToStory.get(r);
        if (s == null) continue;
        related++;
        if (!line.isEmpty() && storyToStoryline.getOrDefault(s, s).equals(line)) relatedIn++;
      }
      out.add(new PerStory(g.key(), line, line.isEmpty() ? 0 : lineStories.get(line).size(),
          lineArticles.getOrDefault(line, 0), g.members().size(), membersIn, related, relatedIn));
    }
    return new Score(out);
  }
}
