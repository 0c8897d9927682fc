package org.naba.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.text.Hash64;
import org.naba.text.TextNormalizer;

/** MinHash signatures: each value is the least of one hash function over the shingles, whatever the loop's shape. */
class MinHasherTest {
  private static final String TEXT = "قال وزير الخارجية إن المحادثات في جنيف كانت صريحة وبناءة، وإن الجانبين اتفقا"
      + " على مواصلة الحوار بشأن الأزمة السورية ووقف إطلاق النار في حلب خلال الأيام المقبلة";

  /** The definition, one function at a time: a·x + b mod 2^64, compared on its high bits as unsigned. */
  private static long[] reference(MinHasher h, long[] shingles, long seed) {
    long[] sig = new long[h.size()];
    long s = seed;
    for (int i = 0; i < sig.length; i++) {
      s += 0x9E3779B97F4A7C15L;
      long mul = Hash64.fmix64(s) | 1L;
      s += 0x9E3779B97F4A7C15L;
      long add = Hash64.fmix64(s);
      long min = Long.MAX_VALUE;
      for (long sh : shingles) min = Math.min(min, (mul * sh + add) >>> 1);
      sig[i] = min;
    }
    return sig;
  }

  @Test
  void everyFunctionOfTheSignatureIsItsMinimumOverTheShingles() {
    List<String> tokens = TextNormalizer.tokens(TEXT);
    // Signature lengths that are and are not multiples of the four functions computed together.
    for (int hashes : new int[] {1, 3, 4, 7, 100, 101}) {
      MinHasher h = new MinHasher(3, hashes, 42);
      long[] shingles = h.shingles(tokens);
      assertThat(h.signature(shingles)).as("%d hashes", hashes).containsExactly(reference(h, shingles, 42));
    }
  }

  @Test
  void theSameTextFoldedDifferentlyHasTheSameSignature() {
    MinHasher h = new MinHasher(3, 100, 1);
    long[] a = h.signature(h.shingles(MinHasher.tokenHashes("أعلنت الحكومة السورية وقف إطلاق النار في حلب")));
    long[] b = h.signature(h.shingles(MinHasher.tokenHashes("اعلنت الحكومة السوريه وقف اطلاق النار في حلب")));
    assertThat(a).containsExactly(b);
  }

  @Test
  void anEmptyTextMatchesNothing() {
    MinHasher h = new MinHasher(3, 10, 1);
    assertThat(h.signature(h.shingles(new long[0]))).containsOnly(Long.MAX_VALUE);
  }
}
