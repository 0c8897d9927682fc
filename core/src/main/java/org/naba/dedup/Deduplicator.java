package org.naba.dedup;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
import org.naba.text.Hash64;
import org.naba.text.StateFormat;
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
 * <p>The state survives a restart: {@link #saveState} writes it (exact-copy keys with the first article's id, the
 * window's articles with their signatures, paragraph keys, outlets and times, the clock) in a compact binary form,
 * and {@link #restoreState} rebuilds a deduplicator that decides exactly as the saved one would have. The band
 * buckets and the paragraph table are not written: they are rebuilt from the window, in its order.
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
  private long clock = Long.MIN_VALUE; // latest time seen, epoch seconds
  private long seen; // articles added, over every run this state went through

  private record Key(long hi, long lo) {}

  /**
   * An article in the window. {@code root}: the original it copies, or its own id. {@code paragraphKeys}: the keys
   * under which it is listed in the paragraph table (0 for a paragraph too short to track, or whose key already had
   * {@link #MAX_CARRIERS} carriers when it came), so that the table can be rebuilt from the window.
   */
  private record Kept(String id, String outlet, String root, long time, int[] signature, long[] paragraphKeys) {}

  public Deduplicator(DedupSettings settings) {
    this.settings = settings;
    this.hasher = new MinHasher(settings.shingle(), settings.bands() * settings.rows(), 0x6E616261L);
    for (int b = 0; b < settings.bands(); b++) buckets.add(new Long2ObjectOpenHashMap<>());
  }

  public DedupResult add(DedupInput in) {
    long now = in.time().getEpochSecond();
    clock = Math.max(clock, now);
    seen++;
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
    register(kept, bandKeys);
    window.addLast(kept);
    return new DedupResult(duplicateOf, exactOf != null, near, provenance);
  }

  /**
   * The outlets of those of {@code ids} that are still in the window (one pass over it): provenance may name an
   * article read by an earlier, resumed run, whose outlet only the window still knows.
   */
  public Map<String, String> windowOutlets(java.util.Set<String> ids) {
    Map<String, String> out = new HashMap<>();
    if (ids.isEmpty()) return out;
    for (Kept k : window) {
      if (ids.contains(k.id())) out.put(k.id(), k.outlet());
    }
    return out;
  }

  /** Lists a window article in the band buckets and the paragraph table; forgets the keys the table refused. */
  private void register(Kept kept, long[] bandKeys) {
    for (int b = 0; b < bandKeys.length; b++) add(buckets.get(b), bandKeys[b], kept, Integer.MAX_VALUE);
    long[] keys = kept.paragraphKeys();
    for (int k = 0; k < keys.length; k++) {
      if (keys[k] != 0 && !add(paragraphs, keys[k], kept, MAX_CARRIERS)) keys[k] = 0;
    }
  }

  /** Articles kept as near-duplicate candidates now (for memory accounting and tests). */
  public int windowSize() {
    return window.size();
  }

  /** Articles this deduplicator has seen, counting those of the runs its state was restored from. */
  public long articlesSeen() {
    return seen;
  }

  /** Distinct texts remembered for exact copies (one 16-byte key each, kept for good). */
  public int exactKeys() {
    return exact.size();
  }

  /** The latest publication time seen, or empty before the first article. */
  public Optional<Instant> clock() {
    return clock == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(clock));
  }

  // ---- state that survives a restart ----

  /** Version of the format {@link #saveState} writes; {@link #restoreState} refuses any other. */
  public static final int STATE_FORMAT = 1;

  private static final int MAGIC = 0x4E424453; // "NBDS"
  private static final int END = 0x454E4421; // "END!"
  private static final int MAX_STRING_BYTES = 1 << 20;

  /**
   * Writes the whole state, compactly: a header (format, a fingerprint of the text normalisation and hashing, the
   * settings that shape keys and signatures, the clock), the exact-copy keys with their first article's id, the
   * window's outlets once, then per window article its id, outlet, original, time (delta-coded), signature (4 bytes a
   * value) and paragraph keys. About 30 bytes per distinct text seen plus about 4 × bands × rows bytes per article in
   * the window: it grows with the articles, not with their text. Does not close {@code out}.
   */
  public void saveState(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    StateFormat.writeHeader(d, MAGIC, STATE_FORMAT);
    d.writeLong(fingerprint());
    for (int v : shape(settings)) d.writeInt(v);
    d.writeLong(clock);
    d.writeLong(seen);
    writeVarLong(d, exact.size());
    for (Map.Entry<Key, String> e : exact.entrySet()) {
      d.writeLong(e.getKey().hi());
      d.writeLong(e.getKey().lo());
      writeString(d, e.getValue());
    }
    Map<String, Integer> outlets = new LinkedHashMap<>();
    for (Kept k : window) outlets.putIfAbsent(k.outlet(), outlets.size());
    writeVarLong(d, outlets.size());
    for (String o : outlets.keySet()) writeString(d, o);
    writeVarLong(d, window.size());
    long previous = 0;
    java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(4 * settings.bands() * settings.rows());
    for (Kept k : window) {
      writeString(d, k.id());
      boolean original = k.root().equals(k.id());
      writeVarLong(d, ((long) outlets.get(k.outlet()) << 1) | (original ? 0 : 1));
      if (!original) writeString(d, k.root());
      long delta = k.time() - previous;
      writeVarLong(d, (delta << 1) ^ (delta >> 63)); // zigzag: times are ordered, so deltas are small and positive
      previous = k.time();
      block.clear();
      block.asIntBuffer().put(k.signature()); // one block write: 4 bytes a value, big-endian like writeInt
      d.write(block.array());
      int listed = 0;
      for (long p : k.paragraphKeys()) if (p != 0) listed++;
      writeVarLong(d, listed);
      for (long p : k.paragraphKeys()) if (p != 0) d.writeLong(p);
    }
    d.writeInt(END);
    d.flush();
  }

  /**
   * Rebuilds a deduplicator from {@link #saveState}'s bytes, reading {@code in} to its end. The result decides every
   * later article exactly as the saved one would have.
   *
   * @throws IOException naming what is wrong when the bytes are not a deduplicator state, are of another format
   *     version, were written with other settings or another text normalisation or hashing, or are truncated or
   *     corrupt
   */
  public static Deduplicator restoreState(DedupSettings settings, InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    Deduplicator dedup = new Deduplicator(settings);
    try {
      StateFormat.readHeader(d, MAGIC, STATE_FORMAT, "deduplicator state");
      long fingerprint = d.readLong();
      int[] saved = new int[shape(settings).length];
      for (int i = 0; i < saved.length; i++) saved[i] = d.readInt();
      if (!Arrays.equals(saved, shape(settings))) {
        throw new IOException("deduplicator state built with " + describeShape(saved) + "; this run uses "
            + describeShape(shape(settings)));
      }
      if (fingerprint != dedup.fingerprint()) {
        throw new IOException("deduplicator state built by a Naba whose text normalisation or hashing differs"
            + " (fingerprint " + Long.toHexString(fingerprint) + ", this Naba " + Long.toHexString(dedup.fingerprint())
            + "): its keys would match nothing new");
      }
      dedup.clock = d.readLong();
      dedup.seen = d.readLong();
      long exactCount = readCount(d, "exact keys");
      for (long i = 0; i < exactCount; i++) {
        Key key = new Key(d.readLong(), d.readLong());
        dedup.exact.put(key, readString(d));
      }
      long outletCount = readCount(d, "outlets");
      List<String> outlets = new ArrayList<>();
      for (long i = 0; i < outletCount; i++) outlets.add(readString(d));
      long windowCount = readCount(d, "window articles");
      // Sized for the window at once: the buckets are not grown (and rehashed) article by article.
      int expected = (int) Math.min(windowCount, 1 << 24);
      for (int b = 0; b < settings.bands(); b++) dedup.buckets.set(b, new Long2ObjectOpenHashMap<>(expected));
      int hashes = settings.bands() * settings.rows();
      long time = 0;
      byte[] block = new byte[4 * hashes];
      for (long i = 0; i < windowCount; i++) {
        String id = readString(d);
        long outletAndRoot = readVarLong(d);
        if ((outletAndRoot >>> 1) >= outlets.size()) throw new IOException("corrupt: outlet " + (outletAndRoot >>> 1));
        String outlet = outlets.get((int) (outletAndRoot >>> 1));
        String root = (outletAndRoot & 1) == 0 ? id : readString(d);
        long zigzag = readVarLong(d);
        time += (zigzag >>> 1) ^ -(zigzag & 1);
        int[] signature = new int[hashes];
        d.readFully(block);
        java.nio.ByteBuffer.wrap(block).asIntBuffer().get(signature);
        long listed = readCount(d, "paragraph keys");
        if (listed > MAX_STRING_BYTES) throw new IOException("corrupt: " + listed + " paragraph keys");
        long[] keys = new long[(int) listed];
        for (int k = 0; k < keys.length; k++) keys[k] = d.readLong();
        Kept kept = new Kept(id, outlet, root, time, signature, keys);
        dedup.register(kept, dedup.bandKeys(signature));
        dedup.window.addLast(kept);
      }
      if (d.readInt() != END) throw new IOException("corrupt: no end marker after " + windowCount + " window articles");
      if (d.read() != -1) throw new IOException("corrupt: bytes after the end marker");
    } catch (EOFException e) {
      throw new IOException("deduplicator state is truncated", e);
    }
    return dedup;
  }

  /** The settings that shape keys, signatures and the window: a state is only valid under the same ones. */
  private static int[] shape(DedupSettings s) {
    return new int[] {s.shingle(), s.bands(), s.rows(), s.minParagraphTokens(), s.windowDays()};
  }

  private static String describeShape(int[] v) {
    return "shingle " + v[0] + ", bands " + v[1] + ", rows " + v[2] + ", minParagraphTokens " + v[3]
        + ", windowDays " + v[4];
  }

  /** Arabic that exercises every folding of {@link org.naba.text.TextNormalizer} and every hash of this class. */
  private static final String PROBE = "أعلنَت وزارةُ الصحّة في الرياض يومَ ٢٥ يوليو أنّ مستشفى الملك فهد ـــ الجديد"
      + " سيفتح أبوابه لمرضى إمارة آسيا؛ وقالت: «إنها خطوة مهمّة» (إ أ آ ى ة ؤ ئ 2015).";

  /**
   * A hash of what this Naba makes of a fixed text (exact key, signature, band keys): it changes whenever the text
   * normalisation or any hash changes, which would make a saved state silently match nothing.
   */
  long fingerprint() {
    long[] tokens = MinHasher.tokenHashes(PROBE);
    Key key = digest(tokens);
    long h = Hash64.fmix64(key.hi() ^ (key.lo() * 31));
    for (long b : bandKeys(compact(hasher.signature(hasher.shingles(tokens))))) h = Hash64.fmix64(h * 31 + b);
    return h;
  }

  private static long readCount(DataInputStream d, String what) throws IOException {
    long n = readVarLong(d);
    if (n < 0 || n > Integer.MAX_VALUE) throw new IOException("corrupt: " + n + " " + what);
    return n;
  }

  private static void writeVarLong(DataOutputStream d, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      d.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    d.writeByte((int) v);
  }

  private static long readVarLong(DataInputStream d) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = d.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) return v;
    }
    throw new IOException("corrupt: a number longer than 64 bits");
  }

  private static void writeString(DataOutputStream d, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    writeVarLong(d, bytes.length);
    d.write(bytes);
  }

  private static String readString(DataInputStream d) throws IOException {
    long n = readVarLong(d);
    if (n < 0 || n > MAX_STRING_BYTES) throw new IOException("corrupt: a string of " + n + " bytes");
    byte[] bytes = new byte[(int) n];
    d.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
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
  // Returns whether the slot lists the article afterwards (false: the slot was full).
  private static boolean add(Long2ObjectOpenHashMap<Object> map, long key, Kept kept, int max) {
    Object slot = map.get(key);
    if (slot == null) {
      map.put(key, kept);
    } else if (slot instanceof Kept one) {
      if (one != kept) map.put(key, new Kept[] {one, kept});
    } else {
      Kept[] many = (Kept[]) slot;
      if (Arrays.asList(many).contains(kept)) return true;
      if (many.length >= max) return false;
      Kept[] grown = Arrays.copyOf(many, many.length + 1);
      grown[many.length] = kept;
      map.put(key, grown);
    }
    return true;
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
      for (int r = 0; r < settings.rows(); r++) h = Hash64.fmix64(h * 31 + signature[b * settings.rows() + r]);
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
      hi = Hash64.fmix64(hi ^ t) * 0x9E3779B97F4A7C15L;
      lo = Hash64.fmix64(lo + t) ^ (lo >>> 29);
    }
    return new Key(Hash64.fmix64(hi ^ tokens.length), Hash64.fmix64(lo));
  }
}
