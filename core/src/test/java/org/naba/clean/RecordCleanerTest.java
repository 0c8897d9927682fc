package org.naba.clean;

import org.naba.model.Quote;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordCleanerTest {
  private static final Optional<OffsetDateTime> MONDAY = Optional.of(OffsetDateTime.parse("2016-09-05T10:00:00+03:00"));

  @Test
  void aClosingCreditLineBecomesACredit() {
    CleanArticle a = new RecordCleaner().clean("عنوان", "فقرة أولى من الخبر.\nالمصدر: وكالات", MONDAY);
    assertThat(a.paragraphs()).containsExactly("فقرة أولى من الخبر.");
    assertThat(a.credits()).containsExactly("وكالات");
  }

  @Test
  void noBreakSpacesAndDirectionMarksAtAParagraphsEndsGoAndAParagraphOfThemAloneIsNone() {
    CleanArticle a = new RecordCleaner().clean("\u200Fعنوان الخبر\u00A0",
        "\u00A0قالت وزارة الصحة إن الحالات تراجعت.\u00A0\n\u00A0\n\u200B\u200F\nوأضافت أن الفحوص مستمرة.", MONDAY);
    assertThat(a.title()).isEqualTo("عنوان الخبر");
    assertThat(a.paragraphs()).containsExactly("قالت وزارة الصحة إن الحالات تراجعت.", "وأضافت أن الفحوص مستمرة.");
  }

  @Test
  void aTextThatIsHtmlIsReadByItsBlocksWithoutScriptsOrCaptions() {
    CleanArticle a = new RecordCleaner().clean("انفجار في مرفأ بيروت",
        "<p>وقع انفجار <b>ضخم</b> في مرفأ بيروت.</p><figure><img src=\"a.jpg\"><figcaption>صورة من موقع"
            + " الانفجار</figcaption></figure><p>وأسفر عن سقوط <a href=\"/x\">قتلى</a>&nbsp;وجرحى.<br>وقالت وزارة"
            + " الصحة إن الحصيلة أولية.</p><script>var ad = 1;</script>", MONDAY);
    assertThat(a.paragraphs()).containsExactly("وقع انفجار ضخم في مرفأ بيروت.", "وأسفر عن سقوط قتلى وجرحى.",
        "وقالت وزارة الصحة إن الحصيلة أولية.");
    // A feed item's content: its share bar is no paragraph.
    assertThat(new RecordCleaner().clean("انفجار", "<p>هز انفجار ضخم مرفأ بيروت مساء الثلاثاء.</p>"
        + "<div class=\"share-buttons\">شارك</div>", MONDAY).paragraphs())
        .containsExactly("هز انفجار ضخم مرفأ بيروت مساء الثلاثاء.");
    // A "<" that opens no tag is text.
    assertThat(new RecordCleaner().clean("عنوان", "إذا كان x < y فإن الحصيلة <100 قتيل.", MONDAY).paragraphs())
        .containsExactly("إذا كان x < y فإن الحصيلة <100 قتيل.");
  }

  @Test
  void aDatelineAgencyIsACredit() {
    CleanArticle a = new RecordCleaner().clean("", "القاهرة (رويترز) - قال مسؤول إن المحادثات انتهت.", MONDAY);
    assertThat(a.credits()).containsExactly("رويترز");
  }

  @Test
  void aDatelineParagraphIsMetadataAndItsAgencyACredit() {
    CleanArticle a = new RecordCleaner().clean("", "بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n"
        + "يواصل مهرجان تمور بريدة فعالياته وأنشطته من خلال عمليات البيع والشراء اليومية.", MONDAY);
    assertThat(a.paragraphs()).containsExactly("يواصل مهرجان تمور بريدة فعالياته وأنشطته من خلال عمليات البيع والشراء اليومية.");
    assertThat(a.credits()).containsExactly("واس");
  }

  @Test
  void aLinkToAnotherStoryWithItsHeadlineIsDropped() {
    CleanArticle a = new RecordCleaner().clean("", "أعلنت الحكومة الفرنسية خطتها الجديدة.\n"
        + "للمزيد: ماكرون يعلن عن تحالف باريس لمكافحة الإرهاب\nوقال الوزير إن الخطة تبدأ غدا.", MONDAY);
    assertThat(a.paragraphs()).containsExactly("أعلنت الحكومة الفرنسية خطتها الجديدة.", "وقال الوزير إن الخطة تبدأ غدا.");
  }

  @Test
  void aBareReadAlsoDropsTheHeadlinesAfterItUpToTheProse() {
    CleanArticle a = new RecordCleaner().clean("", "أعلنت المفوضية النتائج الأولية للانتخابات.\n\nاقرأ أيضاً:\n\n"
        + "الانتخابات العراقية: تقدم واضح للتيار الصدري\n\nهل إيران هي الفائز الحقيقي في الانتخابات العراقية؟\n\n"
        + "وتقول المفوضية:\n\nإن نسبة المشاركة بلغت 44 في المئة.", MONDAY);
    assertThat(a.paragraphs()).containsExactly("أعلنت المفوضية النتائج الأولية للانتخابات.", "وتقول المفوضية:",
        "إن نسبة المشاركة بلغت 44 في المئة.");
  }

  @Test
  void aSegmentedDatelineCreditsItsAgency() {
    CleanArticle a = new RecordCleaner().clean("", "واس - مكة المكرمة : أدانت الرابطة العمل الإرهابي.", MONDAY);
    assertThat(a.credits()).containsExactly("واس");
  }

  @Test
  void aShortFirstSentenceIsNotADateline() {
    CleanArticle a = new RecordCleaner().clean("", "قتل 15 شخصا في 3 هجمات اليوم.\nوقالت الشرطة إن التحقيق مستمر.", MONDAY);
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void htmlEntitiesAreDecoded() {
    CleanArticle a = new RecordCleaner().clean("&quot;أوباما&quot;: 99% من العالم", "قال أوباما &amp; كيري ذلك.", MONDAY);
    assertThat(a.title()).isEqualTo("\"أوباما\": 99% من العالم");
    assertThat(a.paragraphs()).containsExactly("قال أوباما & كيري ذلك.");
  }

  @Test
  void aRepeatedParagraphIsKeptOnce() {
    CleanArticle a = new RecordCleaner().clean("", "اتفق الجانبان على مواصلة المحادثات.\nاتفق الجانبان على مواصلة المحادثات.", MONDAY);
    assertThat(a.paragraphs()).hasSize(1);
  }

  @Test
  void quotationsAndRelativeDaysAreFound() {
    CleanArticle a = new RecordCleaner().clean("", "وقال أوباما أمس «لم نصل إلى اتفاق بعد».", MONDAY);
    assertThat(a.quotes()).extracting(Quote::text).anySatisfy(t -> assertThat(t).contains("لم نصل إلى اتفاق بعد"));
    assertThat(a.mentionedDates()).contains(LocalDate.of(2016, 9, 4));
  }

  @Test
  void aPermalinkTrailerRepeatingTheHeadlineIsDropped() {
    String title = "مدني الباحة يسيطر على حريق بقرية بطينة";
    var a = new RecordCleaner().clean(title,
        "سيطرت فرق الدفاع المدني على حريق في قرية بطينة.\nوتمنى للجميع السلامة الدائمة. رابط الخبر بصحيفة الوئام: "
            + title, Optional.empty());
    assertThat(a.paragraphs()).containsExactly("سيطرت فرق الدفاع المدني على حريق في قرية بطينة.",
        "وتمنى للجميع السلامة الدائمة.");
  }

  @Test
  void aSentenceThatEndsWithTheHeadlineAfterALongClauseIsKept() {
    String title = "الأمير يفتتح المعرض";
    String p = "وقال المتحدث إن الحفل الذي أقيم مساء أمس في القاعة الكبرى بحضور المسؤولين كان بعنوان: " + title;
    assertThat(RecordCleaner.withoutHeadlineTrailer(p, title)).isEqualTo(p);
  }
  @Test
  void anAgencysEndMarkAndFilingTimeClosingTheCopyGo() {
    CleanArticle a = new RecordCleaner().clean("", "افتتح أمير المنطقة مهرجان التمور بحضور المسؤولين.\n// انتهى //\n20:26 ت م", MONDAY);
    assertThat(a.paragraphs()).containsExactly("افتتح أمير المنطقة مهرجان التمور بحضور المسؤولين.");
    assertThat(RecordCleaner.withoutWireMarker("ومدير مطار عدن الدولي. // انتهى //")).isEqualTo("ومدير مطار عدن الدولي.");
    assertThat(RecordCleaner.withoutWireMarker("وقال إن زمن الحرب انتهى.")).isEqualTo("وقال إن زمن الحرب انتهى.");
  }
}
