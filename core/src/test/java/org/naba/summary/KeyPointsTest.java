package org.naba.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.model.SummarySentence;

/** A story's key points: the claims several outlets headline; one rule per test, in Arabic script. */
class KeyPointsTest {
  private static final Instant T = Instant.parse("2015-08-06T09:00:00Z");

  private static SummaryInput headline(String id, String outlet, int minutes, String title) {
    return new SummaryInput(id, outlet, T.plusSeconds(60L * minutes), title, List.of("نص"), false);
  }

  @Test
  void claimsSeveralOutletsHeadlineAreKeyPointsMostOutletsFirstCitingEveryArticle() {
    List<SummarySentence> points = KeyPoints.of(List.of(
        headline("a1", "عكاظ", 0, "مقتل 15 في تفجير انتحاري بمسجد في أبها"),
        headline("a2", "سبق", 5, "تفجير انتحاري بمسجد في أبها يوقع 15 قتيلا"),
        headline("a3", "الرياض", 9, "مقتل 15 في تفجير انتحاري استهدف مسجدا في أبها"),
        headline("a4", "عكاظ", 60, "داعش يتبنى تفجير مسجد أبها"),
        headline("a5", "الوطن", 65, "تنظيم داعش يتبنى تفجير مسجد أبها"),
        headline("a6", "المدينة", 90, "أمير عسير يزور المصابين في المستشفى")), 5);
    assertThat(points).extracting(SummarySentence::articles)
        .containsExactly(List.of("a1", "a2", "a3"), List.of("a4", "a5"));
    assertThat(points.get(0).text()).isIn("مقتل 15 في تفجير انتحاري بمسجد في أبها",
        "مقتل 15 في تفجير انتحاري استهدف مسجدا في أبها");
  }

  @Test
  void oneOutletsTwoSectionsAreOneVoice() {
    List<SummarySentence> points = KeyPoints.of(List.of(
        headline("a1", "فرانس 24", 0, "تركيا تعتزم تفتيش القنصلية السعودية في إسطنبول"),
        headline("a2", "فرانس 24", 0, "تركيا تعتزم تفتيش القنصلية السعودية في إسطنبول"),
        headline("a3", "بي بي سي", 30, "اختفاء خاشقجي: واشنطن تطالب بتحقيق شفاف في اختفاء خاشقجي")), 5);
    assertThat(points).isEmpty();
  }

  @Test
  void anotherStorysHeadlineIsNoKeyPointOfThisOne() {
    List<SummarySentence> points = KeyPoints.of(List.of(
        headline("a1", "سي إن إن", 0, "القضاء التركي يطلق سراح القس الأميركي برانسون"),
        headline("a2", "سكاي نيوز", 5, "القضاء التركي يطلق سراح القس الأميركي"),
        headline("a3", "العربية", 8, "إطلاق سراح القس برانسون بعد عامين من احتجازه"),
        headline("a4", "سي إن إن", 9, "برانسون يصل إلى الولايات المتحدة"),
        headline("a5", "سي إن إن", 20, "ميغان ماركل والأمير هاري ينتظران مولودهما الأول"),
        headline("a6", "سكاي نيوز", 25, "ميغان ماركل والأمير هاري ينتظران مولودهما الأول")), 5);
    assertThat(points).extracting(SummarySentence::text).containsExactly("القضاء التركي يطلق سراح القس الأميركي برانسون");
  }

  @Test
  void outletsHeadlineOneClaimWithItsWordsInOtherGrammaticalPlaces() {
    // "العملة" and "للعملة", "لأردوغان" and "وأردوغان", "تهديدات" and "بتهديدات": one claim.
    List<SummarySentence> points = KeyPoints.of(List.of(
        headline("a1", "سكاي نيوز", 0, "انهيار العملة التركية بعد تهديدات ترامب لأردوغان"),
        headline("a2", "العربية", 20, "انهيار جديد للعملة التركية وأردوغان يرد بتهديدات مضادة"),
        headline("a3", "بي بي سي", 40, "البنك المركزي التركي يرفع سعر الفائدة")), 5);
    assertThat(points).extracting(SummarySentence::articles).containsExactly(List.of("a1", "a2"));
  }

  @Test
  void wordsEveryHeadlineUsesNameTheEventNotAClaimOfIt() {
    // An outlet's series label and the event's words are in every headline; what differs is the claim.
    List<SummarySentence> points = KeyPoints.of(List.of(
        headline("a1", "بي بي سي", 0, "الاتفاق النووي مع إيران: خيارات ترامب الأربعة"),
        headline("a2", "بي بي سي", 300, "الاتفاق النووي مع إيران: روحاني يتهم واشنطن بخرق الاتفاق"),
        headline("a3", "فرانس 24", 320, "الاتفاق النووي مع إيران: ترامب يعلن الانسحاب"),
        headline("a4", "سكاي نيوز", 330, "ترامب يعلن الانسحاب من الاتفاق النووي مع إيران"),
        headline("a5", "سي إن إن", 340, "روحاني يتهم واشنطن بخرق الاتفاق النووي")), 5);
    assertThat(points).extracting(SummarySentence::articles)
        .containsExactlyInAnyOrder(List.of("a3", "a4"), List.of("a2", "a5"));
  }

  @Test
  void aWordReadsTheSameWithTheArticleAndAProcliticOrWithout() {
    assertThat(List.of("الليرة", "والليرة", "لليرة", "بالليرة").stream().map(KeyPoints::bare).distinct())
        .containsExactly("يرة");
    assertThat(List.of("الحديدة", "بالحديدة", "للحديدة", "والحديدة").stream().map(KeyPoints::bare).distinct())
        .containsExactly("حديدة");
    assertThat(KeyPoints.bare("لأردوغان")).isEqualTo(KeyPoints.bare("وأردوغان"));
    assertThat(KeyPoints.bare("الله")).isEqualTo("الله");
  }

  @Test
  void aLoneArticleHasNoKeyPoints() {
    assertThat(KeyPoints.of(List.of(headline("a1", "عكاظ", 0, "خبر واحد عن حدث ما")), 5)).isEmpty();
  }
}
