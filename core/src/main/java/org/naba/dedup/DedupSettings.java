package org.naba.dedup;

/**
 * Typed, bounded settings of the deduplicator.
 *
 * @param shingle words per shingle (word n-grams of normalised tokens)
 * @param bands LSH bands
 * @param rows MinHash values per band; bands × rows is the signature length
 * @param nearThreshold Jaccard similarity of word shingles from which two articles are near duplicates
 * @param margin how far above {@code nearThreshold} the MinHash estimate must be to list a pair: the estimate of
 *     {@code k} hashes has standard deviation {@code sqrt(J(1-J)/k)} (0.049 at J = 0.6, k = 100), and pairs just
 *     below the threshold far outnumber those above it, so without a margin many listed pairs are false
 * @param duplicateThreshold estimated Jaccard from which the article counts as a copy ({@code duplicate_of})
 * @param windowDays how long an article stays a near-duplicate candidate; exact copies are found at any distance
 * @param minParagraphTokens paragraphs shorter than this are not tracked for provenance (datelines, bylines)
 */
public record DedupSettings(
    int shingle, int bands, int rows, double nearThreshold, double margin, double duplicateThreshold, int windowDays,
    int minParagraphTokens) {

  public DedupSettings {
    check("shingle", shingle, 1, 10);
    check("bands", bands, 1, 64);
    check("rows", rows, 1, 32);
    if (!(nearThreshold > 0 && nearThreshold <= 1)) throw new IllegalArgumentException("nearThreshold " + nearThreshold + " not in (0, 1]");
    if (!(margin >= 0 && margin <= 0.3)) throw new IllegalArgumentException("margin " + margin + " not in [0, 0.3]");
    if (!(duplicateThreshold >= nearThreshold && duplicateThreshold <= 1)) {
      throw new IllegalArgumentException("duplicateThreshold " + duplicateThreshold + " not in [nearThreshold, 1]");
    }
    check("windowDays", windowDays, 1, 3650);
    check("minParagraphTokens", minParagraphTokens, 1, 1000);
  }

  /**
   * Word 3-grams, 20 bands of 5 rows (100 hashes): the LSH S-curve rises at (1/20)^(1/5) ≈ 0.55, so pairs at the 0.6
   * threshold become candidates with probability ≈ 0.9 and pairs at 0.8 with ≈ 0.9999. A margin of 1.5 standard
   * deviations (0.075) keeps listed pairs above the threshold (measured with {@code naba eval dedup}). Copies at 0.9
   * estimated Jaccard are treated as the same text with light edits (masthead, dateline, a sentence added).
   */
  public static DedupSettings defaults() {
    return new DedupSettings(3, 20, 5, 0.6, 0.075, 0.9, 30, 8);
  }

  private static void check(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " " + value + " not in [" + min + ", " + max + "]");
    }
  }
}
