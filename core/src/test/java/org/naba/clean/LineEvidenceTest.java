package org.naba.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.naba.text.TextNormalizer;

/** One test per piece of line evidence, in Arabic script. */
class LineEvidenceTest {
  @Test
  void tickerIsManyHeadlinesSeparatedByRunsOfSpaces() {
    String ticker = "«الإسكان» تعتمد تخطيط أرض مشروع    «المشاط» تناقش مع «الأوروبي» آفاق الاستثمار"
        + "    وزير الري يتابع موقف الترع    محافظ القاهرة يتفقد أعمال التطوير";
    assertThat(LineEvidence.isTicker(ticker)).isTrue();
    assertThat(LineEvidence.isTicker("وجاء في  رسالة أن مشروع الاتفاق يلزم روسيا منع طائرات القوات النظامية.")).isFalse();
    assertThat(LineEvidence.isTicker("أوباما وبوتين\u00A0\u00A0خلال القمة\u00A0\u00A0في الصين\u00A0\u00A0اليوم")).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"الإسم *, true", "Security Code*, true", "البريد الإلكتروني:, true", "الوضع الإنساني في حلب, false"})
  void formFieldsAreShortLabelsWithAMarker(String line, boolean expected) {
    assertThat(LineEvidence.isFormField(line, LineEvidence.units(line))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "GMT 07:35 2024 الخميس ,21 تشرين الثاني / نوفمبر | true",
        "الاثنين 05 - 09 - 2016 | true",
        "آخر تحديث 8:58 | true",
        "بوتين: حققنا بعض التقارب | false",
        "لم تتوصل الولايات المتحدة وروسيا اليوم الأحد 4 سبتمبر 2016 إلى اتفاق | false",
      })
  void timestampLinesAreMostlyDateWords(String line, boolean expected) {
    assertThat(LineEvidence.isTimestamp(line, TextNormalizer.tokens(line))).isEqualTo(expected);
  }

  @Test
  void sentencePunctuationLooksThroughClosingQuotes() {
    assertThat(LineEvidence.endsSentence("قال كيري \"لن نتعجل في ذلك\".")).isTrue();
    assertThat(LineEvidence.endsSentence("«حريصون على إيجاد وسيلة لتقليص العنف.»")).isTrue();
    assertThat(LineEvidence.endsSentence("هل انتهت الحرب؟")).isTrue();
    assertThat(LineEvidence.endsSentence("الوضع الإنساني في حلب")).isFalse();
  }

  @Test
  void arabicPunctuationCountsAsProseEvidence() {
    assertThat(LineEvidence.punctuation("قال، ثم أضاف؛ وسأل؟")).isEqualTo(3);
  }

  @Test
  void creditLineNamesTheSource() {
    assertThat(LineEvidence.creditLine("المصدر: وكالات", 2)).contains("وكالات");
    assertThat(LineEvidence.creditLine("المصدر : الجزيرة + وكالات", 3)).contains("الجزيرة + وكالات");
    assertThat(LineEvidence.creditLine("وقال المصدر: إن الاتفاق قريب جدا من الإعلان عنه رسميا اليوم", 11)).isEmpty();
  }

  @Test
  void aggregatorBylineNamesTheOutlet() {
    assertThat(LineEvidence.publishedIn("نشر في صوت الأمة يوم 05 - 09 - 2016")).contains("صوت الأمة");
    assertThat(LineEvidence.publishedIn("نشر في المصري اليوم يوم 05 - 09 - 2016")).contains("المصري اليوم");
  }

  @Test
  void authorLine() {
    assertThat(LineEvidence.authorLine("بقلم: أحمد علي", 3)).contains("أحمد علي");
    assertThat(LineEvidence.authorLine("كتب محمد حسن", 3)).contains("محمد حسن");
  }

  @ParameterizedTest
  @CsvSource({"شكرا على الإبلاغ!", "انقر هنا لقراءة الخبر من مصدره.", "سيتم حجب هذه الصورة تلقائيا", "جميع الحقوق محفوظة"})
  void interfaceStrings(String line) {
    assertThat(LineEvidence.isUiString(TextNormalizer.normalize(line), LineEvidence.units(line))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"اقرأ أيضا", "وقد يهمك أيضاً", "اقرأ أيضاً: أوباما يلتقي بوتين", "للمزيد: ماكرون يعلن عن تحالف باريس",
      "للمزيد - العيد الوطني الفرنسي: عرض عسكري", "'اقرأ: (السعودية تمنح رخصة تشغيل سينما)'",
      "اقرأ.. أغرب 6 مهن في عالم الأزياء", "اقرأ أيضا| خطيبة خاشقجي تطلب مساعدة ترامب", "إقرأ أيضا: لقاء في إسطنبول"})
  void relatedMarkers(String line) {
    assertThat(LineEvidence.isRelatedMarker(TextNormalizer.normalize(line), LineEvidence.units(line))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"اقرأ هذا المقال مع قهوتك وحكم عقلك", "اقرأوا التاريخ جيدا قبل الحكم"})
  void readAsAVerbOfProseIsNoMarker(String line) {
    assertThat(LineEvidence.isRelatedMarker(TextNormalizer.normalize(line), LineEvidence.units(line))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"APA/AFP/Mandel Ngan, true", "© رويترز, true", "صورة: أرشيفية, true", "الوضع الإنساني في حلب, false"})
  void photoCredits(String line, boolean expected) {
    assertThat(LineEvidence.isPhotoCredit(line, TextNormalizer.normalize(line), LineEvidence.units(line)))
        .isEqualTo(expected);
  }

  @Test
  void bulletsAndPullQuotes() {
    assertThat(LineEvidence.isBulleted("- وقف إطلاق النار في أنحاء البلاد")).isTrue();
    assertThat(LineEvidence.isBulleted("-وقف")).isFalse();
    assertThat(LineEvidence.isWhollyQuoted("«الصراع السوري يمكن أن يحل فقط بالسبل السياسية».")).isTrue();
    assertThat(LineEvidence.isWhollyQuoted("قال «نعم» ثم مضى")).isFalse();
  }

  @Test
  void collapseHandlesNonBreakingAndZeroWidthSpaces() {
    assertThat(LineEvidence.collapse("\u00A0 أوباما\u00A0\u00A0وبوتين\u200B ")).isEqualTo("أوباما وبوتين");
  }

  @ParameterizedTest
  @CsvSource({"التعليقات, true", "تعليقات (3), true", "تعليقات القراء على الخبر اليوم, false", "Kommentare, true"})
  void endMarkersOpenCommentsOrNextStories(String line, boolean expected) {
    assertThat(LineEvidence.isEndMarker(TextNormalizer.normalize(line), LineEvidence.units(line))).isEqualTo(expected);
  }

  @Test
  void teaserEndingInAMoreLink() {
    assertThat(LineEvidence.endsInMoreLink(TextNormalizer.normalize("أوباما يلتقي أردوغان في الصين | المزيد"))).isTrue();
    assertThat(LineEvidence.endsInMoreLink(TextNormalizer.normalize("وطالبت المعارضة بالمزيد"))).isFalse();
  }

  @Test
  void captionCarryingItsPhotoCredit() {
    assertThat(LineEvidence.carriesPhotoCredit(TextNormalizer.normalize("أوباما وبوتين خلال القمة | صورة: رويترز"), 7)).isTrue();
    assertThat(LineEvidence.carriesPhotoCredit(TextNormalizer.normalize("الوضع الإنساني في حلب"), 4)).isFalse();
  }

  @Test
  void consentNoticeNamesSeveralConsentWords() {
    String notice = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك، وباستمرارك توافق على سياسة الاستخدام والخصوصية الخاصة بنا.";
    assertThat(LineEvidence.isConsentNotice(TextNormalizer.normalize(notice))).isTrue();
    assertThat(LineEvidence.isConsentNotice(TextNormalizer.normalize("ناقش البرلمان قانون حماية الخصوصية اليوم."))).isFalse();
  }
}
