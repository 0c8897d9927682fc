package org.naba.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
  void theAdjectivesOfPlaces() {
    assertThat(places.isAdjective("الأمريكية")).isTrue();
    assertThat(places.isAdjective("الأميركي")).isTrue();
    assertThat(places.isAdjective("السوري")).isTrue();
    assertThat(places.isAdjective("السعودية")).isTrue();
    assertThat(places.isAdjective("الألمانية")).isTrue();
    assertThat(places.isAdjective("العراقيين")).isFalse();
    assertThat(places.isAdjective("الشمالية")).isFalse();
    assertThat(places.isAdjective("الدولية")).isFalse();
    // Common words first: sporting, sectarian, seriousness (the adjectives of Riyadh, Taif and Jeddah).
    assertThat(places.isAdjective("الرياضية")).isFalse();
    assertThat(places.isAdjective("الطائفية")).isFalse();
    assertThat(places.isAdjective("الجدية")).isFalse();
    // A city's adjective is no country's: a club, a town of its own.
    assertThat(places.isAdjective("الإسماعيلي")).isFalse();
    assertThat(places.isAdjective("الدرعية")).isFalse();
  }
}
