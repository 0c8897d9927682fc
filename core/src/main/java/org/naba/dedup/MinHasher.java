package org.naba.dedup;

import java.util.List;

/**
 * MinHash signatures over word shingles (Broder 1997). Each of the {@code k} hash functions is the murmur3
 * finaliser applied to the shingle's 64-bit hash xor a per-function seed: cheap, and as good as universal hashing
 * for this use (the datatrove and text-dedup tools do the same with other mixers).
 *
 * <p>Immutable and thread-safe.
 */
public final class MinHasher {
  private final int shingle;
  private final long[] seeds;

  public MinHasher(int shingle, int hashes, long seed) {
    if (shingle < 1 || hashes < 1) throw new IllegalArgumentException("shingle " + shingle + ", hashes " + hashes);
    this.shingle = shingle;
    this.seeds = new long[hashes];
    long s = seed;
    for (int i = 0; i < hashes; i++) {
      s += 0x9E3779B97F4A7C15L;
      seeds[i] = fmix64(s);
    }
  }

  public int size() {
    return seeds.length;
  }

  /** The shingle hashes of a token list: one per window of {@code shingle} tokens (the whole text if shorter). */
  public long[] shingles(List<String> tokens) {
    if (tokens.isEmpty()) return new long[0];
    long[] tokenHashes = new long[tokens.size()];
    for (int i = 0; i < tokenHashes.length; i++) tokenHashes[i] = hash(tokens.get(i));
    int n = Math.max(1, tokens.size() - shingle + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0x84222325CBF29CE4L;
      for (int j = i; j < Math.min(i + shingle, tokenHashes.length); j++) h = fmix64(h * 31 + tokenHashes[j]);
      out[i] = h;
    }
    return out;
  }

  /** The signature of a shingle set; an empty set gives all {@code Long.MAX_VALUE}, which matches nothing real. */
  public long[] signature(long[] shingles) {
    long[] sig = new long[seeds.length];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long sh : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long v = fmix64(sh ^ seeds[i]);
        if (v < sig[i]) sig[i] = v;
      }
    }
    return sig;
  }

  /** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i] && a[i] != Long.MAX_VALUE) same++;
    return (double) same / a.length;
  }

  static long hash(String s) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001B3L;
    }
    return fmix64(h);
  }

  /** MurmurHash3's 64-bit finaliser: a bijective mixer with full avalanche. */
  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xFF51AFD7ED558CCDL;
    k ^= k >>> 33;
    k *= 0xC4CEB9FE1A85EC53L;
    k ^= k >>> 33;
    return k;
  }
}
