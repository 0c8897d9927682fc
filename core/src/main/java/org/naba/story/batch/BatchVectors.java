package org.naba.story.batch;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.naba.story.AnalysedArticle;
import org.naba.story.EntityTerms;
import org.naba.story.IdfPrior;
import org.naba.story.StorySettings;

/**
 * The online engine's article vectors, computed in one pass over the whole input: three TF-IDF spaces — the lead
 * with the title repeated {@link StorySettings#titleRepeat()} times, the title alone, and the entity-like terms
 * (numbers, Latin tokens, and terms in at most {@link StorySettings#rareTermMaxDf()} of the documents) — each
 * weighted (1 + ln tf) · idf and L2-normalised, then concatenated, space s scaled by √weight(s). The dot product of
 * two concatenations is then exactly the engine's weighted sum of the three cosines, and their cosine that sum over
 * the total weight.
 *
 * <p>What differs from the stream, because a batch sees everything at once: document frequencies are counted over the
 * whole input (every article, copies too, as the engine counts them), with the background table ({@link IdfPrior})
 * faded as the engine fades it at the end of a stream of this length; and there is no burst weighting (a term's
 * surge is a property of a moment in the stream). Each lead and entity vector keeps its {@code maxTerms} heaviest
 * terms.
 */
final class BatchVectors {
  static final int SPACES = 3;

  /** Per article: feature ids (term id · 3 + space: 0 lead, 1 title, 2 entities), ascending. */
  final int[][] ids;
  /** Per article: the weights of {@link #ids}, √weight(space) · the space's unit vector. */
  final float[][] weights;
  /** Feature names for Tribuo, by feature id. */
  final String[] names;

  private BatchVectors(int[][] ids, float[][] weights, String[] names) {
    this.ids = ids;
    this.weights = weights;
    this.names = names;
  }

  boolean isEmpty(int article) {
    return ids[article].length == 0;
  }

  static BatchVectors build(List<AnalysedArticle> articles, StorySettings s, IdfPrior prior, int maxTerms) {
    Map<String, Integer> termIds = new HashMap<>();
    int n = articles.size();
    int[][] title = new int[n][];
    int[][] lead = new int[n][];
    int[] df = new int[1024];
    for (int a = 0; a < n; a++) {
      AnalysedArticle art = articles.get(a);
      int[] t = new int[art.titleTerms().size()];
      for (int i = 0; i < t.length; i++) t[i] = termIds.computeIfAbsent(art.titleTerms().get(i), k -> termIds.size());
      int[] b = new int[art.bodyTerms().size() + t.length * s.titleRepeat()];
      int k = 0;
      for (String term : art.bodyTerms()) b[k++] = termIds.computeIfAbsent(term, x -> termIds.size());
      for (int r = 0; r < s.titleRepeat(); r++) {
        for (int id : t) b[k++] = id;
      }
      Arrays.sort(t);
      Arrays.sort(b);
      title[a] = t;
      lead[a] = b;
      if (termIds.size() > df.length) df = Arrays.copyOf(df, Math.max(df.length * 2, termIds.size()));
      // Document frequency counts each distinct term of title ∪ lead once (the lead holds the title's terms
      // whenever titleRepeat > 0; the merge covers titleRepeat = 0).
      int ti = 0;
      int bi = 0;
      while (ti < t.length || bi < b.length) {
        int next = bi >= b.length || (ti < t.length && t[ti] < b[bi]) ? t[ti] : b[bi];
        df[next]++;
        while (ti < t.length && t[ti] == next) ti++;
        while (bi < b.length && b[bi] == next) bi++;
      }
    }
    String[] terms = new String[termIds.size()];
    termIds.forEach((term, id) -> terms[id] = term);
    double[] idf = new double[terms.length];
    boolean[] entity = new boolean[terms.length];
    double rareDf = EntityTerms.rareDf(s.rareTermMaxDf(), n);
    for (int id = 0; id < terms.length; id++) {
      idf[id] = prior.idf(prior.df(terms[id]), df[id], n);
      entity[id] = EntityTerms.isEntityLike(terms[id]) || df[id] <= rareDf;
    }

    int cap = Math.min(maxTerms, s.articleTerms());
    double[] scale = {Math.sqrt(s.bodyWeight()), Math.sqrt(s.titleWeight()), Math.sqrt(s.entityWeight())};
    int[][] outIds = new int[n][];
    float[][] outW = new float[n][];
    String[] names = new String[terms.length * SPACES];
    for (int a = 0; a < n; a++) {
      Space body = Space.of(lead[a], idf, null);
      Space entities = Space.of(lead[a], idf, entity);
      Space head = Space.of(title[a], idf, null);
      body.keepHeaviest(cap);
      entities.keepHeaviest(cap);
      Space[] spaces = {body, head, entities};
      int total = body.size + head.size + entities.size;
      long[] packed = new long[total];
      float[] w = new float[total];
      int k = 0;
      for (int sp = 0; sp < SPACES; sp++) {
        Space v = spaces[sp];
        double norm = v.norm();
        if (norm == 0 || scale[sp] == 0) continue;
        for (int i = 0; i < v.size; i++) {
          int feature = v.ids[i] * SPACES + sp;
          packed[k] = ((long) feature << 32) | k;
          w[k++] = (float) (scale[sp] * v.weights[i] / norm);
        }
      }
      Arrays.sort(packed, 0, k);
      int[] fIds = new int[k];
      float[] fW = new float[k];
      for (int i = 0; i < k; i++) {
        fIds[i] = (int) (packed[i] >>> 32);
        fW[i] = w[(int) packed[i]];
        if (names[fIds[i]] == null) names[fIds[i]] = Integer.toString(fIds[i]);
      }
      outIds[a] = fIds;
      outW[a] = fW;
    }
    return new BatchVectors(outIds, outW, names);
  }

  /** One space of one article: distinct term ids (ascending) with (1 + ln tf) · idf weights. */
  private static final class Space {
    int[] ids;
    double[] weights;
    int size;

    static Space of(int[] sortedTerms, double[] idf, boolean[] only) {
      Space v = new Space();
      v.ids = new int[sortedTerms.length];
      v.weights = new double[sortedTerms.length];
      for (int i = 0; i < sortedTerms.length; ) {
        int id = sortedTerms[i];
        int j = i;
        while (j < sortedTerms.length && sortedTerms[j] == id) j++;
        if (only == null || only[id]) {
          v.ids[v.size] = id;
          v.weights[v.size++] = (1 + Math.log(j - i)) * idf[id];
        }
        i = j;
      }
      return v;
    }

    /** Keeps the {@code n} heaviest entries (ties: lower id), in id order. */
    void keepHeaviest(int n) {
      if (size <= n) return;
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) order[i] = i;
      Arrays.sort(order, (x, y) -> weights[x] != weights[y] ? Double.compare(weights[y], weights[x]) : Integer.compare(ids[x], ids[y]));
      int[] keep = new int[n];
      for (int i = 0; i < n; i++) keep[i] = order[i];
      Arrays.sort(keep);
      for (int i = 0; i < n; i++) {
        ids[i] = ids[keep[i]];
        weights[i] = weights[keep[i]];
      }
      size = n;
    }

    double norm() {
      double sq = 0;
      for (int i = 0; i < size; i++) sq += weights[i] * weights[i];
      return Math.sqrt(sq);
    }
  }
}
