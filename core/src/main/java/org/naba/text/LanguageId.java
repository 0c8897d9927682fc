package org.naba.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;

/**
 * The language of an article's text, as an ISO 639-1 code ("ar", "en", "fa" …) or "und".
 *
 * <p>Most of Naba's input is Arabic, so Arabic-script text without the letters that mark Persian or Urdu
 * ({@code پ چ ژ گ ٹ ڈ ڑ ں ے}) is "ar" at once, with no model. Everything else goes to lingua (n-gram models shipped
 * inside its jar; nothing is downloaded), restricted to the languages of the region's news and of the wires, in its
 * low-accuracy mode, which is reliable on article-length text and loads a fraction of the models. The detector is
 * built on first need, once per JVM, and is thread-safe.
 */
public final class LanguageId {
  private static final Language[] LANGUAGES = {
    Language.ARABIC, Language.PERSIAN, Language.URDU, Language.ENGLISH, Language.FRENCH, Language.SPANISH,
    Language.GERMAN, Language.ITALIAN, Language.PORTUGUESE, Language.TURKISH, Language.RUSSIAN, Language.HEBREW,
    Language.DUTCH, Language.INDONESIAN, Language.MALAY
  };

  /** Only the opening of a text is read, this many chars. */
  public static final int SAMPLE_CHARS = 3000;

  /** Text shorter than this (in letters) is too short to call. */
  static final int MIN_LETTERS = 20;

  private LanguageId() {}

  private static final class Holder {
    static final LanguageDetector DETECTOR =
        LanguageDetectorBuilder.fromLanguages(LANGUAGES).withLowAccuracyMode().build();
  }

  public static String of(String text) {
    return of(List.of(text));
  }

  /**
   * The language of a text given in parts read as one, each after a space ("title, then paragraphs"), without
   * joining them: most texts are Arabic and decided by counting the letters of the opening.
   */
  public static String of(List<String> parts) {
    int letters = 0;
    int arabicScript = 0;
    int persianOrUrdu = 0;
    int read = 0;
    for (int p = 0; p < parts.size() && read < SAMPLE_CHARS; p++) {
      if (p > 0) read++; // the space before the part
      String part = parts.get(p);
      int n = Math.min(part.length(), SAMPLE_CHARS - read);
      for (int i = 0; i < n; i++) {
        char c = part.charAt(i);
        if (!TextNormalizer.isLetter(c)) continue;
        letters++;
        if (TextNormalizer.isArabicScript(c)) {
          arabicScript++;
          // All nine come after U+0678, past the Arabic letters proper: most chars need no search.
          if (c > '\u0678' && "پچژگٹڈڑںے".indexOf(c) >= 0) persianOrUrdu++;
        }
      }
      read += n;
    }
    if (letters < MIN_LETTERS) return "und";
    if (arabicScript * 2 > letters && persianOrUrdu * 200 < arabicScript) return "ar";
    StringBuilder sample = new StringBuilder();
    for (int p = 0; p < parts.size() && sample.length() < SAMPLE_CHARS; p++) {
      if (p > 0) sample.append(' ');
      sample.append(parts.get(p), 0, Math.min(parts.get(p).length(), SAMPLE_CHARS - sample.length()));
    }
    Language l = Holder.DETECTOR.detectLanguageOf(sample.toString());
    return l == Language.UNKNOWN ? "und" : l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
