package org.naba.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnticipationsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "سيقرر الرئيس الأمريكي، دونالد ترامب، مصير الاتفاق النووي مع إيران اليوم الثلاثاء.|true",
    "وسيتولى تيري هنري تدريب موناكو خلفا للمدرب المقال.|true",
    "ستنطلق البطولة الودية مساء الخميس في جدة.|true",
    "فستعقد اللجنة اجتماعها السادس يوم غد.|true",
    "سنعمل مع شركائنا على تنفيذ الاتفاق.|true",
    "من المتوقع أن تؤدي الحكومة الجديدة اليمين الدستورية اليوم الخميس.|true",
    "ومن المقرر أن يوافق البرلمان على شطب المادة.|true",
    "من المنتظر أن تطرح الشركة هاتفيها الجديدين.|true",
    "سيطرت القوات على طريق استراتيجي جنوب المدينة.|false",
    "سيارات الإسعاف نقلت المصابين إلى المستشفى.|false",
    "سياسة الحكومة الجديدة تواجه انتقادات.|false",
    "سنوات من الحرب دمرت المدينة.|false",
    "سنغافورة تستضيف القمة بين الزعيمين.|false",
    "سيرغي لافروف يلتقي نظيره الأمريكي.|false",
    "ستيفن هوكينغ يرحل عن 76 عاما.|false",
    "أدت الحكومة الأردنية الجديدة اليمين الدستورية أمام الملك.|false",
    "قال الوزير إن الحكومة ستعمل على خفض الأسعار.|false",
    "من جانبه، أكد المتحدث أن الاجتماع انتهى.|false",
  })
  void anExpectationOpensWithAVerbInTheFutureOrAnExpectedThat(String sentence, boolean expected) {
    assertThat(Anticipations.isAnticipation(sentence)).isEqualTo(expected);
  }
}
