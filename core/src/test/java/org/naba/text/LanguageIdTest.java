package org.naba.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
