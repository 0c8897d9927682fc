package org.naba.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReactionsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "أدانت دولة الكويت بشدة التفجير الإرهابي الذي استهدف مسجدا في منطقة عسير.|true",
    "وأدانت الأمانة العامة لمجلس التعاون الحادث الجبان.|true",
    "شجب وزير العدل العمل الإرهابي الآثم.|true",
    "أعربت وزارة الخارجية عن استنكارها الشديد للهجوم.|true",
    "وعبّر الرئيس عن تعازيه لأسر الضحايا.|true",
    "بعث خادم الحرمين الشريفين برقية تهنئة لرئيس جمهورية تشاد.|true",
    "رحبت الأمم المتحدة بالاتفاق.|true",
    "فندد الاتحاد الأوروبي بالقصف.|true",
    "وقد أدان الدكتور الصمعاني العمل الإرهابي الآثم.|true",
    "كما دانت منظمة التعاون الإسلامي الجريمة البشعة.|true",
    "بدوره، رحب الأمين العام بالهدنة.|true",
    "أثنى قادة القطاعات الأمنية على الإنجاز.|true",
    "وقد قتل عشرة في التفجير.|false",
    "تلقى نائب خادم الحرمين الشريفين اتصالا هاتفيا من ملك المغرب أعرب خلاله عن إدانته للتفجير.|true",
    "قتل عشرة من منسوبي قوات الطوارئ في تفجير انتحاري داخل مسجد.|false",
    "وقف أمير منطقة عسير على موقع التفجير.|false",
    "أعلن تنظيم داعش مسؤوليته عن التفجير.|false",
    "وقال المتحدث الأمني إن الانتحاري فجر نفسه أثناء الصلاة.|false",
    "الإدانة الدولية للهجوم تتسع.|false",
  })
  void aReactionOpensWithAVerbOfReacting(String sentence, boolean reaction) {
    assertThat(Reactions.isReaction(sentence)).isEqualTo(reaction);
  }
}
