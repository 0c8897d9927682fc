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
}
