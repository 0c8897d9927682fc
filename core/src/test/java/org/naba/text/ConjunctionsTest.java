package org.naba.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence shown alone loses the conjunction that tied it to the sentence before, one rule per row. */
class ConjunctionsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "وقال الوزير إن المحادثات انتهت. | قال الوزير إن المحادثات انتهت.",
    "وأضاف: إن الحوار هو السبيل. | أضاف: إن الحوار هو السبيل.",
    "وفي السياق ذاته، أعلنت الحكومة خطتها. | في السياق ذاته، أعلنت الحكومة خطتها.",
    "فقد أعلن الجيش سيطرته على المدينة. | قد أعلن الجيش سيطرته على المدينة.",
    "وبحسب البيان، قتل ثلاثة أشخاص. | بحسب البيان، قتل ثلاثة أشخاص.",
    "وأكّدت الوزارة الخبر. | أكّدت الوزارة الخبر.",
    "وقتل 9 أشخاص على الأقل في الانهيارات. | قتل 9 أشخاص على الأقل في الانهيارات.",
    "وارتفع المؤشر 241 نقطة. | ارتفع المؤشر 241 نقطة.",
    "ووصل الوفد إلى جنيف. | وصل الوفد إلى جنيف.",
    "ووافق المجلس على القرار. | وافق المجلس على القرار.",
    "وهل يملك المجلس صلاحية ذلك؟ | هل يملك المجلس صلاحية ذلك؟",
  })
  void theConjunctionGoes(String sentence, String shown) {
    assertThat(Conjunctions.dropLeading(sentence)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "وزير الخارجية يصل إلى موسكو.",
    "وكالة الأنباء الرسمية نقلت الخبر.",
    "فرنسا تدعو إلى وقف إطلاق النار.",
    "وصل الرئيس إلى الرياض مساء أمس.",
    "وافق المجلس على القرار.",
    "وادي السيليكون يستقطب المستثمرين.",
    "وردت أنباء عن اشتباكات في المدينة.",
    "وعد الرئيس بإصلاحات.",
    "ولي العهد يستقبل السفير.",
    "فيما أعلنت الشرطة اعتقال ثلاثة.",
    "في السياق ذاته أعلنت الحكومة خطتها.",
    "وقال",
  })
  void otherWordsStay(String sentence) {
    assertThat(Conjunctions.dropLeading(sentence)).isEqualTo(sentence);
  }
}
