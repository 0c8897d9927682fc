package org.naba.story;

import org.naba.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.naba.eval.StoryEval;
import org.naba.eval.StoryScore;
import org.junit.jupiter.api.Test;

/**
 * Streams all of SaudiNewsNet 2015 (31,030 articles) through the engine in {@code published} order and scores it
 * against the dev gold; the same for ANT 2018 and the gold written for Naba ({@code gold/ant-2018-stories.json}).
 * The floors are what the default settings reach, rounded down: a change that loses quality fails here. Skipped
 * when the shared data is absent.
 */
class StoryEngineGoldTest {
  @Test
  void saudiNewsNetDevGoldReachesTheMeasuredFloors() throws IOException {
    Path shared = SharedData.root().orElse(null);
    assumeTrue(shared != null, "shared data (../shared or ../../shared) absent: SaudiNewsNet gold test skipped");
    Path corpus = shared.resolve("data/news/saudinewsnet-2015.jsonl.gz");
    Path gold = shared.resolve("data/gold/saudinewsnet-2015-stories.json");
    assumeTrue(Files.isRegularFile(corpus) && Files.isRegularFile(gold), "SaudiNewsNet corpus or gold absent");

    List<StoryInput> articles = SharedData.storyInputs(corpus);
    StoryEngine engine = new StoryEngine(StorySettings.defaults());
    for (StoryInput in : articles) engine.add(in);
    StoryScore score = StoryEval.score(engine.assignments(), gold);

    assertThat(engine.assignments()).hasSize(31_030);
    assertThat(score.macroF1()).as(score.format()).isGreaterThanOrEqualTo(MACRO_F1_FLOOR);
    assertThat(score.bcubedF1()).as(score.format()).isGreaterThanOrEqualTo(BCUBED_F1_FLOOR);
    assertThat(engine.storylines().keySet()).containsAll(engine.assignments().values());
  }

  @Test
  void ant2018GoldReachesTheMeasuredFloors() throws IOException {
    Path shared = SharedData.root().orElse(null);
    assumeTrue(shared != null, "shared data (../shared or ../../shared) absent: ANT 2018 gold test skipped");
    Path corpus = shared.resolve("data/news/ant-2018.jsonl.gz");
    assumeTrue(Files.isRegularFile(corpus), "ANT 2018 corpus absent");
    Path gold = Path.of("src/test/resources/gold/ant-2018-stories.json");

    List<StoryInput> articles = SharedData.storyInputs(corpus);
    StoryEngine engine = new StoryEngine(StorySettings.defaults());
    for (StoryInput in : articles) engine.add(in);
    StoryScore score = StoryEval.score(engine.assignments(), gold);

    assertThat(score.macroF1()).as(score.format()).isGreaterThanOrEqualTo(ANT_MACRO_F1_FLOOR);
    assertThat(score.bcubedF1()).as(score.format()).isGreaterThanOrEqualTo(ANT_BCUBED_F1_FLOOR);
  }

  // On the raw corpus text: macro 0.763, B-cubed 0.773 (through naba run, on cleaned text: 0.844 / 0.832). Small
  // changes move the Abha bombing's largest piece by a hundred articles and the 14-article SABIC story between
  // 0.35 and 0.85 F1, hence the margin. ANT 2018 (the 24-story gold written for Naba), raw text: 0.811 / 0.772
  // (through naba run: 0.807 / 0.770).
  static final double MACRO_F1_FLOOR = 0.74;
  static final double BCUBED_F1_FLOOR = 0.70;
  static final double ANT_MACRO_F1_FLOOR = 0.78;
  static final double ANT_BCUBED_F1_FLOOR = 0.74;
}
