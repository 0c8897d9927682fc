package org.naba.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryEvalTest {
  private static final StoryEval.GoldStory A =
      new StoryEval.GoldStory("a", List.of("a1", "a2", "a3", "a4"), Set.of("r1"));
  private static final StoryEval.GoldStory B = new StoryEval.GoldStory("b", List.of("b1", "b2"), Set.of());

  @Test
  void perfectClusteringScoresOne() {
    Map<String, String> sys = Map.of("a1", "x", "a2", "x", "a3", "x", "a4", "x", "b1", "y", "b2", "y", "z1", "z");
    StoryScore s = StoryEval.score(sys, List.of(A, B));
    assertThat(s.macroF1()).isEqualTo(1.0);
    assertThat(s.bcubedF1()).isEqualTo(1.0);
    assertThat(s.stories()).extracting(StoryScore.PerStory::pieces).containsExactly(1, 1);
    assertThat(s.stories()).extracting(StoryScore.PerStory::bestStory).containsExactly("x", "y");
  }

  @Test
  void relatedArticlesCountNeitherWayButOthersCountAgainst() {
    // x = a1..a4 + r1 (related) + n1 (unjudged): precision 4/5, recall 1.
    Map<String, String> sys =
        Map.of("a1", "x", "a2", "x", "a3", "x", "a4", "x", "r1", "x", "n1", "x", "b1", "y", "b2", "y");
    StoryScore.PerStory a = StoryEval.score(sys, List.of(A, B)).stories().get(0);
    assertThat(a.precision()).isCloseTo(0.8, within(1e-9));
    assertThat(a.recall()).isEqualTo(1.0);
    assertThat(a.f1()).isCloseTo(2 * 0.8 / 1.8, within(1e-9));
  }

  @Test
  void splitStoryTakesTheBestPieceAndCountsPieces() {
    // a split 3 + 1; the single piece also holds an intruder.
    Map<String, String> sys = Map.of("a1", "x", "a2", "x", "a3", "x", "a4", "w", "n1", "w", "b1", "y", "b2", "y");
    StoryScore s = StoryEval.score(sys, List.of(A, B));
    StoryScore.PerStory a = s.stories().get(0);
    assertThat(a.bestStory()).isEqualTo("x");
    assertThat(a.precision()).isEqualTo(1.0);
    assertThat(a.recall()).isCloseTo(0.75, within(1e-9));
    assertThat(a.pieces()).isEqualTo(2);
    assertThat(s.macroF1()).isCloseTo((2 * 0.75 / 1.75 + 1) / 2, within(1e-9));
  }

  @Test
  void bcubedMatchesAHandComputation() {
    // Everything of A and B in one system story: B-cubed precision = (4*4/6 + 2*2/6) / 6, recall 1.
    Map<String, String> sys = Map.of("a1", "x", "a2", "x", "a3", "x", "a4", "x", "b1", "x", "b2", "x");
    StoryScore s = StoryEval.score(sys, List.of(A, B));
    double p = (4 * (4.0 / 6) + 2 * (2.0 / 6)) / 6;
    assertThat(s.bcubedPrecision()).isCloseTo(p, within(1e-9));
    assertThat(s.bcubedRecall()).isEqualTo(1.0);
    assertThat(s.bcubedF1()).isCloseTo(2 * p / (1 + p), within(1e-9));
    // Best match for both is x: A gets P 4/6, B gets P 2/6.
    assertThat(s.stories().get(1).precision()).isCloseTo(2.0 / 6, within(1e-9));
  }

  @Test
  void missingMembersAreSingletons() {
    Map<String, String> sys = Map.of("a1", "x", "a2", "x", "b1", "y", "b2", "y");
    StoryScore s = StoryEval.score(sys, List.of(A, B));
    StoryScore.PerStory a = s.stories().get(0);
    assertThat(a.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(a.pieces()).isEqualTo(3);
    // B-cubed recall: a1,a2 get 2/4, a3,a4 get 1/4, b's get 1 → (0.5+0.5+0.25+0.25+1+1)/6.
    assertThat(s.bcubedRecall()).isCloseTo(3.5 / 6, within(1e-9));
  }

  @Test
  void storyWithNoAssignedMemberScoresZero() {
    StoryScore s = StoryEval.score(Map.of("b1", "y", "b2", "y"), List.of(A, B));
    assertThat(s.stories().get(0).f1()).isZero();
    assertThat(s.stories().get(0).bestStory()).isEmpty();
    assertThat(s.macroF1()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void readsTheGoldFileFormat(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, """
        {"corpus":"t","stories":[{"key":"a","members":["a1","a2"],"related":["r1"]},
                                 {"key":"b","members":["b1"],"related":[]}]}
        """, StandardCharsets.UTF_8);
    StoryScore s = StoryEval.score(Map.of("a1", "x", "a2", "x", "r1", "x", "b1", "x"), gold);
    assertThat(s.stories()).extracting(StoryScore.PerStory::key).containsExactly("a", "b");
    assertThat(s.stories().get(0).precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.format()).contains("macro F1").contains("B-cubed");
  }
}
