package org.naba.story;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The sum of a story's article vectors in one space, truncated to its {@code capacity} heaviest terms after every
 * update. Truncation keeps memory and comparison cost per story constant however large the story grows, as the
 * bounded centroids of Miranda et al. 2018; the heaviest terms of a sum are those most of its articles share, so the
 * loss in cosine is small.
 */
final class Centroid {
  private final int capacity;
  private int[] ids = new int[0];
  private float[] weights = new float[0];
  private int size;
  private double norm;
  // The heaviest terms and their total weight, as of the last update (null: not computed since).
  private int[] signature;
  private float[] signatureWeights;
  private double signatureTotal;

  Centroid(int capacity) {
    this.capacity = capacity;
  }

  void add(SparseVector v) {
    add(v.ids, v.weights, v.size);
  }

  void add(Centroid other) {
    add(other.ids, other.weights, other.size);
  }

  private void add(int[] vIds, float[] vW, int vSize) {
    int[] outIds = new int[size + vSize];
    float[] outW = new float[size + vSize];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < size || j < vSize) {
      if (j >= vSize || (i < size && ids[i] < vIds[j])) {
        outIds[n] = ids[i];
        outW[n++] = weights[i++];
      } else if (i >= size || vIds[j] < ids[i]) {
        outIds[n] = vIds[j];
        outW[n++] = vW[j++];
      } else {
        outIds[n] = ids[i];
        outW[n++] = weights[i++] + vW[j++];
      }
    }
    ids = outIds;
    weights = outW;
    size = n;
    signature = null;
    // Prune only past twice the capacity: amortises the sort, and the extra terms only make the cosine closer.
    if (size > 2 * capacity) prune();
    double sq = 0;
    for (int k = 0; k < size; k++) sq += (double) weights[k] * weights[k];
    norm = Math.sqrt(sq);
  }

  /** Keeps the {@code capacity} heaviest terms (ties: lower id), still sorted by id. */
  private void prune() {
    int[] keep = SparseVector.heaviest(ids, weights, size, capacity);
    Arrays.sort(keep);
    int[] newIds = new int[capacity];
    float[] newW = new float[capacity];
    for (int k = 0; k < capacity; k++) {
      newIds[k] = ids[keep[k]];
      newW[k] = weights[keep[k]];
    }
    ids = newIds;
    weights = newW;
    size = capacity;
  }

  /**
   * Cosine between this centroid and a unit vector scattered into a dense array indexed by term id: a gather over
   * the centroid's terms, with none of the unpredictable branches of a sorted merge (the engine compares every
   * article with tens of centroids).
   */
  double cosineDense(float[] dense) {
    if (norm == 0) return 0;
    double sum = 0;
    for (int k = 0; k < size; k++) sum += (double) dense[ids[k]] * weights[k];
    return sum / norm;
  }

  /** Cosine between two centroids. */
  double cosine(Centroid other) {
    if (norm == 0 || other.norm == 0) return 0;
    return SparseVector.dot(ids, weights, size, other.ids, other.weights, other.size) / (norm * other.norm);
  }

  /**
   * Share of the weight of this centroid's {@code n} heaviest terms that {@code other} also holds: how much of this
   * story's core vocabulary the other story uses, however much else it talks about.
   */
  double coverageBy(Centroid other, int n) {
    int[] top = topTerms(n);
    double all = 0;
    double covered = 0;
    for (int id : top) {
      int at = Arrays.binarySearch(ids, 0, size, id);
      float w = weights[at];
      all += w;
      if (Arrays.binarySearch(other.ids, 0, other.size, id) >= 0) covered += w;
    }
    return all == 0 ? 0 : covered / all;
  }

  /**
   * Share of the weight of this centroid's {@code n} heaviest terms that a vector scattered into {@code dense} holds
   * (any weight): how much of a story's signature an article names.
   */
  double coverageDense(float[] dense, int n) {
    return coverageDense(dense, null, n);
  }

  /**
   * As {@link #coverageDense(float[], int)}, a signature term also counting as held where {@code alsoHeld} (indexed
   * by term id, may be null) is set: the article holds it in another surface form.
   */
  double coverageDense(float[] dense, boolean[] alsoHeld, int n) {
    if (signature == null || signature.length != Math.min(n, size)) {
      // Cached until the next update: a story is scored against far more articles than it takes in.
      int[] pos = SparseVector.heaviest(ids, weights, size, n);
      signature = new int[pos.length];
      signatureWeights = new float[pos.length];
      signatureTotal = 0;
      for (int k = 0; k < pos.length; k++) {
        signature[k] = ids[pos[k]];
        signatureWeights[k] = weights[pos[k]];
        signatureTotal += weights[pos[k]];
      }
    }
    if (signatureTotal == 0) return 0;
    double covered = 0;
    for (int k = 0; k < signature.length; k++) {
      if (dense[signature[k]] > 0 || (alsoHeld != null && alsoHeld[signature[k]])) covered += signatureWeights[k];
    }
    return covered / signatureTotal;
  }

  /** The {@code n} heaviest term ids (ties: lower id). */
  int[] topTerms(int n) {
    int[] pos = SparseVector.heaviest(ids, weights, size, n);
    int[] out = new int[pos.length];
    for (int k = 0; k < pos.length; k++) out[k] = ids[pos[k]];
    return out;
  }

  /** Writes the centroid for {@link StoryEngine#saveState}: its terms, weights and norm, exactly. */
  void write(StateBuffer out) {
    SparseVector.write(out, ids, weights, size);
    out.writeDouble(norm);
  }

  /** A centroid {@link #write} wrote, of {@code capacity} terms; ids must be under {@code terms}. */
  static Centroid read(DataInputStream in, int capacity, int terms) throws IOException {
    Centroid c = new Centroid(capacity);
    SparseVector v = SparseVector.read(in, 2 * capacity, terms);
    c.ids = v.ids;
    c.weights = v.weights;
    c.size = v.size;
    c.norm = in.readDouble();
    return c;
  }
}
