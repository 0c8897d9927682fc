package org.naba.story;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A sparse vector over term ids, sorted by id, so that dot products are a linear merge (no hashing, no boxing) and
 * iteration order never depends on a hash table.
 */
final class SparseVector {
  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0], 0);

  final int[] ids;
  final float[] weights;
  final int size;

  SparseVector(int[] ids, float[] weights, int size) {
    this.ids = ids;
    this.weights = weights;
    this.size = size;
  }

  /** Builds an L2-normalised vector from parallel arrays that need not be sorted (ids must be distinct). */
  static SparseVector normalised(int[] ids, float[] weights, int size) {
    long[] packed = new long[size];
    for (int i = 0; i < size; i++) packed[i] = ((long) ids[i] << 32) | (Float.floatToRawIntBits(weights[i]) & 0xffffffffL);
    Arrays.sort(packed);
    int[] outIds = new int[size];
    float[] outW = new float[size];
    double norm = 0;
    for (int i = 0; i < size; i++) {
      outIds[i] = (int) (packed[i] >>> 32);
      outW[i] = Float.intBitsToFloat((int) packed[i]);
      norm += (double) outW[i] * outW[i];
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < size; i++) outW[i] *= inv;
    }
    return new SparseVector(outIds, outW, size);
  }

  /**
   * Positions of the {@code n} heaviest of the first {@code size} entries (ids sorted ascending and distinct),
   * heaviest first, ties to the lower id.
   * Sorts packed primitive keys (weights are non-negative, so their IEEE bits order like the values): no boxing.
   */
  static int[] heaviest(int[] ids, float[] weights, int size, int n) {
    int m = Math.max(0, Math.min(n, size));
    if (m == 0) return new int[0];
    long[] keys;
    if (m * 8 < size) {
      // Few out of many (a query's or a signature's terms of a long centroid): keep the m least keys by insertion,
      // which rejects most entries at one comparison, instead of sorting them all. The keys are distinct (ids are),
      // so this is the same order a sort gives.
      keys = new long[m];
      int filled = 0;
      for (int i = 0; i < size; i++) {
        long key = key(ids[i], weights[i]);
        if (filled == m && key >= keys[m - 1]) continue;
        int j = filled == m ? m - 1 : filled++;
        while (j > 0 && keys[j - 1] > key) {
          keys[j] = keys[j - 1];
          j--;
        }
        keys[j] = key;
      }
    } else {
      keys = new long[size];
      for (int i = 0; i < size; i++) keys[i] = key(ids[i], weights[i]);
      Arrays.sort(keys);
    }
    int[] out = new int[m];
    for (int k = 0; k < m; k++) {
      // ids are sorted and distinct, so the id finds its position.
      out[k] = Arrays.binarySearch(ids, 0, size, (int) keys[k]);
    }
    return out;
  }

  /** Orders by weight, heaviest first, then by id: negative weights count as zero. */
  private static long key(int id, float weight) {
    int bits = Float.floatToIntBits(Math.max(0f, weight));
    return ((long) (Integer.MAX_VALUE - bits) << 32) | id; // ids are >= 0
  }

  /** Dot product with a vector scattered into a dense array indexed by term id. */
  double dotDense(float[] dense) {
    double sum = 0;
    for (int k = 0; k < size; k++) sum += (double) dense[ids[k]] * weights[k];
    return sum;
  }

  void scatter(float[] dense) {
    for (int k = 0; k < size; k++) dense[ids[k]] = weights[k];
  }

  void clear(float[] dense) {
    for (int k = 0; k < size; k++) dense[ids[k]] = 0;
  }

  static double dot(int[] aIds, float[] aW, int aSize, int[] bIds, float[] bW, int bSize) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < aSize && j < bSize) {
      int a = aIds[i];
      int b = bIds[j];
      if (a == b) {
        sum += (double) aW[i++] * bW[j++];
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** Writes the vector for {@link StoryEngine#saveState}. */
  void write(StateBuffer out) {
    write(out, ids, weights, size);
  }

  /** Writes the first {@code size} terms (ids ascending) and weights of a vector or a centroid. */
  static void write(StateBuffer out, int[] ids, float[] weights, int size) {
    out.writeVarInt(size);
    int previous = -1;
    for (int k = 0; k < size; k++) {
      out.writeVarInt(ids[k] - previous); // ids ascend: their gaps are small
      previous = ids[k];
      out.writeFloat(weights[k]);
    }
  }

  /**
   * A vector {@link #write} wrote, of at most {@code max} terms whose ids must be under {@code terms}.
   *
   * @throws IOException naming what is corrupt
   */
  static SparseVector read(DataInputStream in, int max, int terms) throws IOException {
    int size = StateBuffer.readVarInt(in);
    if (size < 0 || size > max) throw new IOException("corrupt: a vector of " + size + " terms");
    int[] ids = new int[size];
    float[] weights = new float[size];
    for (int k = 0; k < size; k++) {
      ids[k] = (k == 0 ? -1 : ids[k - 1]) + StateBuffer.readVarInt(in);
      if (ids[k] < 0 || ids[k] >= terms || (k > 0 && ids[k] <= ids[k - 1])) {
        throw new IOException("corrupt: vector term " + ids[k]);
      }
      weights[k] = in.readFloat();
    }
    return new SparseVector(ids, weights, size);
  }
}
