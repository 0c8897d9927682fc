package org.naba.dedup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * <p>Memory grows with the articles inside the near-duplicate window (their signatures and bucket entries), not
 * with their text: an article's text is never kept. Exact-hash and paragraph-hash maps keep 16–40 bytes per entry.
 *
 * <p>Not thread-safe: one instance sees the articles one at a time, in order.
 */
public final class Deduplicator {
  /** At most this many earlier carriers are remembered per paragraph: enough to name who ran a wire story first. */
  private static final int MAX_CARRIERS = 16;

  private final DedupSettings settings;
  private final MinHasher hasher;
  private final Map<Key, String> exact = new HashMap<>();
  private final Map<String, String> rootOf = new HashMap<>();
  private final List<Map<Long, List<Kept>>> buckets = new ArrayList<>();
  private final ArrayDeque<Kept> window = new ArrayDeque<>();
  private final Map<Long, List<Carrier>> paragraphs = new HashMap<>();

  private record Key(long hi, long lo) {}

  private record Kept(String id, Instant time, long[] signature, long[] bandKeys) {}

  private record Carrier(String id, String outlet) {}

  public Deduplicator(DedupSettings settings) {
    this.settings = settings;
    this.hasher = new MinHasher(settings.shingle(), settings.bands() * settings.rows(), 0x6E616261L);
    for (int b = 0; b < settings.bands(); b++) buckets.add(new HashMap<>());
  }

  public DedupResult add(DedupInput in) {
    evictBefore(in.time().minus(Duration.ofDays(settings.windowDays())));
    // Each paragraph is tokenised and hashed once; the article's token stream is their concatenation.
    List<long[]> paragraphHashes = new ArrayList<>(in.paragraphs().size());
    int total = 0;
    for (String p : in.paragraphs()) {
      long[] h = MinHasher.tokenHashes(p);
      paragraphHashes.add(h);
      total += h.length;
    }
    List<Provenance> provenance = provenance(in, paragraphHashes);
    if (total == 0) return new DedupResult(Optional.empty(), false, List.of(), provenance);
    long[] tokens = new long[total];
    int at = 0;
    for (long[] h : paragraphHashes) {
      System.arraycopy(h, 0, tokens, at, h.length);
      at += h.length;
    }

    Key key = digest(tokens);
    String exactOf = exact.putIfAbsent(key, in.id());
    long[] signature = hasher.signature(hasher.shingles(tokens));
    long[] bandKeys = bandKeys(signature);

    List<NearDuplicate> near = new ArrayList<>();
    Map<String, Kept> candidates = new LinkedHashMap<>();
    for (int b = 0; b < bandKeys.length; b++) {
      List<Kept> bucket = buckets.get(b).get(bandKeys[b]);
      if (bucket != null) for (Kept k : bucket) candidates.putIfAbsent(k.id(), k);
    }
    for (Kept k : candidates.values()) {
      double sim = MinHasher.similarity(signature, k.signature());
      if (sim >= settings.nearThreshold() + settings.margin()) near.add(new NearDuplicate(k.id(), sim));
    }
    near.sort(Comparator.comparingDouble(NearDuplicate::similarity).reversed().thenComparing(NearDuplicate::id));

    Optional<String> duplicateOf = Optional.empty();
    if (exactOf != null) {
      // An exact copy names the first article with this very text, even when that one is itself a near copy of
      // something older: exact groups stay whole, and the near-copy chain is one step away in the output.
      duplicateOf = Optional.of(exactOf);
    } else if (!near.isEmpty() && near.get(0).similarity() >= settings.duplicateThreshold()) {
      String original = near.get(0).id();
      duplicateOf = Optional.of(rootOf.getOrDefault(original, original));
    }
    duplicateOf.ifPresent(root -> rootOf.put(in.id(), root));

    Kept kept = new Kept(in.id(), in.time(), signature, bandKeys);
    for (int b = 0; b < bandKeys.length; b++) {
      buckets.get(b).computeIfAbsent(bandKeys[b], x -> new ArrayList<>(2)).add(kept);
    }
    window.addLast(kept);
    return new DedupResult(duplicateOf, exactOf != null, near, provenance);
  }

  /** Articles kept as near-duplicate candidates now (for memory accounting and tests). */
  public int windowSize() {
    return window.size();
  }

  private List<Provenance> provenance(DedupInput in, List<long[]> paragraphHashes) {
    List<Provenance> out = new ArrayList<>();
    for (int k = 0; k < paragraphHashes.size(); k++) {
      long[] t = paragraphHashes.get(k);
      if (t.length < settings.minParagraphTokens()) continue;
      long h = digest(t).lo();
      List<Carrier> carriers = paragraphs.computeIfAbsent(h, x -> new ArrayList<>(1));
      List<String> others = new ArrayList<>();
      for (Carrier c : carriers) if (!c.outlet().equals(in.outlet()) && !c.id().equals(in.id())) others.add(c.id());
      if (!others.isEmpty()) out.add(new Provenance(k, others.get(0), others.subList(1, others.size())));
      if (carriers.size() < MAX_CARRIERS && carriers.stream().noneMatch(c -> c.id().equals(in.id()))) {
        carriers.add(new Carrier(in.id(), in.outlet()));
      }
    }
    return out;
  }

  private long[] bandKeys(long[] signature) {
    long[] keys = new long[settings.bands()];
    for (int b = 0; b < keys.length; b++) {
      long h = b;
      for (int r = 0; r < settings.rows(); r++) h = MinHasher.fmix64(h * 31 + signature[b * settings.rows() + r]);
      keys[b] = h;
    }
    return keys;
  }

  private void evictBefore(Instant cutoff) {
    while (!window.isEmpty() && window.peekFirst().time().isBefore(cutoff)) {
      Kept k = window.removeFirst();
      for (int b = 0; b < k.bandKeys().length; b++) {
        List<Kept> bucket = buckets.get(b).get(k.bandKeys()[b]);
        if (bucket == null) continue;
        bucket.remove(k);
        if (bucket.isEmpty()) buckets.get(b).remove(k.bandKeys()[b]);
      }
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
