package org.naba.ner;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.naba.text.Hash64;
import org.naba.text.TextNormalizer;

/**
 * The features of one token for the entity tagger: the folded word and its stem (the proclitics that are certain
 * off), the stem without a one-letter "bi-", "li-" or "ka-", the stem's first and last letters, the words two either
 * side and their stems one either side, the word's shape and length, whether it carries the article, and whether its
 * stem is a known place. Training names them as strings ({@link #features}, Tribuo's features); tagging finds the
 * same weights without building the names ({@link #affixHashes}, {@link #constants}, and the word and stem entries
 * of {@code NerModel}), and {@code NerModelTest} holds the two to the same features and to Tribuo's tags.
 */
public final class NerFeatures {
  /** At most this many affix features per token ({@link #affixHashes}). */
  static final int MAX_AFFIXES = 7;

  private final Set<String> places;
  private final LongOpenHashSet placeKeys = new LongOpenHashSet();
  private final WordClusters clusters;

  /** {@code places}: folded one-word place names (stems, as {@link #stem} gives them), a gazetteer feature. */
  public NerFeatures(Set<String> places) {
    this(places, WordClusters.none());
  }

  /**
   * As {@link #NerFeatures(Set)}, with the classes of the word and of its neighbours one either side at each level
   * of {@code clusters}: a name the training sentences never showed is in the class of those they did.
   */
  public NerFeatures(Set<String> places, WordClusters clusters) {
    this.places = Set.copyOf(places);
    for (String p : this.places) placeKeys.add(Hash64.of(p));
    this.clusters = clusters;
  }

  /** The word classes the features read. */
  public WordClusters clusters() {
    return clusters;
  }

  /** The gazetteer: folded one-word place names. */
  public Set<String> places() {
    return places;
  }

  /** The folded form of each token, which every feature reads. */
  public static String[] fold(List<String> tokens) {
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) out[i] = TextNormalizer.normalize(tokens.get(i));
    return out;
  }

  /** Where each folded word's stem ({@link #stem}) starts in it. */
  public static int[] stems(String[] words) {
    int[] out = new int[words.length];
    for (int i = 0; i < out.length; i++) out[i] = stemStart(words[i]);
    return out;
  }

  /** Feature names of token {@code i}, given the folded words and where their stems start. */
  public List<String> features(String[] words, int[] stems, int i) {
    List<String> f = new ArrayList<>(24);
    String w = words[i];
    String s = w.substring(stems[i]);
    f.add("w=" + w);
    f.add("s=" + s);
    if (s.length() > 4 && "بلك".indexOf(s.charAt(0)) >= 0) f.add("b=" + s.substring(1));
    for (int k = 1; k <= 3 && k <= s.length(); k++) {
      f.add(PREFIX[k] + s.substring(0, k));
      f.add(SUFFIX[k] + s.substring(s.length() - k));
    }
    f.add("shape=" + SHAPES[shape(w)]);
    f.add("len=" + Math.min(s.length(), 8));
    if (hasArticle(w)) f.add("al");
    if (s.length() > 1 && places.contains(s)) f.add("place");
    for (int d = -1; d <= 1 && clusters.levels() > 0; d++) {
      int j = i + d;
      long packed = j < 0 || j >= words.length ? -1 : clusters.of(words[j]);
      if (packed < 0) continue;
      for (int level = 0; level < clusters.levels(); level++) {
        f.add(CLUSTER[d + 1] + level + ":" + WordClusters.level(packed, level));
      }
    }
    for (int d = -2; d <= 2; d++) {
      if (d == 0) continue;
      int j = i + d;
      if (j < 0 || j >= words.length) {
        String edge = j < 0 ? BEFORE : AFTER;
        f.add(WORD[d + 2] + edge);
        if (Math.abs(d) == 1) f.add(STEM[d + 2] + edge);
      } else {
        f.add(WORD[d + 2] + words[j]);
        if (Math.abs(d) == 1) f.add(STEM[d + 2] + words[j].substring(stems[j]));
      }
    }
    return f;
  }

  /**
   * The index of a word-class feature ("c-1=", "c=", "c1=" with level and class) in a model's table of them, or -1
   * for any other feature: a row per level's class and position, classes of the lower levels first.
   */
  int classFeature(String name) {
    int position = name.startsWith("c-1=") ? 0 : name.startsWith("c=") ? 1 : name.startsWith("c1=") ? 2 : -1;
    if (position < 0) return -1;
    int colon = name.indexOf(':');
    int level = Integer.parseInt(name.substring(name.indexOf('=') + 1, colon));
    int c = Integer.parseInt(name.substring(colon + 1));
    return (clusters.offset(level) + c) * 3 + position;
  }

  /** How many rows the word-class features take (three positions per class of every level). */
  int classRows() {
    return clusters.offset(clusters.levels()) * 3;
  }

  /** The value of a neighbour feature before the first token and after the last. */
  static final String BEFORE = "<s>";
  static final String AFTER = "</s>";

  /**
   * The 64-bit hashes ({@link Hash64#of}) of token {@code i}'s affix feature names ("b=", "p1=" … "x3="), as {@link
   * #features} names them, written to {@code out}; returns how many. The word, stem and neighbour features are
   * looked up by the word and stem themselves ({@code NerModel}), the others are {@link #constants}.
   */
  int affixHashes(String[] words, int[] stems, int i, long[] out) {
    int n = 0;
    String w = words[i];
    int from = stems[i];
    int len = w.length();
    int sl = len - from;
    if (sl > 4 && "بلك".indexOf(w.charAt(from)) >= 0) out[n++] = Hash64.finish(Hash64.extend(H_BARE, w, from + 1, len));
    for (int k = 1; k <= 3 && k <= sl; k++) {
      out[n++] = Hash64.finish(Hash64.extend(H_PREFIX[k], w, from, from + k));
      out[n++] = Hash64.finish(Hash64.extend(H_SUFFIX[k], w, len - k, len));
    }
    return n;
  }

  /**
   * The constant features of token {@code i} (shape, length, article, place), as indices into a model's table of
   * them ({@link #constant}), written to {@code out} (at least 4 long); returns how many.
   */
  int constants(String[] words, int[] stems, int i, int[] out) {
    String w = words[i];
    int sl = w.length() - stems[i];
    int n = 0;
    out[n++] = NerModel.SHAPE + shape(w);
    out[n++] = NerModel.LENGTH + Math.min(sl, 8);
    if (hasArticle(w)) out[n++] = NerModel.ARTICLE;
    if (sl > 1 && placeKeys.contains(Hash64.finish(Hash64.extend(Hash64.START, w, stems[i], w.length())))) {
      out[n++] = NerModel.PLACE;
    }
    return n;
  }

  /** The index of a constant feature ({@link #constants}) by its name, or -1 for any other feature. */
  static int constant(String name) {
    if (name.equals("al")) return NerModel.ARTICLE;
    if (name.equals("place")) return NerModel.PLACE;
    if (name.startsWith("len=")) return NerModel.LENGTH + Integer.parseInt(name.substring(4));
    if (name.startsWith("shape=")) {
      String shape = name.substring(6);
      for (int b = 0; b < SHAPES.length; b++) if (SHAPES[b].equals(shape)) return NerModel.SHAPE + b;
    }
    return -1;
  }

  private static final String[] CLUSTER = {"c-1=", "c=", "c1="};
  private static final String[] PREFIX = {"", "p1=", "p2=", "p3="};
  private static final String[] SUFFIX = {"", "x1=", "x2=", "x3="};
  private static final String[] WORD = {"w-2=", "w-1=", "", "w1=", "w2="};
  private static final String[] STEM = {"", "s-1=", "", "s1=", ""};
  /** Shape names by bit set: 1 digit, 2 Latin letter, 4 Arabic letter, 8 anything else; 0 is the empty word. */
  private static final String[] SHAPES = new String[16];

  static {
    SHAPES[0] = "empty";
    for (int b = 1; b < 16; b++) {
      SHAPES[b] = ((b & 1) != 0 ? "d" : "") + ((b & 2) != 0 ? "l" : "") + ((b & 4) != 0 ? "a" : "")
          + ((b & 8) != 0 ? "p" : "");
    }
  }

  // The running hash states of the affix feature names' fixed parts.
  private static final long H_BARE = state("b=");
  private static final long[] H_PREFIX = {0, state("p1="), state("p2="), state("p3=")};
  private static final long[] H_SUFFIX = {0, state("x1="), state("x2="), state("x3=")};

  private static long state(String name) {
    return Hash64.extend(Hash64.START, name, 0, name.length());
  }

  private static boolean hasArticle(String w) {
    return w.startsWith("ال") || w.startsWith("وال") || w.startsWith("بال");
  }

  /**
   * The word without the proclitics that are certain: "wa-" and "fa-" before four more letters, and the article
   * "al-" with what is written onto it ("وبالرياض", "للرياض", "الرياض" → "رياض"). A bare "bi-", "li-" or "ka-" is
   * left on: "ليبيا" and "بوتين" begin with those letters.
   */
  public static String stem(String w) {
    return w.substring(stemStart(w));
  }

  private static int stemStart(String w) {
    int from = 0;
    if (w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) from = 1;
    if (w.startsWith("لل", from) && w.length() - from > 4) return from + 2;
    int at = from + (w.length() > from && "بلك".indexOf(w.charAt(from)) >= 0 ? 1 : 0);
    if (w.startsWith("ال", at) && w.length() - at > 4) return at + 2;
    return from;
  }

  private static int shape(String w) {
    int b = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c)) b |= 1;
      else if (c < 0x80 && Character.isLetter(c)) b |= 2;
      else if (TextNormalizer.isArabicScript(c)) b |= 4;
      else b |= 8;
    }
    return b;
  }
}
