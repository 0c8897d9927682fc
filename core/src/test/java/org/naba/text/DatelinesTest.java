package org.naba.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dateline a text opens with, taken off for a reader, one shape per row; and the texts that keep their start. */
class DatelinesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // a place and an agency in parentheses, before dashes or a colon
    "دبي، الإمارات العربية المتحدة (CNN)-- قال ولي العهد إن بلاده سترد. | قال ولي العهد إن بلاده سترد.",
    "أتلانتا، الولايات المتحدة الأمريكية (CNN) – أجرى الوزير اتصالا. | أجرى الوزير اتصالا.",
    "(CNN)— رفض الرئيس أن يقول ذلك. | رفض الرئيس أن يقول ذلك.",
    "القاهرة (رويترز) - قال مسؤول إن المحادثات انتهت. | قال مسؤول إن المحادثات انتهت.",
    "باريس (أ.ف.ب): أعلنت الحكومة خطتها. | أعلنت الحكومة خطتها.",
    // two or three segments joined by dashes, closed by a colon: outlet, byline, place
    "سبق- الرباط: استهل المنتخب مشواره في البطولة. | استهل المنتخب مشواره في البطولة.",
    "عبدالله البرقاوي- سبق- الرياض: كشفت الهيئة أنها رفضت الشحنة. | كشفت الهيئة أنها رفضت الشحنة.",
    "واس - مكة المكرمة : أدانت الرابطة العمل الإرهابي. | أدانت الرابطة العمل الإرهابي.",
    "سبق- مكة المكرّمة: أصدر الوزير قرارا. | أصدر الوزير قرارا.",
    "هانوي - «الشرق الأوسط»: حث الوزير فيتنام على إتاحة الحريات. | حث الوزير فيتنام على إتاحة الحريات.",
    "\u200F\u202Bعبدالله البرقاوي- سبق- الرياض: أكدت مصادر مطلعة. | أكدت مصادر مطلعة.",
    "* تونس - رويترز: قالت شركة الطيران إنها علقت رحلاتها. | قالت شركة الطيران إنها علقت رحلاتها.",
    "دبي، الإمارات العربية المتحدة(CNN)-في إشارة قوية على الضغوط | في إشارة قوية على الضغوط",
    // a place or outlet, a dash and an agency or a source word, without a colon
    "عين اليوم – متابعات إذا كنت من مستخدمي الأجهزة | إذا كنت من مستخدمي الأجهزة",
    "واشنطن - أ ف ب - قال البيت الأبيض إن القمة ستعقد. | قال البيت الأبيض إن القمة ستعقد.",
  })
  void aDatelineIsTakenOff(String text, String shown) {
    assertThat(Datelines.strip(text)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "دراسة: الأسبرين أكثر خطورة مما كان يعتقد",
    "مصر: حبس رئيس مجلس الشورى السابق",
    "وأضاف: إن الحوار هو السبيل الوحيد.",
    "1- تشغيل ضوء الضباب: ينصح باستخدامها حين يكون الطقس سيئا.",
    "- أن أرتدي ثيابا لا تلفت النظر: كان خياري المفضل.",
    "عين اليوم – نيس حطم طالب فرنسي الرقم القياسي، ثم غادر.",
    "قال الرئيس (72 عاما) - في كلمته - إن الأمر انتهى.",
    "قال وزير الخارجية الأمريكي في مؤتمر صحفي مشترك في العاصمة (واشنطن) - إن الأمر انتهى.",
    "دبي، الإمارات العربية المتحدة (CNN)--",
    // four words joined by no-break spaces are four words, too many for a segment
    "وزير\u00A0الخارجية\u00A0الأمريكي\u00A0الجديد- الرياض: قال إن الزيارة ناجحة.",
  })
  void otherOpeningsAreKept(String text) {
    assertThat(Datelines.strip(text)).isEqualTo(text);
  }

  @Test
  void theDatelineNamesItsAgencyWhenItIsAKnownOne() {
    assertThat(Datelines.find("القاهرة (رويترز) - قال مسؤول.").flatMap(Datelines.Dateline::agency)).contains("رويترز");
    assertThat(Datelines.find("واس - مكة المكرمة : أدانت الرابطة.").flatMap(Datelines.Dateline::agency)).contains("واس");
    assertThat(Datelines.find("سبق- الرباط: استهل المنتخب.").flatMap(Datelines.Dateline::agency)).isEmpty();
    assertThat(Datelines.find("سبق- الرباط: استهل المنتخب.")).isPresent();
  }
}
