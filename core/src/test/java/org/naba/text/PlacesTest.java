package org.naba.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {
  private final Places places = Places.bundled();

  private static String folded(String s) {
    return TextNormalizer.normalize(s);
  }

  @Test
  void findsTheCountryOfAnEvent() {
    assertThat(places.find("هجوم انتحاري يوقع 15 قتيلا في أفغانستان")).containsExactly(folded("أفغانستان"));
  }

  @Test
  void readsThroughConjunctionsPrepositionsAndTheAssimilatedArticle() {
    assertThat(places.find("تفجيرات بالعراق")).containsExactly(folded("العراق"));
    assertThat(places.find("دعم للعراق وسوريا")).containsExactly(folded("العراق"), folded("سوريا"));
    assertThat(places.find("وصل إلى بتركيا")).containsExactly(folded("تركيا"));
  }

  @Test
  void spellingVariantsAndLongNamesMeetOnePlace() {
    assertThat(places.find("أمريكا")).isEqualTo(places.find("والولايات المتحدة"))
        .containsExactly(folded("الولايات المتحدة"));
    assertThat(places.find("سورية")).containsExactly(folded("سوريا"));
    // The longest name wins: South Sudan is not Sudan.
    assertThat(places.find("جنوب السودان")).containsExactly(folded("جنوب السودان"));
  }

  @Test
  void commonWordsThatSpellAPlaceAreLeftOut() {
    // "مالي" (financial) and "سيول" (floods) are words first; Amman and Oman share one spelling.
    assertThat(places.find("عجز مالي بسبب السيول في عمان")).isEmpty();
  }

  @Test
  void aWholeNameIsOneOfAPlacesSpellingsOrNone() {
    assertThat(places.named("المملكة العربية السعودية")).contains(folded("السعودية"));
    assertThat(places.named("أميركا")).contains(folded("الولايات المتحدة"));
    assertThat(places.named("الإمارات العربية المتحدة")).contains(folded("الإمارات"));
    // As written: a clitic or another word makes it no place's name.
    assertThat(places.named("بالسعودية")).isEmpty();
    assertThat(places.named("شرق السعودية")).isEmpty();
  }

  @Test
  void anAdjectiveWithOrWithoutTheArticleNamesItsCountry() {
    assertThat(places.adjectiveOf("الروسية")).contains(folded("روسيا"));
    assertThat(places.adjectiveOf("روسية")).contains(folded("روسيا"));
    assertThat(places.adjectiveOf("سويدية")).contains(folded("السويد"));
    assertThat(places.adjectiveOf("الأمريكي")).contains(folded("الولايات المتحدة"));
    assertThat(places.adjectiveOf("الرياضية")).isEmpty();
    assertThat(places.adjectiveOf("روسيا")).isEmpty();
  }

  @Test
  void aTitleStandingAloneOpensThePlacesWhoseLongNameItBegins() {
    assertThat(places.openedBy("المملكة"))
        .containsExactlyInAnyOrder(folded("السعودية"), folded("الأردن"), folded("بريطانيا"));
    assertThat(places.openedBy("الولايات")).containsExactly(folded("الولايات المتحدة"));
    // A word that opens no long name, and two words, open nothing.
    assertThat(places.openedBy("الحكومة")).isEmpty();
    assertThat(places.openedBy("المملكة المتحدة")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "الأمريكية | true", "الأميركي | true", "السوري | true", "السعودية | true", "الألمانية | true",
    "العراقيين | false", "الشمالية | false", "الدولية | false",
    // common words first: sporting, sectarian, seriousness (the adjectives of Riyadh, Taif and Jeddah)
    "الرياضية | false", "الطائفية | false", "الجدية | false",
    // a city's adjective is no country's: a club, a town of its own
    "الإسماعيلي | false", "الدرعية | false",
  })
  void theAdjectivesOfCountries(String word, boolean adjective) {
    assertThat(places.isAdjective(word)).isEqualTo(adjective);
  }
}
