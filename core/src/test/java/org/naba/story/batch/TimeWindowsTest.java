package org.naba.story.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeWindowsTest {
  private static final long HOUR = 3600;

  @Test
  void everyPointLiesInTwoWindowsAndBelongsToTheOneWhoseMiddleHoldsIt() {
    // Half window = 10 h: slots [0,10) [10,20) [20,30); windows {0,1} and {1,2}.
    long[] t = {0, 9 * HOUR, 11 * HOUR, 16 * HOUR, 25 * HOUR};
    TimeWindows w = new TimeWindows(t, 10 * HOUR);
    assertThat(w.count()).isEqualTo(2);
    assertThat(w.members(0)).containsExactly(0, 1, 2, 3);
    assertThat(w.members(1)).containsExactly(2, 3, 4);
    assertThat(w.largest()).isEqualTo(4);
    assertThat(w.home(0)).isEqualTo(0);
    assertThat(w.home(2)).isEqualTo(0); // 1 h into slot 1: the middle of window 0
    assertThat(w.home(3)).isEqualTo(1); // 6 h into slot 1: the middle of window 1
    assertThat(w.home(4)).isEqualTo(1);
  }

  @Test
  void clustersThatShareMostOfTheirOverlapAreStitched() {
    long[] t = {0, 1 * HOUR, 11 * HOUR, 12 * HOUR, 13 * HOUR, 25 * HOUR, 26 * HOUR};
    TimeWindows w = new TimeWindows(t, 10 * HOUR);
    // Window 0 (points 0-4): {0,1,2,3} one cluster, 4 noise. Window 1 (points 2-6): {2,3,5} cluster 1, {4,6} cluster 2.
    int[][] labels = {{1, 1, 1, 1, 0}, {1, 1, 2, 1, 2}};
    int[] c = w.stitch(labels);
    assertThat(c[0]).isEqualTo(c[1]).isEqualTo(c[2]).isEqualTo(c[3]).isEqualTo(c[5]);
    assertThat(c[4]).isEqualTo(c[6]).isNotEqualTo(c[0]);
  }

  @Test
  void noiseInBothWindowsStaysNoise() {
    long[] t = {0, 11 * HOUR, 12 * HOUR};
    TimeWindows w = new TimeWindows(t, 10 * HOUR);
    int[] c = w.stitch(new int[][] {{0, 1, 1}});
    assertThat(c).containsExactly(-1, 0, 0);
  }
}
