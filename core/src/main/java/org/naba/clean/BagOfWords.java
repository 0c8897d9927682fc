package org.naba.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.naba.text.TextNormalizer;

/**
 * Bag-of-words overlap between extracted and gold text, the measure of the CleanEval and ScrapingHub article
 * extraction benchmarks: precision, recall and F1 over the multisets of {@link TextNormalizer#tokens} (so order
 * and line breaks do not matter, repetition does). Pure and thread-safe.
 */
public final class BagOfWords {
  private BagOfWords() {}

  /** Precision, recall and F1 in [0, 1]; two empty texts agree perfectly. */
  public record Score(double precision, double recall, double f1) {
    public Score {
      for (double v : new double[] {precision, recall, f1}) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException("score out of [0,1]: " + v);
      }
    }
  }

  public static Score score(String extracted, String gold) {
    Map<String, Integer> e = counts(TextNormalizer.tokens(extracted));
    Map<String, Integer> g = counts(TextNormalizer.tokens(gold));
    int eTotal = total(e);
    int gTotal = total(g);
    if (eTotal == 0 && gTotal == 0) return new Score(1, 1, 1);
    int common = 0;
    for (Map.Entry<String, Integer> x : e.entrySet()) common += Math.min(x.getValue(), g.getOrDefault(x.getKey(), 0));
    double p = eTotal == 0 ? 0 : (double) common / eTotal;
    double r = gTotal == 0 ? 0 : (double) common / gTotal;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Score(p, r, f);
  }

  private static Map<String, Integer> counts(List<String> tokens) {
    Map<String, Integer> m = new HashMap<>();
    for (String t : tokens) m.merge(t, 1, Integer::sum);
    return m;
  }

  private static int total(Map<String, Integer> m) {
    int n = 0;
    for (int v : m.values()) n += v;
    return n;
  }
}
