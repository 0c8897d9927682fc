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
}
