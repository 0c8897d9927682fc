package org.naba.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a site prints around every record, learned from the records before. */
class RecordBoilerplateTest {
  private static final Optional<OffsetDateTime> DAY = Optional.of(OffsetDateTime.parse("2015-08-06T10:00:00+03:00"));

  private static final List<String> LEADS = List.of(
      "أكد وزير الداخلية أن التحقيقات في التفجير مستمرة حتى الوصول إلى الجناة.",
      "افتتح أمير المنطقة مهرجان التمور بحضور عدد من المسؤولين والمزارعين.",
      "أعلنت وزارة الصحة تسجيل ثلاث حالات جديدة بفيروس كورونا في الرياض.",
      "شهدت أسواق الأسهم الخليجية تراجعا حادا في تعاملات اليوم مع هبوط النفط.",
      "قرر مجلس الوزراء الموافقة على تنظيم هيئة الترفيه الجديدة في المملكة.");

  /** Cleans the leads in turn as records of one site, each wrapped by {@code wrap}; returns the last one. */
  private static CleanArticle afterOthers(java.util.function.UnaryOperator<String> wrap, String last) {
    RecordCleaner cleaner = new RecordCleaner(new BoilerplateMemory());
    for (String lead : LEADS) cleaner.clean("", wrap.apply(lead), DAY, "okaz.com.sa");
    return cleaner.clean("", wrap.apply(last), DAY, "okaz.com.sa");
  }

  private static final String LAST = "وقع زلزال بقوة خمس درجات جنوب غرب باكستان دون أن يسفر عن إصابات.";

  @Test
  void aShareBarGluedToTheLeadGoesOnceOtherRecordsOpenedWithIt() {
    CleanArticle a = afterOthers(lead -> "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك " + lead, LAST);
    assertThat(a.paragraphs()).containsExactly(LAST);
  }

  @Test
  void theFirstRecordsOfASiteKeepIt() {
    RecordCleaner cleaner = new RecordCleaner(new BoilerplateMemory());
    CleanArticle first = cleaner.clean("", "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك " + LAST, DAY, "okaz.com.sa");
    assertThat(first.paragraphs().get(0)).startsWith("شارك من خلال");
  }

  @Test
  void anotherSiteLearnsNothingFromIt() {
    RecordCleaner cleaner = new RecordCleaner(new BoilerplateMemory());
    for (String lead : LEADS) cleaner.clean("", "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك " + lead, DAY, "okaz.com.sa");
    CleanArticle a = cleaner.clean("", "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك " + LAST, DAY, "alyaum.com");
    assertThat(a.paragraphs().get(0)).startsWith("شارك من خلال");
  }

  @Test
  void aSlidersLatinButtonsGoButTheBylineAfterThemStays() {
    CleanArticle a = afterOthers(lead -> "Next Previous عمر إبراهيم – عين اليوم\n" + lead, LAST);
    assertThat(a.paragraphs()).containsExactly("عمر إبراهيم – عين اليوم", LAST);
  }

  @Test
  void anOutletsFormulaIsNotAnInterface() {
    // Every weather report opens alike; repetition alone does not make it boilerplate.
    CleanArticle a = afterOthers(lead -> "توقعت الرئاسة العامة للأرصاد وحماية البيئة " + lead, LAST);
    assertThat(a.paragraphs()).containsExactly("توقعت الرئاسة العامة للأرصاد وحماية البيئة " + LAST);
  }

  @Test
  void aSubscriptionLineGoesWithTheAddressGluedToIt() {
    CleanArticle a = afterOthers(lead -> lead + "\nwriter" + lead.length() + "@yahoo.comللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز ("
        + lead.length() + ") ثم مسافة ثم نص الرسالة إلى 88591 - Stc 635031 - Mobily 737221 - Zain", LAST);
    assertThat(a.paragraphs()).containsExactly(LAST);
  }

  @Test
  void aRepeatedClosingLineGoesAndItsAgencyIsCredited() {
    CleanArticle a = afterOthers(lead -> lead + "\nفرانس24/ أ ف ب", LAST);
    assertThat(a.paragraphs()).containsExactly(LAST);
    assertThat(a.credits()).containsExactly("أ ف ب");
  }

  @Test
  void aReprintLineCreditsThePaper() {
    CleanArticle a = afterOthers(lead -> lead + "\n*نقلاً عن الرؤية الإماراتية", LAST);
    assertThat(a.paragraphs()).containsExactly(LAST);
    assertThat(a.credits()).containsExactly("الرؤية الإماراتية");
    assertThat(RecordBoilerplate.credited("* خدمة «نيويورك تايمز»")).contains("نيويورك تايمز");
  }

  @Test
  void aDisclaimerUnderARuleGoesWhenTheSiteClosesEnoughRecordsWithIt() {
    String promo = "يمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.";
    RecordCleaner cleaner = new RecordCleaner(new BoilerplateMemory());
    List<String> leads = new ArrayList<>();
    for (int i = 0; i < 12; i++) leads.add(LEADS.get(i % LEADS.size()) + " وهذا الخبر رقم " + i + ".");
    for (String lead : leads) cleaner.clean("", lead + "\n-----------\n" + promo, DAY, "bbc.com");
    CleanArticle a = cleaner.clean("", LAST + "\n------------------\n" + promo, DAY, "bbc.com");
    assertThat(a.paragraphs()).containsExactly(LAST);
  }

  @Test
  void aRepeatedSentenceShapedAsProseStaysWhileFewOfTheSitesRecordsCloseWithIt() {
    String background = "ويذكر أن التحالف العربي بقيادة السعودية يدعم القوات الحكومية في اليمن منذ مارس الماضي.";
    RecordCleaner cleaner = new RecordCleaner(new BoilerplateMemory());
    // 12 of 700 records close with it: more than the nine repetitions a short line needs, under a fiftieth.
    for (int i = 0; i < 688; i++) cleaner.clean("", "خبر رقم " + i + " عن الاقتصاد والأسواق اليوم.", DAY, "sabq.org");
    for (int i = 0; i < 11; i++) cleaner.clean("", LEADS.get(i % LEADS.size()) + " " + i + "\n" + background, DAY, "sabq.org");
    CleanArticle a = cleaner.clean("", LAST + "\n" + background, DAY, "sabq.org");
    assertThat(a.paragraphs()).containsExactly(LAST, background);
  }

  @Test
  void theOnlyParagraphIsNeverTakenWhole() {
    CleanArticle a = afterOthers(lead -> "Next Previous", "Next Previous");
    assertThat(a.paragraphs()).containsExactly("Next Previous");
  }
  @Test
  void aSectionLabelOtherTitlesOfTheSiteOpenWithLeavesTheTitle() {
    RecordCleaner cleaner = new RecordCleaner(new BoilerplateMemory());
    for (String lead : LEADS) cleaner.clean("اقتصادي / " + lead.substring(0, 30), lead, DAY, "spa.gov.sa");
    CleanArticle a = cleaner.clean("اقتصادي / الأسهم الباكستانية تغلق على ارتفاع", LAST, DAY, "spa.gov.sa");
    assertThat(a.title()).isEqualTo("الأسهم الباكستانية تغلق على ارتفاع");
    assertThat(RecordBoilerplate.kickerEnd("بالصور | أمير عسير يزور المصابين")).isEqualTo("بالصور | ".length());
    assertThat(RecordBoilerplate.kickerEnd("2/ 8 موعد انطلاق البطولة")).isZero();
    assertThat(RecordBoilerplate.kickerEnd("ترامب: لن نتراجع")).isZero();
  }
}
