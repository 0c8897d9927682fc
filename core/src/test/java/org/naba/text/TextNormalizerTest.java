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
  void arabicRatio() {
    assertThat(TextNormalizer.arabicLetterRatio("Security Code*")).isZero();
    assertThat(TextNormalizer.arabicLetterRatio("قمة العشرين")).isEqualTo(1.0);
  }
}
