package org.naba.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StorylineEvalTest {
  // The Abha bombing: four members, two related articles (the 431 arrests, a week earlier, of the same ISIS wave).
  private static final StoryEval.GoldStory ABHA =
      new StoryEval.GoldStory("abha", List.of("a1", "a2", "a3", "a4"), Set.of("r1", "r2"));

  @Test
  void aStorylineFindsTheReactionThreadItsStoryMissedAndCountsWhatIsOffTopic() {
    Map<String, String> story = new HashMap<>();
    story.put("a1", "bombing");
    story.put("a2", "bombing");
    story.put("a3", "bombing");
    story.put("a4", "condolences"); // a reaction thread of its own
    story.put("r1", "arrests");
    story.put("r2", "elsewhere");
    story.put("x1", "arrests"); // an article on something else, in the storyline all the same
    Map<String, String> line = Map.of("bombing", "isis", "condolences", "isis", "arrests", "isis",
        "elsewhere", "elsewhere");
    StoryScore stories = StoryEval.score(story, List.of(ABHA));
    StorylineEval.PerStory s = StorylineEval.score(story, line, List.of(ABHA), stories).stories().get(0);
    assertThat(s.storyline()).isEqualTo("isis");
    assertThat(s.stories()).isEqualTo(3);
    assertThat(s.articles()).isEqualTo(6);
    assertThat(s.memberRecall()).isEqualTo(1.0); // the thread is in the storyline though not in the story
    assertThat(s.relatedRecall()).isEqualTo(0.5);
    assertThat(s.purity()).isCloseTo(5 / 6.0, within(1e-9));
  }

  @Test
  void aStoryWithoutAStorylineIsItsOwnAndMissingArticlesCountAsOutside() {
    Map<String, String> story = Map.of("a1", "bombing", "a2", "bombing", "r1", "arrests");
    StoryScore stories = StoryEval.score(story, List.of(ABHA));
    StorylineEval.Score score = StorylineEval.score(story, Map.of(), List.of(ABHA), stories);
    StorylineEval.PerStory s = score.stories().get(0);
    assertThat(s.storyline()).isEqualTo("bombing");
    assertThat(s.membersIn()).isEqualTo(2);
    assertThat(s.memberRecall()).isEqualTo(0.5); // a3 and a4 are not in the run
    assertThat(s.related()).isEqualTo(1); // r2 is not in the run: not counted
    assertThat(s.relatedIn()).isZero();
    assertThat(score.format()).contains("abha", "2/4", "0/1", "storylines: member recall 0.5000");
  }
}
