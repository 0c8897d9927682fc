package org.naba.story.batch;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Half-overlapping time windows over points sorted by time, and the stitching of their clusterings into one.
 *
 * <p>Slot s holds the points with {@code s·half <= t − t0 < (s+1)·half}; window w holds slots w and w+1, so a point
 * lies in two windows (slot 0 and the last slot: one). Its <em>home</em> is the window in whose middle half it lies.
 * Two clusters of consecutive windows are linked when more than half of the shared-slot points of one of them lie in
 * the other; linked clusters are one story (union-find). A point takes its home window's cluster, or its other
 * window's when it is noise at home.
 */
final class TimeWindows {
  private final int[] slot;
  private final boolean[] homeIsEarlier;
  private final int[] first; // first point of each slot (points are sorted), plus an end marker
  private final int count;

  /**
   * @param times point times in seconds, ascending
   * @param halfSeconds half a window
   */
  TimeWindows(long[] times, long halfSeconds) {
    if (halfSeconds <= 0) throw new IllegalArgumentException("halfSeconds " + halfSeconds);
    int n = times.length;
    slot = new int[n];
    homeIsEarlier = new boolean[n];
    long t0 = n == 0 ? 0 : times[0];
    int maxSlot = 0;
    for (int p = 0; p < n; p++) {
      if (p > 0 && times[p] < times[p - 1]) throw new IllegalArgumentException("times not ascending at " + p);
      long offset = times[p] - t0;
      slot[p] = Math.toIntExact(offset / halfSeconds);
      homeIsEarlier[p] = offset % halfSeconds < halfSeconds / 2;
      maxSlot = slot[p];
    }
    count = n == 0 ? 0 : Math.max(1, maxSlot);
    first = new int[maxSlot + 3];
    Arrays.fill(first, n);
    for (int p = n - 1; p >= 0; p--) first[slot[p]] = p;
    for (int s = first.length - 2; s >= 0; s--) first[s] = Math.min(first[s], first[s + 1]);
  }

  /** Number of windows. */
  int count() {
    return count;
  }

  /** The points of window {@code w}, ascending. */
  int[] members(int w) {
    int from = first[w];
    int to = first[w + 2];
    int[] out = new int[to - from];
    for (int i = 0; i < out.length; i++) out[i] = from + i;
    return out;
  }

  /** Points in the largest window. */
  int largest() {
    int max = 0;
    for (int w = 0; w < count; w++) max = Math.max(max, first[w + 2] - first[w]);
    return max;
  }

  /** The window a point belongs to most (the one in whose middle half it lies). */
  int home(int p) {
    int s = slot[p];
    if (s >= count) return count - 1; // the last slot lies in the last window only
    if (s == 0) return 0;
    return homeIsEarlier[p] ? s - 1 : s;
  }

  /**
   * Stitches per-window labels ({@code labels[w][k]} for the k-th point of window w; 0 noise, 1.. clusters) into one
   * clustering: per point a cluster number (dense, in order of first point), or −1 for noise.
   */
  int[] stitch(int[][] labels) {
    if (labels.length != count) throw new IllegalArgumentException("labels of " + labels.length + " windows, not " + count);
    int[] base = new int[count + 1];
    for (int w = 0; w < count; w++) {
      int max = 0;
      for (int l : labels[w]) max = Math.max(max, l);
      base[w + 1] = base[w] + max;
    }
    int[] parent = new int[base[count]];
    for (int i = 0; i < parent.length; i++) parent[i] = i;

    for (int w = 0; w + 1 < count; w++) {
      // Shared slot w+1: positions in window w start after slot w; in window w+1 they come first.
      int from = first[w + 1];
      int to = first[w + 2];
      int offsetInEarly = from - first[w];
      Map<Long, Integer> pairs = new HashMap<>();
      Map<Integer, Integer> inEarly = new HashMap<>();
      Map<Integer, Integer> inLate = new HashMap<>();
      for (int p = from; p < to; p++) {
        int a = labels[w][offsetInEarly + p - from];
        int b = labels[w + 1][p - from];
        if (a > 0) inEarly.merge(a, 1, Integer::sum);
        if (b > 0) inLate.merge(b, 1, Integer::sum);
        if (a > 0 && b > 0) pairs.merge(((long) a << 32) | b, 1, Integer::sum);
      }
      for (Map.Entry<Long, Integer> e : pairs.entrySet()) {
        int a = (int) (e.getKey() >>> 32);
        int b = (int) (long) e.getKey();
        int both = e.getValue();
        if (2 * both > inEarly.get(a) || 2 * both > inLate.get(b)) {
          union(parent, base[w] + a - 1, base[w + 1] + b - 1);
        }
      }
    }

    int n = slot.length;
    int[] out = new int[n];
    Map<Integer, Integer> dense = new HashMap<>();
    for (int p = 0; p < n; p++) {
      int home = home(p);
      int other = home == slot[p] ? slot[p] - 1 : slot[p];
      int label = labelOf(labels, home, p);
      int window = home;
      if (label <= 0 && other >= 0 && other < count) {
        label = labelOf(labels, other, p);
        window = other;
      }
      if (label <= 0) {
        out[p] = -1;
      } else {
        int root = find(parent, base[window] + label - 1);
        out[p] = dense.computeIfAbsent(root, r -> dense.size());
      }
    }
    return out;
  }

  private int labelOf(int[][] labels, int w, int p) {
    return labels[w][p - first[w]];
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int x, int y) {
    int rx = find(parent, x);
    int ry = find(parent, y);
    if (rx != ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
  }
}
