package org.naba.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** News media by name, one rule per test, in Arabic script. */
class MediaTest {
  @ParameterizedTest(name = "{0} ({1}) → {2}")
  @CsvSource(delimiter = '|', value = {
    // a medium by its name, behind a proclitic or not
    "رويترز | ORG | رويترز",
    "لرويترز | ORG | رويترز",
    "لبي بي سي | ORG | بي بي سي",
    "سكاي نيوز عربية | ORG | سكاي نيوز عربيه",
    "سي أن أن | ORG | سي ان ان",
    // the tagger took in the addressee or the medium's man
    "الفيفا لبي بي سي | ORG | بي بي سي",
    "مذيعة في بي بي سي | ORG | بي بي سي",
    "مراسل رويترز | PERS | رويترز",
    "فرانس24 عبد الله ملكاوي | PERS | فرانس24",
    // an agency or a paper by its head
    "وكالة الأنباء السعودية | ORG | وكاله الانباء السعوديه",
    "صحيفة الغارديان | ORG | صحيفه الغارديان",
  })
  void aNameIsOrHoldsAMedium(String name, String type, String medium) {
    assertThat(Media.within(name, type, List.of())).contains(medium);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', value = {
    // a place or a club of the same name, and names that hold "فرانس"
    "الجزيرة | LOC",
    "بترا | LOC",
    "تور دو فرانس | MISC",
    "إير فرانس | ORG",
    "جزر الجزيرة | LOC",
    // Anatolia inside a longer name
    "هضبة الأناضول | LOC",
    // no medium at all
    "فلاديمير بوتين | PERS",
    "وكالة الطاقة الذرية | ORG",
    "قناة السويس | LOC",
  })
  void aNameThatIsNoMedium(String name, String type) {
    assertThat(Media.within(name, type, List.of())).isEmpty();
  }

  @Test
  void aNameThatIsAlsoAPlaceIsAMediumOnlyAsAnOrganisation() {
    assertThat(Media.within("الجزيرة", "ORG", List.of())).contains("الجزيره");
    assertThat(Media.within("قنا", "LOC", List.of())).isEmpty();
    // a paper named as a region or a city is
    assertThat(Media.within("الشرق الأوسط", "ORG", List.of())).contains("الشرق الاوسط");
    assertThat(Media.within("الشرق الأوسط", "LOC", List.of())).isEmpty();
    assertThat(Media.within("الرياض", "LOC", List.of())).isEmpty();
    assertThat(Media.within("بنك الرياض", "ORG", List.of())).isEmpty();
  }

  @Test
  void anOutletOfTheRunIsAMediumOnlyAsTheWholeOfAnOrganisation() {
    List<String> outlets = List.of("الرياض");
    assertThat(Media.within("الرياض", "ORG", outlets)).contains("الرياض");
    assertThat(Media.within("الرياض", "LOC", outlets)).isEmpty();
    assertThat(Media.within("أمير الرياض", "PERS", outlets)).isEmpty();
  }

  @Test
  void theAddresseeComesOffTheEndOfAName() {
    assertThat(Media.withoutAddressee("محمد صلاح لـCNN")).isEqualTo("محمد صلاح");
    assertThat(Media.withoutAddressee("مصدر لبي بي سي")).isEqualTo("مصدر");
    assertThat(Media.withoutAddressee("محمد صلاح")).isEqualTo("محمد صلاح");
    // "ل" that opens a word of the name is no addressee
    assertThat(Media.withoutAddressee("بيت لحم")).isEqualTo("بيت لحم");
  }

  @Test
  void aTitleNamesAMediumAsItsSubjectNotAsTheOneTold() {
    String medium = TextNormalizer.normalize("بي بي سي");
    assertThat(Media.named(TextNormalizer.normalize("الصين تحجب بي بي سي"), medium)).isTrue();
    assertThat(Media.named(TextNormalizer.normalize("دعوى قضائية ضد وبي بي سي"), medium)).isTrue();
    assertThat(Media.named(TextNormalizer.normalize("مصدر لبي بي سي: رئيس الفيفا حاول"), medium)).isFalse();
    assertThat(Media.named(TextNormalizer.normalize("ترامب يلتقي بوتين"), medium)).isFalse();
  }

  @Test
  void anAgencyIsKnownInTheSpellingsOutletsUse() {
    assertThat(Media.agency(" رويترز ")).contains("رويترز");
    assertThat(Media.agency(" فرانس برس ")).contains("فرانس برس");
    assertThat(Media.agency("أ ف ب")).contains("أ ف ب");
    assertThat(Media.agency("ا ف ب")).contains("ا ف ب");
    assertThat(Media.agency("الشرطة")).isEmpty();
    assertThat(Media.agency("بوتين")).isEmpty();
  }
}
