package org.naba.dedup;

import java.util.List;
import org.naba.text.Hash64;
import org.naba.text.TextNormalizer;

/**
 * MinHash signatures over word shingles (Broder 1997). Shingle hashes are fully mixed 64-bit values (murmur3's
 * finaliser); each of the {@code k} hash functions is then a multiply-add {@code a·x + b mod 2^64} with a random
 * odd {@code a} (Dietzfelbinger's multiply-shift family, whose high bits decide the minimum): two operations per
 * shingle and function instead of a full mixer, which is what makes signatures cheap.
 *
 * <p>Immutable and thread-safe.
 */
public final class MinHasher {
  private final int shingle;
  private final long[] mul;
  private final long[] add;

  public MinHasher(int shingle, int hashes, long seed) {
    if (shingle < 1 || hashes < 1) throw new IllegalArgumentException("shingle " + shingle + ", hashes " + hashes);
    this.shingle = shingle;
    this.mul = new long[hashes];
    this.add = new long[hashes];
    long s = seed;
    for (int i = 0; i < hashes; i++) {
      s += 0x9E3779B97F4A7C15L;
      mul[i] = Hash64.fmix64(s) | 1L;
      s += 0x9E3779B97F4A7C15L;
      add[i] = Hash64.fmix64(s);
    }
  }

  public int size() {
    return mul.length;
  }

  /** The shingle hashes of a token list: one per window of {@code shingle} tokens (the whole text if shorter). */
  public long[] shingles(List<String> tokens) {
    return shingles(tokenHashes(tokens));
  }

  /** One 64-bit hash per token. */
  public static long[] tokenHashes(List<String> tokens) {
    long[] out = new long[tokens.size()];
    for (int i = 0; i < out.length; i++) out[i] = Hash64.of(tokens.get(i));
    return out;
  }

  /** One 64-bit hash per normalised token of a text (the same values as {@code tokenHashes(tokens(text))}). */
  public static long[] tokenHashes(CharSequence text) {
    long[][] out = {new long[64]};
    int[] n = {0};
    TextNormalizer.forEachToken(text, (buf, len) -> {
      if (n[0] == out[0].length) out[0] = java.util.Arrays.copyOf(out[0], n[0] * 2);
      out[0][n[0]++] = Hash64.of(buf, len);
    });
    return java.util.Arrays.copyOf(out[0], n[0]);
  }

  /** The shingle hashes of a token-hash sequence. */
  public long[] shingles(long[] tokenHashes) {
    if (tokenHashes.length == 0) return new long[0];
    int n = Math.max(1, tokenHashes.length - shingle + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0x84222325CBF29CE4L;
      for (int j = i; j < Math.min(i + shingle, tokenHashes.length); j++) h = Hash64.fmix64(h * 31 + tokenHashes[j]);
      out[i] = h;
    }
    return out;
  }

  /** The signature of a shingle set; an empty set gives all {@code Long.MAX_VALUE}, which matches nothing real. */
  public long[] signature(long[] shingles) {
    long[] sig = new long[mul.length];
    // Four functions at a time, their running minima in registers and the shingles streamed: four independent
    // chains of multiply, add and compare keep the core busy where one chain waits on each step, and the shingles
    // are read a quarter as often. The same values as shingle by shingle.
    int i = 0;
    for (; i + 4 <= sig.length; i += 4) {
      long m0 = mul[i], m1 = mul[i + 1], m2 = mul[i + 2], m3 = mul[i + 3];
      long a0 = add[i], a1 = add[i + 1], a2 = add[i + 2], a3 = add[i + 3];
      long min0 = Long.MAX_VALUE, min1 = Long.MAX_VALUE, min2 = Long.MAX_VALUE, min3 = Long.MAX_VALUE;
      for (long sh : shingles) {
        // Unsigned order of the high bits, kept in signed longs by flipping the sign bit (>>> 1 keeps it positive).
        min0 = Math.min(min0, (m0 * sh + a0) >>> 1);
        min1 = Math.min(min1, (m1 * sh + a1) >>> 1);
        min2 = Math.min(min2, (m2 * sh + a2) >>> 1);
        min3 = Math.min(min3, (m3 * sh + a3) >>> 1);
      }
      sig[i] = min0;
      sig[i + 1] = min1;
      sig[i + 2] = min2;
      sig[i + 3] = min3;
    }
    for (; i < sig.length; i++) {
      long m = mul[i];
      long a = add[i];
      long min = Long.MAX_VALUE;
      for (long sh : shingles) min = Math.min(min, (m * sh + a) >>> 1);
      sig[i] = min;
    }
    return sig;
  }
}
