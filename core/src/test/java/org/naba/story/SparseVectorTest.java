package org.naba.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SparseVectorTest {
  @Test
  void theHeaviestComeFirstAndTiesGoToTheLowerId() {
    // Ids of a lead's terms: 2 تفجير, 5 مسجد, 7 عسير, 9 الطوارئ; مسجد and عسير weigh the same.
    int[] ids = {2, 5, 7, 9};
    float[] w = {0.9f, 0.5f, 0.5f, 0.1f};
    assertThat(SparseVector.heaviest(ids, w, 4, 3)).containsExactly(0, 1, 2);
    assertThat(SparseVector.heaviest(ids, w, 4, 0)).isEmpty();
    assertThat(SparseVector.heaviest(ids, w, 4, 10)).containsExactly(0, 1, 2, 3);
  }

  @Test
  void pickingAFewOfManyGivesWhatSortingAllGives() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int size = 1 + random.nextInt(400);
      int[] ids = random.ints(0, 5000).distinct().limit(size).sorted().toArray();
      size = ids.length;
      float[] w = new float[size];
      // Few distinct weights, so ties are common; some negative, which count as zero.
      for (int i = 0; i < size; i++) w[i] = (random.nextInt(12) - 2) / 4f;
      int n = 1 + random.nextInt(20);
      final float[] weights = w;
      final int[] ids2 = ids;
      int[] expected = IntStream.range(0, size).boxed()
          .sorted(Comparator.<Integer>comparingDouble(i -> -Math.max(0f, weights[i])).thenComparingInt(i -> ids2[i]))
          .limit(n).mapToInt(Integer::intValue).toArray();
      assertThat(SparseVector.heaviest(ids, w, size, n)).as("round %d: %s", round, Arrays.toString(ids))
          .containsExactly(expected);
    }
  }
}
