package org.naba.ner;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.naba.text.Hash64;
import org.naba.text.TextNormalizer;

/**
 * A trained linear-chain CRF for named entities, in the compact form Naba ships and tags with. {@link NerTraining}
 * trains it with Tribuo and writes it; tagging here is Viterbi decoding over the same scores as Tribuo's model
 * (checked tag for tag in {@code NerModelTest}), without building Tribuo's per-token examples.
 *
 * <p>The weights are laid out for the tagger's memory traffic, the cost of tagging: the five features a word gives as
 * itself and as a neighbour ("w=", "w-1=", "w1=", "w-2=", "w2=") are one entry, found by the word's 64-bit hash, and so
 * are the three of its stem; the affix features are found by the hash of their name; shape, length, article and
 * gazetteer features are small arrays, and so are the word-class features ({@link WordClusters}: a word's classes at
 * every level come packed in one entry, read by the token and its neighbours). A token then costs ten hash lookups,
 * not twenty-eight.
 */
public final class NerModel {
  private static final int MAGIC = 0x4E45_5233; // "NER3": with word classes
  private static final String RESOURCE = "ner-ar.bin.gz";
  private static volatile NerModel bundled;

  /** Word roles, in entry order, and the token offset each reads: the word itself, then its neighbours. */
  static final String[] WORD_ROLES = {"w=", "w-1=", "w1=", "w-2=", "w2="};
  private static final int[] WORD_OFFSETS = {0, -1, 1, -2, 2};
  static final String[] STEM_ROLES = {"s=", "s-1=", "s1="};
  private static final int[] STEM_OFFSETS = {0, -1, 1};

  private final String[] tags;
  private final float[] bias;
  private final float[] transitions; // previous tag * tags + tag
  private final Table words; // word → 5 roles × tags
  private final Table stems; // stem → 3 roles × tags
  private final Table affixes; // feature name → tags
  private final float[] constants; // shape (16), length (9), article, place: × tags
  private final float[] classWeights; // word class features (NerFeatures#classFeature): × tags
  private final NerFeatures features;
  // The entries of the sentence edges, which neighbour roles read before the first token and after the last.
  private final int wordStart;
  private final int wordEnd;
  private final int stemStartEdge;
  private final int stemEndEdge;

  /** Entries found by a 64-bit key, each a block of weights. */
  static final class Table {
    final Long2IntOpenHashMap index = new Long2IntOpenHashMap();
    final long[] keys;
    final float[] weights;
    final int width;

    Table(long[] keys, float[] weights, int width) {
      this.keys = keys;
      this.weights = weights;
      this.width = width;
      index.defaultReturnValue(-1);
      for (int i = 0; i < keys.length; i++) index.put(keys[i], i * width);
    }

    /** Where the entry's weights start, or -1. */
    int at(long key) {
      return index.get(key);
    }
  }

  /** Index of the constant features in {@code constants}, in rows of the tags. */
  static final int SHAPE = 0;
  static final int LENGTH = 16;
  static final int ARTICLE = 25;
  static final int PLACE = 26;
  static final int CONSTANTS = 27;

  NerModel(String[] tags, float[] bias, float[][] transitions, Table words, Table stems, Table affixes,
      float[] constants, Set<String> places, WordClusters clusters, float[] classWeights) {
    this.tags = tags.clone();
    this.bias = bias.clone();
    this.transitions = new float[tags.length * tags.length];
    for (int p = 0; p < tags.length; p++) System.arraycopy(transitions[p], 0, this.transitions, p * tags.length, tags.length);
    this.words = words;
    this.stems = stems;
    this.affixes = affixes;
    this.constants = constants;
    this.features = new NerFeatures(places, clusters);
    if (classWeights.length != features.classRows() * tags.length) {
      throw new IllegalArgumentException("word class weights for " + classWeights.length / Math.max(1, tags.length)
          + " rows, the word classes have " + features.classRows());
    }
    this.classWeights = classWeights;
    this.wordStart = words.at(Hash64.of(NerFeatures.BEFORE));
    this.wordEnd = words.at(Hash64.of(NerFeatures.AFTER));
    this.stemStartEdge = stems.at(Hash64.of(NerFeatures.BEFORE));
    this.stemEndEdge = stems.at(Hash64.of(NerFeatures.AFTER));
  }

  /**
   * A model from each feature's weights by name ({@link NerFeatures#features} names them), laid out for tagging.
   */
  static NerModel of(String[] tags, float[] bias, float[][] transitions, Map<String, float[]> weights,
      Set<String> places, WordClusters clusters) {
    int l = tags.length;
    NerFeatures features = new NerFeatures(places, clusters);
    float[] classWeights = new float[features.classRows() * l];
    Map<String, float[]> wordEntries = new TreeMap<>();
    Map<String, float[]> stemEntries = new TreeMap<>();
    Map<String, float[]> affixEntries = new TreeMap<>();
    float[] constants = new float[CONSTANTS * l];
    for (Map.Entry<String, float[]> e : weights.entrySet()) {
      String name = e.getKey();
      float[] w = e.getValue();
      int role = role(name, WORD_ROLES);
      if (role >= 0) {
        String word = name.substring(WORD_ROLES[role].length());
        System.arraycopy(w, 0, wordEntries.computeIfAbsent(word, k -> new float[WORD_ROLES.length * l]), role * l, l);
        continue;
      }
      role = role(name, STEM_ROLES);
      if (role >= 0) {
        String stem = name.substring(STEM_ROLES[role].length());
        System.arraycopy(w, 0, stemEntries.computeIfAbsent(stem, k -> new float[STEM_ROLES.length * l]), role * l, l);
        continue;
      }
      int classRow = features.classFeature(name);
      if (classRow >= 0) {
        System.arraycopy(w, 0, classWeights, classRow * l, l);
        continue;
      }
      int constant = NerFeatures.constant(name);
      if (constant >= 0) {
        System.arraycopy(w, 0, constants, constant * l, l);
      } else {
        affixEntries.put(name, w);
      }
    }
    return new NerModel(tags, bias, transitions, table(wordEntries), table(stemEntries), table(affixEntries),
        constants, places, clusters, classWeights);
  }

  private static int role(String name, String[] roles) {
    for (int r = 0; r < roles.length; r++) if (name.startsWith(roles[r])) return r;
    return -1;
  }

  private static Table table(Map<String, float[]> entries) {
    int width = entries.isEmpty() ? 0 : entries.values().iterator().next().length;
    long[] keys = new long[entries.size()];
    float[] weights = new float[entries.size() * width];
    int i = 0;
    for (Map.Entry<String, float[]> e : entries.entrySet()) {
      keys[i] = Hash64.of(e.getKey());
      System.arraycopy(e.getValue(), 0, weights, i * width, width);
      i++;
    }
    return new Table(keys, weights, width);
  }

  /** The model shipped with Naba, trained on ANERcorp (`naba train ner`); loaded once. */
  public static NerModel bundled() {
    NerModel m = bundled;
    if (m != null) return m;
    synchronized (NerModel.class) {
      if (bundled == null) {
        try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
          if (in == null) throw new IllegalStateException(RESOURCE + " missing from the classpath");
          bundled = read(new GZIPInputStream(new BufferedInputStream(in), 1 << 16));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the bundled entity model " + RESOURCE, e);
        }
      }
      return bundled;
    }
  }

  /** The most likely tag of each token (Viterbi over the CRF's scores). */
  public String[] tag(List<String> tokens) {
    int n = tokens.size();
    String[] out = new String[n];
    if (n == 0) return out;
    String[] folded = NerFeatures.fold(tokens);
    int[] stemStart = NerFeatures.stems(folded);
    int l = tags.length;
    // Each token's word and stem entries (-1: none), found once and read by the token and its neighbours.
    int[] wordAt = new int[n];
    int[] stemAt = new int[n];
    WordClusters clusters = features.clusters();
    int levels = clusters.levels();
    long[] classesOf = levels == 0 ? null : new long[n]; // the word's classes, packed; -1: none
    for (int i = 0; i < n; i++) {
      String w = folded[i];
      long hash = Hash64.of(w);
      wordAt[i] = words.at(hash);
      stemAt[i] = stems.at(Hash64.finish(Hash64.extend(Hash64.START, w, stemStart[i], w.length())));
      if (levels > 0) classesOf[i] = clusters.ofHash(hash);
    }
    long[] keys = new long[NerFeatures.MAX_AFFIXES];
    int[] constant = new int[4];
    // Flat arrays, token-major: the decoder runs on every story, often under the C1 compiler alone.
    double[] score = new double[n * l];
    int[] back = new int[n * l];
    double[] local = new double[l];
    float[] trans = transitions;
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < l; t++) local[t] = bias[t];
      for (int r = 0; r < WORD_OFFSETS.length; r++) {
        int j = i + WORD_OFFSETS[r];
        add(local, words.weights, (j < 0 ? wordStart : j >= n ? wordEnd : wordAt[j]), r * l, l);
      }
      for (int r = 0; r < STEM_OFFSETS.length; r++) {
        int j = i + STEM_OFFSETS[r];
        add(local, stems.weights, (j < 0 ? stemStartEdge : j >= n ? stemEndEdge : stemAt[j]), r * l, l);
      }
      for (int k = 0, m = features.affixHashes(folded, stemStart, i, keys); k < m; k++) {
        add(local, affixes.weights, affixes.at(keys[k]), 0, l);
      }
      for (int k = 0, m = features.constants(folded, stemStart, i, constant); k < m; k++) {
        add(local, constants, constant[k] * l, 0, l);
      }
      for (int d = -1; d <= 1 && levels > 0; d++) {
        int j = i + d;
        long packed = j < 0 || j >= n ? -1 : classesOf[j];
        if (packed < 0) continue;
        for (int level = 0; level < levels; level++) {
          add(local, classWeights, ((clusters.offset(level) + WordClusters.level(packed, level)) * 3 + d + 1) * l, 0,
              l);
        }
      }
      int at = i * l;
      if (i == 0) {
        System.arraycopy(local, 0, score, 0, l);
        continue;
      }
      int prev = at - l;
      for (int t = 0; t < l; t++) {
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0, tp = t; p < l; p++, tp += l) {
          double s = score[prev + p] + trans[tp];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[at + t] = best + local[t];
        back[at + t] = arg;
      }
    }
    int last = (n - 1) * l;
    int t = 0;
    for (int k = 1; k < l; k++) if (score[last + k] > score[last + t]) t = k;
    for (int i = n - 1; i >= 0; i--) {
      out[i] = tags[t];
      t = back[i * l + t];
    }
    return out;
  }

  /** Adds the {@code l} weights at {@code entry + offset} to {@code local}; an entry of -1 is absent. */
  private static void add(double[] local, float[] weights, int entry, int offset, int l) {
    if (entry < 0) return;
    for (int t = 0, at = entry + offset; t < l; t++) local[t] += weights[at + t];
  }

  /**
   * Splits text into the tokens the model was trained on (ANERcorp's): words as written, clitics attached, with the
   * punctuation before and after each word as tokens of their own ("«بوتين»،" → «, بوتين, », ،). A hashtag's
   * underscores part its words as spaces would ("#سيرغي_سكريبال" → #, سيرغي, سكريبال): the tagger knows the words,
   * not the glued token, which it took for a place.
   */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSeparator(text.charAt(i))) i++;
      int start = i;
      while (i < n && !isSeparator(text.charAt(i))) i++;
      int end = i;
      int from = start;
      while (from < end && isPunctuation(text.charAt(from))) out.add(String.valueOf(text.charAt(from++)));
      int to = end;
      while (to > from && isPunctuation(text.charAt(to - 1))) to--;
      if (to > from) out.add(text.substring(from, to));
      for (int k = to; k < end; k++) out.add(String.valueOf(text.charAt(k)));
    }
    return out;
  }

  private static boolean isSeparator(char c) {
    return c == '_' || TextNormalizer.isSpace(c);
  }

  private static boolean isPunctuation(char c) {
    return !Character.isLetterOrDigit(c) && !(c >= '\u064B' && c <= '\u065F') && c != '\u0640';
  }

  /** The entities of a text: {@link #tokens}, tagged. */
  public List<Mention> mentions(String text) {
    return mentions(tokens(text));
  }

  /** A named entity found in a token sequence: tokens [start, end), joined by spaces, and its type (PERS, LOC…). */
  public record Mention(String text, String type, int start, int end) {}

  /**
   * The entities of a token sequence: runs of B-/I- tags of one type (an I- after O starts one too), with the names
   * cut after their head mended ({@link NameHeads}).
   */
  public List<Mention> mentions(List<String> tokens) {
    return mentions(tokens, names(tokens));
  }

  /** The tags of {@link #tag}, with the names cut after their head mended ({@link NameHeads}): what Naba reads. */
  public String[] names(List<String> tokens) {
    return NameHeads.mend(tokens, tag(tokens));
  }

  static List<Mention> mentions(List<String> tokens, String[] tagged) {
    List<Mention> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tagged.length; i++) {
      String t = i < tagged.length ? tagged[i] : "O";
      boolean inside = type != null && t.startsWith("I-") && t.regionMatches(2, type, 0, type.length())
          && t.length() == type.length() + 2;
      if (type != null && !inside) {
        out.add(new Mention(String.join(" ", tokens.subList(start, i)), type, start, i));
        type = null;
      }
      if (type == null && (t.startsWith("B-") || t.startsWith("I-"))) {
        type = t.substring(2);
        start = i;
      }
    }
    return out;
  }

  /** Writes the model (uncompressed; callers gzip it). */
  public void write(OutputStream os) throws IOException {
    DataOutputStream out = new DataOutputStream(os);
    out.writeInt(MAGIC);
    out.writeInt(tags.length);
    for (String t : tags) out.writeUTF(t);
    for (float b : bias) out.writeFloat(b);
    for (float w : transitions) out.writeFloat(w);
    out.writeInt(features.places().size());
    for (String p : features.places().stream().sorted().toList()) out.writeUTF(p);
    for (float w : constants) out.writeFloat(w);
    features.clusters().write(out);
    for (float w : classWeights) out.writeFloat(w);
    for (Table table : List.of(words, stems, affixes)) {
      out.writeInt(table.keys.length);
      out.writeInt(table.width);
      for (int i = 0; i < table.keys.length; i++) {
        out.writeLong(table.keys[i]);
        for (int k = 0; k < table.width; k++) out.writeFloat(table.weights[i * table.width + k]);
      }
    }
    out.flush();
  }

  /** Reads a model file {@link #write} wrote, gzipped or not. */
  public static NerModel read(java.nio.file.Path file) throws IOException {
    try (InputStream raw = new BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16)) {
      raw.mark(2);
      boolean gz = raw.read() == 0x1f && raw.read() == 0x8b;
      raw.reset();
      return read(gz ? new GZIPInputStream(raw, 1 << 16) : raw);
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a model {@link #write} wrote. */
  public static NerModel read(InputStream is) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16));
    if (in.readInt() != MAGIC) throw new IOException("not a Naba entity model (or one of an older format)");
    int l = in.readInt();
    String[] tags = new String[l];
    for (int i = 0; i < l; i++) tags[i] = in.readUTF();
    float[] bias = new float[l];
    for (int i = 0; i < l; i++) bias[i] = in.readFloat();
    float[][] transitions = new float[l][l];
    for (int i = 0; i < l; i++) for (int j = 0; j < l; j++) transitions[i][j] = in.readFloat();
    int p = in.readInt();
    Set<String> places = new HashSet<>();
    for (int i = 0; i < p; i++) places.add(in.readUTF());
    float[] constants = new float[CONSTANTS * l];
    for (int i = 0; i < constants.length; i++) constants[i] = in.readFloat();
    WordClusters clusters = WordClusters.read(in);
    float[] classWeights = new float[clusters.offset(clusters.levels()) * 3 * l];
    for (int i = 0; i < classWeights.length; i++) classWeights[i] = in.readFloat();
    Table[] tables = new Table[3];
    for (int k = 0; k < 3; k++) {
      int size = in.readInt();
      int width = in.readInt();
      long[] keys = new long[size];
      float[] weights = new float[size * width];
      for (int i = 0; i < size; i++) {
        keys[i] = in.readLong();
        for (int w = 0; w < width; w++) weights[i * width + w] = in.readFloat();
      }
      tables[k] = new Table(keys, weights, width);
    }
    return new NerModel(tags, bias, transitions, tables[0], tables[1], tables[2], constants, places, clusters,
        classWeights);
  }
}
