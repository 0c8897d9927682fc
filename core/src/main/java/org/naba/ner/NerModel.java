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
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.naba.text.Hash64;

/**
 * A trained linear-chain CRF for named entities, in the compact form Naba ships and tags with: each feature's
 * weights per tag, found by the 64-bit hash of its name, the tag-to-tag transition weights, and the gazetteer the
 * features were computed with. {@link NerTraining} trains it with Tribuo and writes it; tagging here is Viterbi
 * decoding over the same scores as Tribuo's model (checked tag for tag in {@code NerModelTest}), without building
 * Tribuo's per-token examples, which cost several times the decoding.
 */
public final class NerModel {
  private static final int MAGIC = 0x4E45_5231; // "NER1"
  private static final String RESOURCE = "ner-ar.bin.gz";
  private static volatile NerModel bundled;

  private final String[] tags;
  private final float[] bias;
  private final float[][] transitions; // [previous tag][tag]
  private final float[] flatTransitions; // previous tag * tags + tag
  private final Long2IntOpenHashMap rows = new Long2IntOpenHashMap();
  private final float[] weights; // row * tags.length + tag
  private final NerFeatures features;

  NerModel(String[] tags, float[] bias, float[][] transitions, long[] featureKeys, float[] weights, Set<String> places) {
    this.tags = tags.clone();
    this.bias = bias.clone();
    this.transitions = transitions;
    this.flatTransitions = new float[tags.length * tags.length];
    for (int p = 0; p < tags.length; p++) System.arraycopy(transitions[p], 0, flatTransitions, p * tags.length, tags.length);
    this.weights = weights;
    this.features = new NerFeatures(places);
    rows.defaultReturnValue(-1);
    for (int i = 0; i < featureKeys.length; i++) rows.put(featureKeys[i], i);
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

  /** The tags this model assigns ("O", "B-PERS", "I-LOC", …). */
  public List<String> tags() {
    return List.of(tags);
  }

  /** The gazetteer features of this model (folded one-word place names). */
  NerFeatures features() {
    return features;
  }

  /** The most likely tag of each token (Viterbi over the CRF's scores). */
  public String[] tag(List<String> tokens) {
    int n = tokens.size();
    String[] out = new String[n];
    if (n == 0) return out;
    String[] words = NerFeatures.fold(tokens);
    int[] stems = NerFeatures.stems(words);
    long[] keys = new long[NerFeatures.MAX];
    int l = tags.length;
    // Flat arrays, token-major: the decoder runs on every article, often under the C1 compiler alone.
    double[] score = new double[n * l];
    int[] back = new int[n * l];
    double[] local = new double[l];
    float[] w = weights;
    float[] trans = flatTransitions;
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < l; t++) local[t] = bias[t];
      for (int k = 0, m = features.hashes(words, stems, i, keys); k < m; k++) {
        int row = rows.get(keys[k]);
        if (row < 0) continue;
        for (int t = 0, base = row * l; t < l; t++) local[t] += w[base + t];
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

  /**
   * Splits text into the tokens the model was trained on (ANERcorp's): words as written, clitics attached, with the
   * punctuation before and after each word as tokens of their own ("«بوتين»،" → «, بوتين, », ،).
   */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
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

  private static boolean isPunctuation(char c) {
    return !Character.isLetterOrDigit(c) && !(c >= '\u064B' && c <= '\u065F') && c != '\u0640';
  }

  /** The entities of a text: {@link #tokens}, tagged. */
  public List<Mention> mentions(String text) {
    return mentions(tokens(text));
  }

  /** A named entity found in a token sequence: tokens [start, end), joined by spaces, and its type (PERS, LOC…). */
  public record Mention(String text, String type, int start, int end) {}

  /** The entities of a token sequence: runs of B-/I- tags of one type (an I- after O starts one too). */
  public List<Mention> mentions(List<String> tokens) {
    return mentions(tokens, tag(tokens));
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
    for (float[] row : transitions) for (float w : row) out.writeFloat(w);
    out.writeInt(features.places().size());
    for (String p : features.places().stream().sorted().toList()) out.writeUTF(p);
    long[] keys = new long[rows.size()];
    rows.long2IntEntrySet().forEach(e -> keys[e.getIntValue()] = e.getLongKey());
    out.writeInt(keys.length);
    for (int i = 0; i < keys.length; i++) {
      out.writeLong(keys[i]);
      for (int t = 0; t < tags.length; t++) out.writeFloat(weights[i * tags.length + t]);
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
    if (in.readInt() != MAGIC) throw new IOException("not a Naba entity model");
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
    int f = in.readInt();
    long[] keys = new long[f];
    float[] weights = new float[f * l];
    for (int i = 0; i < f; i++) {
      keys[i] = in.readLong();
      for (int t = 0; t < l; t++) weights[i * l + t] = in.readFloat();
    }
    return new NerModel(tags, bias, transitions, keys, weights, places);
  }
}
