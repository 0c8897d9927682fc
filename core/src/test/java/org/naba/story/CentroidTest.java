package org.naba.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CentroidTest {
  // Term ids of a bombing story's vocabulary: 0 تفجير, 1 عسير, 2 مسجد, 3 الطوارئ, 4 انتحاري, 5 مفتي, 6 اجرامي.
  private static Centroid story() {
    Centroid c = new Centroid(100);
    c.add(SparseVector.normalised(new int[] {0, 1, 2, 3, 4}, new float[] {4, 4, 3, 3, 1}, 5));
    c.add(SparseVector.normalised(new int[] {0, 1, 2, 3}, new float[] {4, 4, 3, 3}, 4));
    return c;
  }

  @Test
  void aReactionNamingTheEventCoversItsSignatureWhateverElseItSays() {
    float[] dense = new float[10];
    // "المفتي يدين تفجير مسجد الطوارئ في عسير ويصفه بالعمل الاجرامي": the four signature words and two of its own.
    for (int id : new int[] {0, 1, 2, 3, 5, 6}) dense[id] = 0.1f;
    assertThat(story().coverageDense(dense, 4)).isCloseTo(1.0, within(1e-9));
    // Over five terms the one it lacks (انتحاري, light) costs only its share of the weight.
    assertThat(story().coverageDense(dense, 5)).isBetween(0.9, 0.99);
  }

  @Test
  void aSignatureWordHeldInAnotherFormCounts() {
    float[] dense = new float[10];
    // "المفتي يدين تفجير مسجد الطوارئ بعسير": عسير only behind a proclitic, marked as held in another form.
    for (int id : new int[] {0, 2, 3, 5}) dense[id] = 0.1f;
    boolean[] alsoHeld = new boolean[10];
    alsoHeld[1] = true;
    assertThat(story().coverageDense(dense, 4)).isBetween(0.6, 0.75);
    assertThat(story().coverageDense(dense, alsoHeld, 4)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void anArticleSharingOneWordCoversLittle() {
    float[] dense = new float[10];
    dense[0] = 1; // تفجير elsewhere
    assertThat(story().coverageDense(dense, 4)).isBetween(0.25, 0.35);
    assertThat(new Centroid(10).coverageDense(dense, 4)).isZero();
  }
}
