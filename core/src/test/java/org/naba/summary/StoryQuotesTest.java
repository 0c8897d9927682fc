package org.naba.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.naba.model.Quote;
import org.naba.model.StoryQuote;

/** A story's statements gathered from its articles' quotations, in Arabic script. */
class StoryQuotesTest {
  private static Quote said(String text, String speaker) {
    return new Quote(text, Optional.ofNullable(speaker));
  }

  @Test
  void oneStatementCarriedByThreeOutletsIsOneEntryCitingAllThree() {
    List<StoryQuote> out = StoryQuotes.gather(List.of(
        new StoryQuotes.Quoted("a1", List.of(said("لن نسمح بتكرار هذا العمل الإرهابي الجبان", "وزير الداخلية"))),
        // The same words with other hamza, marks and spacing.
        new StoryQuotes.Quoted("a2", List.of(said("لنْ نسمح  بتكرار هذا العمل الارهابي الجبان", "وزير الداخلية"))),
        new StoryQuotes.Quoted("a3", List.of(said("لن نسمح بتكرار هذا العمل الإرهابي الجبان", "الوزير")))),
        8, s -> true);
    assertThat(out).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("لن نسمح بتكرار هذا العمل الإرهابي الجبان");
      assertThat(q.speaker()).contains("وزير الداخلية"); // named so by two of the three
      assertThat(q.articles()).containsExactly("a1", "a2", "a3");
    });
  }

  @Test
  void theMostQuotedComeFirstThenTheEarliest() {
    List<StoryQuote> out = StoryQuotes.gather(List.of(
        new StoryQuotes.Quoted("a1", List.of(said("نتابع الموقف عن كثب مع شركائنا", "الخارجية الأمريكية"),
            said("الحوار هو الطريق الوحيد للحل", "الأمين العام"))),
        new StoryQuotes.Quoted("a2", List.of(said("الحوار هو الطريق الوحيد للحل", "الأمين العام"))),
        new StoryQuotes.Quoted("a3", List.of(said("سنرد في الوقت والمكان المناسبين", "المتحدث العسكري")))),
        2, s -> true);
    assertThat(out).extracting(StoryQuote::text)
        .containsExactly("الحوار هو الطريق الوحيد للحل", "نتابع الموقف عن كثب مع شركائنا");
  }

  @Test
  void aSpanNoOneSaysOrTooShortToBeAStatementIsLeftOut() {
    List<StoryQuote> out = StoryQuotes.gather(List.of(
        new StoryQuotes.Quoted("a1", List.of(said("المصرية اليوم", null), said("عاصفة الحزم", "التحالف"),
            said("عملية عسكرية واسعة في شمال البلاد", null)))),
        8, s -> true);
    assertThat(out).isEmpty();
  }

  /** "البيان" (the statement) and "الوزارة" are no names: a named speaker's statement comes first, and is preferred. */
  @Test
  void aNamedSpeakerComesBeforeARoleOrADocument() {
    java.util.Set<String> names = java.util.Set.of("بومبيو", "ظريف");
    List<StoryQuote> out = StoryQuotes.gather(List.of(
        new StoryQuotes.Quoted("a1", List.of(said("ندعو جميع الأطراف إلى ضبط النفس", "البيان"),
            said("العقوبات ستكون الأقوى في التاريخ", "البيان"))),
        new StoryQuotes.Quoted("a2", List.of(said("ندعو جميع الأطراف إلى ضبط النفس", "الوزارة"))),
        new StoryQuotes.Quoted("a3", List.of(said("العقوبات ستكون الأقوى في التاريخ", "بومبيو"),
            said("لن نتفاوض تحت الضغط أبدا", "ظريف")))),
        8, names::contains);
    assertThat(out).extracting(StoryQuote::text).containsExactly("العقوبات ستكون الأقوى في التاريخ",
        "لن نتفاوض تحت الضغط أبدا", "ندعو جميع الأطراف إلى ضبط النفس");
    // Named by one article of two, but named: بومبيو, not البيان.
    assertThat(out.getFirst().speaker()).contains("بومبيو");
    assertThat(out.getLast().speaker()).contains("البيان");
  }

  @Test
  void aSpeakerWrittenByOnePartOfANameGetsTheWholeNameTheStoryKnows() {
    List<org.naba.model.StoryEntity> entities = List.of(
        new org.naba.model.StoryEntity("سيرغي لافروف", "PERS", List.of("سيرغي لافروف", "سيرجي لافروف"), 5, List.of("a1")),
        new org.naba.model.StoryEntity("تيريزا ماي", "PERS", List.of("تيريزا ماي"), 4, List.of("a1")),
        new org.naba.model.StoryEntity("محمد بن سلمان", "PERS", List.of("محمد بن سلمان"), 3, List.of("a1")),
        new org.naba.model.StoryEntity("محمد جواد ظريف", "PERS", List.of("محمد جواد ظريف"), 2, List.of("a1")),
        new org.naba.model.StoryEntity("موسكو", "LOC", List.of("موسكو"), 6, List.of("a1")),
        new org.naba.model.StoryEntity("فلاديمير بوتين", "PERS", List.of("فلاديمير بوتين"), 6, List.of("a3")),
        new org.naba.model.StoryEntity("سعد الحريري", "PERS", List.of("سعد الحريري"), 2, List.of("a3")),
        new org.naba.model.StoryEntity("ميغان ماركل", "PERS", List.of("ميغان ماركل"), 2, List.of("a3")),
        new org.naba.model.StoryEntity("بريت ماكغورك", "PERS", List.of("بريت ماكغورك"), 2, List.of("a3")),
        new org.naba.model.StoryEntity("البابا فرنسيس", "PERS", List.of("البابا فرنسيس"), 2, List.of("a4")),
        new org.naba.model.StoryEntity("بابا الفاتيكان", "PERS", List.of("بابا الفاتيكان"), 2, List.of("a4")),
        new org.naba.model.StoryEntity("فيصل بن خالد", "PERS", List.of("فيصل بن خالد"), 2, List.of("a4")),
        new org.naba.model.StoryEntity("أوكتار", "PERS", List.of("أوكتار", "عدنان أوكتار"), 3, List.of("a6")));
    List<StoryQuote> quotes = List.of(
        new StoryQuote("طلبنا الاطلاع على هذه المادة", Optional.of("لافروف"), List.of("a1")),
        new StoryQuote("لن يحضر الوزراء كأس العالم", Optional.of("تيريزا"), List.of("a1")),
        new StoryQuote("رؤيتنا طموحة جدا للمستقبل", Optional.of("محمد"), List.of("a1")), // two Mohammeds: no
        new StoryQuote("لن نقبل بهذه الشروط أبدا", Optional.of("وزير الخارجية"), List.of("a1")), // not one word
        new StoryQuote("المدينة هادئة تماما الآن", Optional.of("موسكو"), List.of("a1")), // not a person
        // a2 names no Lavrov, but he is the story's one person of that surname
        new StoryQuote("لم نتلق أي طلب رسمي", Optional.of("لافروف"), List.of("a2")),
        new StoryQuote("سنرد على أي خطوة عدائية", Optional.of("بوتن"), List.of("a3")), // another spelling
        new StoryQuote("الحكومة ستتشكل قريبا جدا", Optional.of("حريري"), List.of("a3")), // without the article
        new StoryQuote("لا نريد مواجهة مع أحد", Optional.of("بوتين"), List.of("a1")), // the same for Putin
        new StoryQuote("سنبقى على موقفنا الثابت", Optional.of("ماي"), List.of("a5")), // and for May
        new StoryQuote("هذا موقف لا يمكن قبوله", Optional.of("تيريزا"), List.of("a5")), // a first name: no
        new StoryQuote("المشروع سيكتمل هذا العام", Optional.of("خالد"), List.of("a5")), // a father's name: no
        // the story names him by one word: his fullest spelling
        new StoryQuote("أنا رجل من عامة الشعب", Optional.of("عدنان"), List.of("a6")),
        new StoryQuote("لن نسمح بتكرار ما حدث", Optional.of("ماكين"), List.of("a3")), // one skeleton, not one name
        new StoryQuote("المغرب يرفض هذه الخطوة", Optional.of("بوريطة"), List.of("a3")),
        new StoryQuote("نصلي لأجل ثمار السلام", Optional.of("البابا"), List.of("a4"))); // written so by one person
    assertThat(StoryQuotes.withFullNames(quotes, entities)).extracting(q -> q.speaker().orElseThrow())
        .containsExactly("سيرغي لافروف", "تيريزا ماي", "محمد", "وزير الخارجية", "موسكو", "سيرغي لافروف",
            "فلاديمير بوتين", "سعد الحريري", "فلاديمير بوتين", "تيريزا ماي", "تيريزا", "خالد", "عدنان أوكتار", "ماكين", "بوريطة",
            "البابا فرنسيس");
  }
  @Test
  void aSpeakerTheEntitiesDoNotHoldIsCompletedByTheStorysOtherSpeakerOfThatName() {
    List<StoryQuote> quotes = List.of(
        new StoryQuote("نريد أدلة على تورط روسيا", Optional.of("وزير الخارجية الأمريكي ريكس تيلرسون"), List.of("a1")),
        new StoryQuote("الهجوم عمل شنيع وغير مقبول", Optional.of("تيلرسون"), List.of("a2")),
        new StoryQuote("لا علاقة لروسيا بما حدث", Optional.of("المتحدثة باسم الخارجية_الروسية ماريا زاخاروفا"),
            List.of("a3")),
        new StoryQuote("سنتعاون مع التحقيق بشكل كامل", Optional.of("المتحدث باسم السفارة"), List.of("a4")),
        new StoryQuote("لم نتلق أي طلب رسمي حتى الآن", Optional.of("السفارة"), List.of("a4")));
    assertThat(StoryQuotes.withFullNames(quotes, List.of())).extracting(q -> q.speaker().orElseThrow())
        .containsExactly("وزير الخارجية الأمريكي ريكس تيلرسون", "وزير الخارجية الأمريكي ريكس تيلرسون",
            "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا", "المتحدث باسم السفارة", "السفارة");
  }
}
