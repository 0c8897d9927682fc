package org.naba.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hashtags in running text read as their words, one rule per row. */
class HashtagsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "تسميم الجاسوس #سيرغي_سكريبال في #بريطانيا | تسميم الجاسوس سيرغي سكريبال في بريطانيا",
    "واستدعت سفير #لندن لديها. | واستدعت سفير لندن لديها.",
    "الوسم #ترامب_كيم_سنغافورة_ متداول | الوسم ترامب كيم سنغافورة متداول",
    "البند رقم #5 في الاتفاق | البند رقم #5 في الاتفاق",
    "لغة C# وملف snake_case | لغة C# وملف snake_case",
    "نص بلا وسوم | نص بلا وسوم",
    "في آخره # | في آخره #",
  })
  void aHashtagIsItsWords(String text, String shown) {
    assertThat(Hashtags.asWords(text)).isEqualTo(shown);
  }
}
