package org.naba.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnaphoraTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "جاء ذلك خلال لقائه وزير الخارجية في الرياض.|true",
    "ويأتي هذا بعد أسبوع من الهجوم على الفندق.|true",
    "إلى ذلك، أعلنت الوزارة إغلاق المعبر.|true",
    "في هذا السياق، قال المتحدث إن المفاوضات مستمرة.|true",
    "أعلن ذلك معالي وزير الزراعة في مؤتمر صحفي.|true",
    "لكن الحكومة رفضت الاتهامات.|true",
    "بينما نفت الشركة أي علاقة لها بالحادث.|true",
    "حيث أعلنت الشركة نجاحها في إعادة المطرب إلى الأضواء.|true",
    "إلا أن المعارضة قاطعت الجلسة.|true",
    "هذه الخطوة تأتي في إطار الإصلاحات الاقتصادية.|true",
    "وكان التنظيم المتشدد قد هدد بشن هجمات قبل الانتخابات.|true",
    "يذكر أن المملكة استضافت القمة العام الماضي.|true",
    "وأضاف أن المفاوضات ستستأنف الأسبوع المقبل.|true",
    "أفاد أن البدائل التقنية سيتم توفيرها عبر المنصات التعليمية.|true",
    "وأشار إلى أن الحصيلة مرشحة للارتفاع.|true",
    "وأضاف الوزير أن المفاوضات ستستأنف.|false",
    "أكد وزير الخارجية أن المملكة تدين الهجوم.|false",
    "شهد هذا العام ارتفاعا في أسعار النفط.|false",
    "هذا الأسبوع يلتقي الزعيمان في هلسنكي.|false",
    "أعلنت وزارة الداخلية القبض على 431 شخصا.|false",
    "قتل أربعة أشخاص في هجوم على فندق في وسط مالي.|false",
    "وقال الوزير إن هذا القرار نهائي.|false",
    "حيوان نادر يظهر في حديقة الرياض.|false",
  })
  void aSentenceThatLeansOnTheOneBeforeOpensByPointingBack(String sentence, boolean leaning) {
    assertThat(Anaphora.leansOnThePrevious(sentence)).isEqualTo(leaning);
  }
}
