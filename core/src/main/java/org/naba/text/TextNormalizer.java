package org.naba.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds Arabic (and Latin) text to the form used for matching, hashing and counting.
 *
 * <p>Rules, applied in this order:
 *
 * <ol>
 *   <li>the rules of Lucene's {@code ArabicNormalizer} (Larkey et al. 2007; the class is package-private in
 *       Lucene 10, and wrapping a TokenStream per string would cost more than the folding): hamza-carrying alefs
 *       {@code أ إ آ} → {@code ا}, {@code ى} → {@code ي}, {@code ة} → {@code ه}, tatweel and harakat removed;
 *   <li>{@code ؤ} → {@code و}, {@code ئ} → {@code ي}, {@code ٱ} → {@code ا} (spelling drift between outlets), and
 *       a bare hamza after {@code ى}/{@code ي} dropped ({@code الطوارىء} is the older spelling of {@code الطوارئ});
 *   <li>Arabic-Indic ({@code ٠-٩}) and Eastern Arabic-Indic ({@code ۰-۹}) digits → ASCII digits;
 *   <li>Persian/Urdu letter forms common in Arabic web text: {@code ک} → {@code ك}, {@code ی} → {@code ي};
 *   <li>lower case (Locale.ROOT) for Latin script.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  /** Tatweel and harakat: dropped by the folding. */
  private static final byte SKIP = 4;
  /** Letter and digit classes of every char, as {@link Character} gives them, and {@link #SKIP} (64 KB). */
  private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];
  /** Every char folded and lower-cased by the rules above, one lookup per char (128 KB). */
  private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      CLASS[c] = (byte) ((Character.isLetter(ch) ? LETTER : 0) | (Character.isDigit(ch) ? DIGIT : 0)
          | (isHarakaOrTatweel(ch) ? SKIP : 0));
      char f = fold(ch);
      FOLDED[c] = f < 0x80 ? (f >= 'A' && f <= 'Z' ? (char) (f + 32) : f)
          : (f >= '\u0600' && f <= '\u06FF') ? f : Character.toLowerCase(f);
    }
  }

  /**
   * {@link Character#isLetter(char)}, answered from a table: the JDK's general lookup showed in every profile of a
   * run, as every char of every text goes through it.
   */
  public static boolean isLetter(char c) {
    return (CLASS[c] & LETTER) != 0;
  }

  /**
   * A space between words: whitespace, and the no-break spaces web pages set between a name's words and after a
   * full stop ("إيمانويل\u00A0ماكرون"), which {@link Character#isWhitespace(char)} leaves out.
   */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * {@code text} without the spaces ({@link #isSpace}) and invisible format marks (zero-width space, the direction
   * marks, a byte-order mark) at its ends: a paragraph scraped as "\u00A0قالت وزارة الصحة…" or as "\u00A0" alone,
   * which {@link String#strip()} keeps.
   */
  public static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlankMark(text.charAt(start))) start++;
    while (end > start && isBlankMark(text.charAt(end - 1))) end--;
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  private static boolean isBlankMark(char c) {
    return isSpace(c) || Character.getType(c) == Character.FORMAT;
  }

  /** {@link Character#isLetterOrDigit(char)}, from the same table. */
  public static boolean isLetterOrDigit(char c) {
    return (CLASS[c] & (LETTER | DIGIT)) != 0;
  }

  /**
   * One char as {@link #normalize} folds it (the hamza rule of a pair aside); {@code 0} for a char the folding drops
   * (tatweel, harakat). For reading a few chars of a text without folding all of it.
   */
  public static char folded(char c) {
    return (CLASS[c] & SKIP) != 0 ? 0 : FOLDED[c];
  }

  /** Normalises a whole string (see the class comment for the rules). */
  public static String normalize(CharSequence text) {
    char[] buf = text.toString().toCharArray();
    return new String(buf, 0, normalize(buf, buf.length));
  }

  /**
   * Normalises {@code len} chars of {@code buf} in place (the rules of {@link #normalize}, without allocating: for
   * token filters, which see every token of every indexed article) and returns the new length.
   */
  public static int normalize(char[] buf, int len) {
    int n = 0;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if ((CLASS[c] & SKIP) != 0) continue;
      // ىء / يء: an older spelling of ئ (الطوارىء, مبادىء, شيء/شئ), which folds to ي; the bare hamza goes.
      if (c == '\u0621' && n > 0 && buf[n - 1] == '\u064A') continue;
      buf[n++] = FOLDED[c];
    }
    return n;
  }

  /**
   * Whether a letter is of Arabic script: the Arabic, Arabic Supplement, Arabic Extended-A and both Presentation
   * Forms blocks. Range checks, because {@code Character.UnicodeScript.of} searches a table for every character.
   */
  public static boolean isArabicScript(char c) {
    return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08FF')
        || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
  }

  /** Tatweel U+0640, harakat U+064B–U+0652 (fathatan … sukun), superscript alef U+0670. */
  static boolean isHarakaOrTatweel(char c) {
    return c == '\u0640' || (c >= '\u064B' && c <= '\u0652') || c == '\u0670';
  }

  private static char fold(char c) {
    if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
    if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
    return switch (c) {
      case '\u0624' -> '\u0648'; // ؤ → و
      case '\u0626' -> '\u064A'; // ئ → ي
      case '\u0671', '\u0623', '\u0625', '\u0622' -> '\u0627'; // ٱ أ إ آ → ا
      case '\u0649' -> '\u064A'; // ى → ي
      case '\u0629' -> '\u0647'; // ة → ه
      case '\u06A9' -> '\u0643'; // ک → ك
      case '\u06CC' -> '\u064A'; // ی → ي
      default -> c;
    };
  }

  /**
   * Splits normalised text into word tokens: maximal runs of Unicode letters and digits (an Arabic word keeps
   * its clitics; harakat are already gone). Unicode-aware, so Arabic is never dropped as ASCII-only tokenizers do.
   */
  public static List<String> tokens(CharSequence text) {
    List<String> out = new ArrayList<>();
    forEachToken(text, (buf, len) -> out.add(new String(buf, 0, len)));
    return out;
  }

  /** Receives each token of a text as a reused buffer: read it before returning, never keep it. */
  @FunctionalInterface
  public interface TokenSink {
    void token(char[] buffer, int length);
  }

  /**
   * The tokens of {@link #tokens}, folded, handed over without allocating a String each: the hot paths (hashing for
   * dedup, cleaning, summaries) run this on every article.
   */
  public static void forEachToken(CharSequence text, TokenSink sink) {
    if (!(text instanceof String s)) {
      forEachToken(text.toString(), sink);
      return;
    }
    // The text is copied out a chunk at a time (one bulk copy each) and read from the array: String.charAt checks
    // the string's coder and bounds on every call, which the C1 compiler that short runs use does not hoist.
    char[] chunk = new char[Math.min(s.length(), CHUNK)];
    char[] word = new char[32];
    int len = 0;
    for (int from = 0, n = s.length(); from < n; from += CHUNK) {
      int to = Math.min(n, from + CHUNK);
      s.getChars(from, to, chunk, 0);
      for (int i = 0, m = to - from; i < m; i++) {
        char c = chunk[i];
        byte k = CLASS[c];
        if ((k & SKIP) != 0) continue;
        if (k != 0) { // a letter or a digit
          if (c == '\u0621' && len > 0 && word[len - 1] == '\u064A') continue; // ىء → ي, as in normalize
          if (len == word.length) word = java.util.Arrays.copyOf(word, len * 2);
          word[len++] = FOLDED[c];
        } else if (len > 0) {
          sink.token(word, len);
          len = 0;
        }
      }
    }
    if (len > 0) sink.token(word, len);
  }

  /** Chars copied out of a text at a time by {@link #forEachToken}. */
  private static final int CHUNK = 4096;

  /** How many tokens {@link #tokens} would return, without building them. */
  public static int countTokens(CharSequence text) {
    int[] n = {0};
    forEachToken(text, (buf, len) -> n[0]++);
    return n[0];
  }

  /** Share of letters that are Arabic script, in [0, 1]; 0 for text without letters. */
  public static double arabicLetterRatio(CharSequence text) {
    int letters = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isLetter(c)) {
        letters++;
        if (isArabicScript(c)) arabic++;
      }
    }
    return letters == 0 ? 0 : (double) arabic / letters;
  }
}
