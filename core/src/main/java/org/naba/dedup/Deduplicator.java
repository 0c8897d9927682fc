package org.naba.dedup;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.naba.model.NearDuplicate;
import org.naba.model.Provenance;

/**
 * Online deduplication in publication order: exact copies (a hash of the normalised token stream, so harakat,
 * hamza forms, punctuation and white space do not hide a copy), near copies (MinHash + LSH banding, Broder 1997;
 * Leskovec et al., <i>Mining of Massive Datasets</i> ch. 3), and paragraph provenance (which earlier article of
 * another outlet first carried each paragraph).
 *
 * <p>Memory grows with the articles inside the time window, not with their text: an article's text is never kept.
 * Per kept article: its signature as 32-bit values (the high half of each 64-bit minimum; two different minima agree
 * by chance with probability 2^-32), one entry per band in primitive-keyed hash maps, and its paragraph keys. Articles
 * leave the near-duplicate buckets and the paragraph table when they fall out of the window; the exact-copy table
 * keeps 16-byte keys for the whole run. Measured with {@code naba bench dedup --synthetic N}.
 *
 * <p>Not thread-safe: one instance sees the articles one at a time, in order.
 */
public final class Deduplicator {
  /** At most this many earlier carriers are remembered per paragraph: enough to name who ran a wire story first. */
  private static final int MAX_CARRIERS = 16;

  private final DedupSettings settings;
  private final MinHasher hasher;
  private final Map<Key, String> exact = new HashMap<>();
  private final List<Long2ObjectOpenHashMap<Object>> buckets = new ArrayList<>(); // band key -> Kept or Kept[]
  private final ArrayDeque<Kept> window = new ArrayDeque<>();
  private final Long2ObjectOpenHashMap<Object> paragraphs = new Long2ObjectOpenHashMap<>(); // key -> Kept or Kept[]

  private record Key(long hi, long lo) {}

  /** An article in the window. {@code root}: the original it copies, or its own id. */
  private record Kept(String id, String outlet, String root, long time, int[] signature, long[] paragraphKeys) {}

  public Deduplicator(DedupSettings settings) {
    this.settings = settings;
    this.hasher = new MinHasher(settings.shingle(), settings.bands() * settings.rows(), 0x6E616261L);
    for (int b = 0; b < settings.bands(); b++) buckets.add(new Long2ObjectOpenHashMap<>());
  }

  public DedupResult add(DedupInput in) {
    long now = in.time().getEpochSecond();
    evictBefore(in.time().minus(Duration.ofDays(settings.windowDays())).getEpochSecond());
    // Each paragraph is tokenised and hashed once; the article's token stream is their concatenation.
    List<long[]> paragraphHashes = new ArrayList<>(in.paragraphs().size());
    int total = 0;
    for (String p : in.paragraphs()) {
      long[] h = MinHasher.tokenHashes(p);
      paragraphHashes.add(h);
      total += h.length;
    }
    long[] paragraphKeys = paragraphKeys(paragraphHashes);
    List<Provenance> provenance = provenance(in, paragraphKeys);
    if (total == 0) return new DedupResult(Optional.empty(), false, List.of(), provenance);
    long[] tokens = new long[total];
    int at = 0;
    for (long[] h : paragraphHashes) {
      System.arraycopy(h, 0, tokens, at, h.length);
      at += h.length;
    }

    Key key = digest(tokens);
    String exactOf = exact.putIfAbsent(key, in.id());
    int[] signature = compact(hasher.signature(hasher.shingles(tokens)));
    long[] bandKeys = bandKeys(signature);

    Map<String, Kept> candidates = new LinkedHashMap<>();
    for (int b = 0; b < bandKeys.length; b++) {
      forEach(buckets.get(b).get(bandKeys[b]), k -> candidates.putIfAbsent(k.id(), k));
    }
    List<NearDuplicate> near = new ArrayList<>();
    Map<String, String> rootOf = new HashMap<>();
    for (Kept k : candidates.values()) {
      double sim = similarity(signature, k.signature());
      if (sim >= settings.nearThreshold() + settings.margin()) {
        near.add(new NearDuplicate(k.id(), sim));
        rootOf.put(k.id(), k.root());
      }
    }
    near.sort(Comparator.comparingDouble(NearDuplicate::similarity).reversed().thenComparing(NearDuplicate::id));

    Optional<String> duplicateOf = Optional.empty();
    if (exactOf != null) {
      // An exact copy names the first article with this very text, even when that one is itself a near copy of
      // something older: exact groups stay whole, and the near-copy chain is one step away in the output.
      duplicateOf = Optional.of(exactOf);
    } else if (!near.isEmpty() && near.get(0).similarity() >= settings.duplicateThreshold()) {
      duplicateOf = Optional.of(rootOf.get(near.get(0).id()));
    }

    Kept kept = new Kept(in.id(), in.outlet(), duplicateOf.orElse(in.id()), now, signature, paragraphKeys);
    for (int b = 0; b < bandKeys.length; b++) add(buckets.get(b), bandKeys[b], kept, Integer.MAX_VALUE);
    for (long k : paragraphKeys) add(paragraphs, k, kept, MAX_CARRIERS);
    window.addLast(kept);
    return new DedupResult(duplicateOf, exactOf != null, near, provenance);
  }

  /** Articles kept as near-duplicate candidates now (for memory accounting and tests). */
  public int windowSize() {
    return window.size();
  }

  /** Keys of the paragraphs long enough to track, one per paragraph (0 for a short one: never looked up). */
  private long[] paragraphKeys(List<long[]> paragraphHashes) {
    long[] keys = new long[paragraphHashes.size()];
    for (int k = 0; k < keys.length; k++) {
      long[] t = paragraphHashes.get(k);
      keys[k] = t.length < settings.minParagraphTokens() ? 0 : digest(t).lo() | 1L;
    }
    return keys;
  }

  private List<Provenance> provenance(DedupInput in, long[] paragraphKeys) {
    List<Provenance> out = new ArrayList<>();
    for (int k = 0; k < paragraphKeys.length; k++) {
      if (paragraphKeys[k] == 0) continue;
      List<String> others = new ArrayList<>();
      forEach(paragraphs.get(paragraphKeys[k]), c -> {
        if (!c.outlet().equals(in.outlet()) && !c.id().equals(in.id()) && !others.contains(c.id())) others.add(c.id());
      });
      if (!others.isEmpty()) out.add(new Provenance(k, others.get(0), others.subList(1, others.size())));
    }
    return out;
  }

  // A slot of a primitive-keyed map holds one Kept, or an array of them when several share the key: most band keys
  // and paragraph keys belong to one article, so the common case costs no list.
  private static void add(Long2ObjectOpenHashMap<Object> map, long key, Kept kept, int max) {
    Object slot = map.get(key);
    if (slot == null) {
      map.put(key, kept);
    } else if (slot instanceof Kept one) {
      if (one != kept) map.put(key, new Kept[] {one, kept});
    } else {
      Kept[] many = (Kept[]) slot;
      if (many.length >= max || Arrays.asList(many).contains(kept)) return;
      Kept[] grown = Arrays.copyOf(many, many.length + 1);
      grown[many.length] = kept;
      map.put(key, grown);
    }
  }

  private static void remove(Long2ObjectOpenHashMap<Object> map, long key, Kept kept) {
    Object slot = map.get(key);
    if (slot == kept) {
      map.remove(key);
    } else if (slot instanceof Kept[] many) {
      Kept[] rest = Arrays.stream(many).filter(k -> k != kept).toArray(Kept[]::new);
      if (rest.length == 0) map.remove(key);
      else map.put(key, rest.length == 1 ? rest[0] : rest);
    }
  }

  private static void forEach(Object slot, java.util.function.Consumer<Kept> action) {
    if (slot instanceof Kept one) {
      action.accept(one);
    } else if (slot instanceof Kept[] many) {
      for (Kept k : many) action.accept(k);
    }
  }

  /** The high 32 bits of each minimum: their order is the order of the minima, and equal minima stay equal. */
  private static int[] compact(long[] signature) {
    int[] out = new int[signature.length];
    for (int i = 0; i < out.length; i++) out[i] = (int) (signature[i] >>> 31);
    return out;
  }

  /** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
    return (double) same / a.length;
  }

  private long[] bandKeys(int[] signature) {
    long[] keys = new long[settings.bands()];
    for (int b = 0; b < keys.length; b++) {
      long h = b;
      for (int r = 0; r < settings.rows(); r++) h = MinHasher.fmix64(h * 31 + signature[b * settings.rows() + r]);
      keys[b] = h;
    }
    return keys;
  }

  private void evictBefore(long cutoff) {
    while (!window.isEmpty() && window.peekFirst().time() < cutoff) {
      Kept k = window.removeFirst();
      long[] bandKeys = bandKeys(k.signature());
      for (int b = 0; b < bandKeys.length; b++) remove(buckets.get(b), bandKeys[b], k);
      for (long p : k.paragraphKeys()) if (p != 0) remove(paragraphs, p, k);
    }
  }

  /**
   * A 128-bit key of a token-hash sequence: two independent 64-bit chains over the (already mixed) token hashes,
   * so a false "exact copy" needs a 128-bit collision.
   */
  private static Key digest(long[] tokens) {
    long hi = 0x243F6A8885A308D3L;
    long lo = 0x13198A2E03707344L;
    for (long t : tokens) {
      hi = MinHasher.fmix64(hi ^ t) * 0x9E3779B97F4A7C15L;
      lo = MinHasher.fmix64(lo + t) ^ (lo >>> 29);
    }
    return new Key(MinHasher.fmix64(hi ^ tokens.length), MinHasher.fmix64(lo));
  }
}
