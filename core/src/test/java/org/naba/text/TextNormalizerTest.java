package org.naba.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @ParameterizedTest
  @CsvSource({
    "أحمد, احمد",
    "إسرائيل, اسراييل",
    "آسيا, اسيا",
    "مستشفى, مستشفي",
    "سورية, سوريه",
    "مُحَمَّد, محمد",
    "العـــربية, العربيه",
    "مؤتمر, موتمر",
    "رئيس, رييس",
    "الطوارىء, الطواري",
    "الطوارئ, الطواري",
    "شيء, شي",
    "٢٠١٦, 2016",
    "۲۰۱۶, 2016",
    "G20, g20",
  })
  void foldsOneRule(String in, String out) {
    assertThat(TextNormalizer.normalize(in)).isEqualTo(out);
  }

  @Test
  void stripTakesSpacesAndInvisibleMarksOffTheEndsOnly() {
    assertThat(TextNormalizer.strip("\u00A0\u200Fإيمانويل\u00A0ماكرون\u200B \u202F")).isEqualTo("إيمانويل\u00A0ماكرون");
    assertThat(TextNormalizer.strip("\u00A0\uFEFF")).isEmpty();
    String same = "قمة العشرين";
    assertThat(TextNormalizer.strip(same)).isSameAs(same);
  }

  @Test
  void tokensFoldTheOldHamzaSpellingAsNormalizeDoes() {
    assertThat(TextNormalizer.tokens("قوات الطوارىء")).containsExactly("قوات", "الطواري");
  }

  @Test
  void tokensKeepArabicWordsAndDigits() {
    assertThat(TextNormalizer.tokens("قمة مجموعة الـ20 في «هانغتشو»، الأحد."))
        .containsExactly("قمه", "مجموعه", "ال20", "في", "هانغتشو", "الاحد");
  }

  @Test
  void aWordAcrossTheCopyChunkIsOneToken() {
    // forEachToken reads a long text in chunks: a word, or ىء, straddling a chunk's end is still one folded token.
    for (int pad = 4090; pad <= 4097; pad++) {
      String text = " ".repeat(pad) + "الطوارىء قمة" + " ".repeat(5000) + "هانغتشو";
      assertThat(TextNormalizer.tokens(text)).as("padding %d", pad).containsExactly("الطواري", "قمه", "هانغتشو");
      assertThat(TextNormalizer.countTokens(text)).isEqualTo(3);
    }
    assertThat(TextNormalizer.tokens(new StringBuilder("قمة العشرين"))).containsExactly("قمه", "العشرين");
  }

  @Test
  void arabicRatio() {
    assertThat(TextNormalizer.arabicLetterRatio("Security Code*")).isZero();
    assertThat(TextNormalizer.arabicLetterRatio("قمة العشرين")).isEqualTo(1.0);
  }

  /** The folding as written before its tables, char by char: the tables must give exactly the same. */
  private static String referenceNormalize(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\u0640' || (c >= '\u064B' && c <= '\u0652') || c == '\u0670') continue;
      if (c == '\u0621' && out.length() > 0 && out.charAt(out.length() - 1) == '\u064A') continue;
      char f = c;
      if (c >= '\u0660' && c <= '\u0669') f = (char) ('0' + (c - '\u0660'));
      else if (c >= '\u06F0' && c <= '\u06F9') f = (char) ('0' + (c - '\u06F0'));
      else if (c == '\u0624') f = '\u0648';
      else if (c == '\u0626' || c == '\u0649' || c == '\u06CC') f = '\u064A';
      else if (c == '\u0671' || c == '\u0623' || c == '\u0625' || c == '\u0622') f = '\u0627';
      else if (c == '\u0629') f = '\u0647';
      else if (c == '\u06A9') f = '\u0643';
      out.append(Character.toLowerCase(f));
    }
    return out.toString();
  }

  private static java.util.List<String> referenceTokens(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\u0640' || (c >= '\u064B' && c <= '\u0652') || c == '\u0670') continue;
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        out.add(referenceNormalize(word.toString()));
        word.setLength(0);
      }
    }
    if (word.length() > 0) out.add(referenceNormalize(word.toString()));
    return out;
  }

  @Test
  void everyCharFoldsAsTheRulesSay() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = String.valueOf((char) c);
      assertThat(TextNormalizer.normalize(s)).as("U+%04X", c).isEqualTo(referenceNormalize(s));
      assertThat(TextNormalizer.isLetterOrDigit((char) c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit(c));
      assertThat(TextNormalizer.isLetter((char) c)).as("U+%04X", c).isEqualTo(Character.isLetter(c));
    }
  }

  @Test
  void randomTextTokenisesAsTheRulesSay() {
    String alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "أإآٱؤئءىةکی" + "\u0640\u064B\u064E\u0650\u0652\u0670"
        + "٠١٢۳۴0123456789" + "AaZzÉéİıΣσ" + " \n\t.,،؛؟!«»\"-_#/" + "\u00A0\u200F\uFFFF";
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String text = b.toString();
      assertThat(TextNormalizer.tokens(text)).as(text).isEqualTo(referenceTokens(text));
      assertThat(TextNormalizer.normalize(text)).as(text).isEqualTo(referenceNormalize(text));
    }
  }
}
