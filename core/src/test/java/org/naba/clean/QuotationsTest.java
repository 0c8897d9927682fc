package org.naba.clean;

import org.naba.model.Quote;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotation spans and their speakers, in Arabic script. */
class QuotationsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "في هذا السياق، قال أوباما «لم نصل إلى اتفاق بعد» | أوباما",
        "وأعلن بوتين أن هناك «بعض التقارب في المواقف» بين موسكو وواشنطن | بوتين",
        "وقال الرئيس باراك أوباما الأحد «إن الوضع معقد للغاية» | الرئيس باراك أوباما",
        "وقال ريابكوف لوسائل الإعلام الروسية «كثير من الجماعات مقبولة» | ريابكوف",
        "وقال خلال مؤتمر صحافي «هناك بعض التقارب في المواقف» | ",
        "وتعقد المباحثات على هامش القمة «في أجواء إيجابية» | ",
        "ونقلت صحيفة نيويورك تايمز عن مسؤولين «لم يتخذ القرار بعد» | صحيفة نيويورك تايمز",
        "وقال متحدث باسم الخارجية الأمريكية «نتابع الموقف عن كثب» | متحدث باسم الخارجية الأمريكية",
        "وأضاف قائلا: «لن نتراجع عن هذا القرار» | ",
        "وأضاف مؤكداً «إن الحوار هو الطريق الوحيد» | ",
        "ونشر رسالة قال فيها «سنواصل العمل معا» | ",
        "وقالت إنها «لم تكن على علم بالأمر» | ",
        "وقال محمد بن سلمان «رؤيتنا طموحة» | محمد بن سلمان",
        "وقال مدير المرصد رامي عبد الرحمن «القصف مستمر منذ الصباح» | مدير المرصد رامي عبد الرحمن",
        "وقال البيت الأبيض في بيان «الرئيس يتابع التطورات» | البيت الأبيض",
        "وقال لي المسؤول عن البرنامج «سنبدأ الأسبوع المقبل» | ",
        "وقال لـ «الرياض» أمس: «العمل مستمر في المشروع» | ",
        "وقال لوكالة فرانس برس «الوضع صعب جدا هنا» | ",
        "وقال لقناة العربية «الوضع صعب جدا هنا» | ",
        "وقال لرويترز «الوضع صعب جدا هنا» | ",
        "وقال لصحفيين «الوضع صعب جدا هنا» | ",
        "وقال لافروف «الوضع صعب جدا هنا» | لافروف",
      })
  void speakerIsTheNameAfterTheVerbOfSaying(String paragraph, String speaker) {
    assertThat(Quotations.find(paragraph)).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo(Optional.ofNullable(speaker)));
  }

  @Test
  void allThreeQuotationMarkStylesAndNoOneWordSpans() {
    assertThat(Quotations.find("قال «نعم» ثم \"لن نتعجل في ذلك\" و“هذه المسألة معقدة” و\"مفتوح"))
        .extracting(Quote::text)
        .containsExactly("لن نتعجل في ذلك", "هذه المسألة معقدة");
  }
}
