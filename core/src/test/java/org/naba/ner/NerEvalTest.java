package org.naba.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled entity model on ANERcorp's test split (CAMeL Lab split), when the shared data is present. */
class NerEvalTest {
  private static final Path TEST = Path.of("../../shared/data/ner/anercorp/ANERCorp_CamelLab_test.txt");

  @Test
  void theBundledModelScoresAsMeasuredOnTheTestSplit() throws Exception {
    assumeTrue(Files.exists(TEST), "ANERcorp is absent (" + TEST.toAbsolutePath() + "): skipped");
    NerScore score = NerTraining.score(NerModel.bundled(), NerTraining.readBio(TEST));
    // Measured 0.686 (`naba eval ner --gold …/ANERCorp_CamelLab_test.txt`): LOC 0.857, PERS 0.642, ORG 0.557.
    assertThat(score.f1()).as(score.format()).isGreaterThan(0.67);
  }
}
