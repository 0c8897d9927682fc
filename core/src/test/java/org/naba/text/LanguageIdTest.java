package org.naba.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "اتفق الرئيس باراك أوباما ونظيره الروسي فلاديمير بوتين على مواصلة البحث عن مسار لإيصال المساعدات|ar",
    "رئیس جمهور آمریکا و همتای روسی او در حاشیه نشست گروه بیست در چین با یکدیگر دیدار و گفتگو کردند|fa",
    "امریکی صدر اور ان کے روسی ہم منصب نے چین میں جی ٹوئنٹی اجلاس کے موقع پر ملاقات کی ہے اور بات چیت کی|ur",
    "The American and Russian presidents met on the sidelines of the G20 summit in China on Monday|en",
    "Les présidents américain et russe se sont rencontrés en marge du sommet du G20 en Chine lundi|fr",
    "عاجل|und",
  })
  void detects(String text, String code) {
    assertThat(LanguageId.of(text)).isEqualTo(code);
  }

  @Test
  void partsReadAsOneTextGiveItsLanguage() {
    // A short title alone is too short to call; with its paragraph it is Arabic, as the joined text is.
    assertThat(LanguageId.of(List.of("عاجل", "اتفق الرئيس باراك أوباما ونظيره الروسي فلاديمير بوتين"))).isEqualTo("ar");
    assertThat(LanguageId.of(List.of("G20", "The American and Russian presidents met", "on the sidelines in China")))
        .isEqualTo(LanguageId.of("G20 The American and Russian presidents met on the sidelines in China"));
  }

  @Test
  void onlyTheOpeningIsRead() {
    // Past the sample an Arabic text turns English: the opening decides.
    String arabic = "اتفق الرئيس باراك أوباما ونظيره الروسي فلاديمير بوتين على مواصلة البحث ".repeat(60);
    String english = "The American and Russian presidents met on the sidelines of the summit ".repeat(200);
    assertThat(arabic.length()).isGreaterThan(LanguageId.SAMPLE_CHARS);
    assertThat(LanguageId.of(List.of("عنوان", arabic, english))).isEqualTo("ar");
    assertThat(LanguageId.of(List.of("Title", english, arabic))).isEqualTo("en");
  }
}
