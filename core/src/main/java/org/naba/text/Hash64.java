package org.naba.text;

/**
 * The one 64-bit string hash of Naba: FNV-1a over the UTF-16 units, then MurmurHash3's 64-bit finaliser for
 * avalanche. Dedup keys its token shingles and a resumed run's read ids with it, and the story engine its terms; at
 * 64 bits two distinct keys of a run of millions collide with odds of about one in ten million. Its values are
 * stored (a run's resume state), so they must never change.
 */
public final class Hash64 {
  private Hash64() {}

  /** The state {@link #extend} starts from. */
  public static final long START = 0xCBF29CE484222325L;

  /**
   * The running state after {@code s.subSequence(start, end)} is appended to the text {@code state} stands for:
   * {@code finish(extend(extend(START, a, …), b, …))} equals {@link #of} of the concatenation, without making it.
   */
  public static long extend(long state, CharSequence s, int start, int end) {
    long h = state;
    for (int i = start; i < end; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001B3L;
    }
    return h;
  }

  /** The hash of the text a running state of {@link #extend} stands for. */
  public static long finish(long state) {
    return fmix64(state);
  }

  /** The hash of a whole string. */
  public static long of(CharSequence s) {
    return of(s, 0, s.length());
  }

  /** The hash of {@code s.subSequence(start, end)}, without making it. */
  public static long of(CharSequence s, int start, int end) {
    long h = 0xCBF29CE484222325L;
    for (int i = start; i < end; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001B3L;
    }
    return fmix64(h);
  }

  /** The hash of the first {@code len} units of {@code buf}, equal to {@link #of} of the same text. */
  public static long of(char[] buf, int len) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < len; i++) {
      h ^= buf[i];
      h *= 0x100000001B3L;
    }
    return fmix64(h);
  }

  /** MurmurHash3's 64-bit finaliser: a bijective mixer with full avalanche. */
  public static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xFF51AFD7ED558CCDL;
    k ^= k >>> 33;
    k *= 0xC4CEB9FE1A85EC53L;
    k ^= k >>> 33;
    return k;
  }
}
