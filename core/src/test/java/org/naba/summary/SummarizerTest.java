package org.naba.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummarizerTest {
  private static final Instant T = Instant.parse("2016-09-05T10:00:00Z");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "قال أوباما. وأضاف بوتين!|2",
    "هل اتفقا؟ لم يتفقا بعد.|2",
    "ارتفع المؤشر 3.5 في المئة اليوم.|1",
    "قال د. محمد إن الاجتماع انتهى.|1",
    "وقال: \"لن نتعجل في ذلك.\" ثم غادر.|2",
  })
  void splitsSentencesOnArabicAndLatinMarks(String text, int count) {
    assertThat(Sentences.split(text)).hasSize(count);
  }

  @Test
  void everySentenceCitesTheArticlesThatCarryIt() {
    String shared = "اتفق الرئيس باراك أوباما ونظيره الروسي فلاديمير بوتين على مواصلة البحث عن مسار لإيصال المساعدات إلى حلب.";
    List<SummaryInput> members = List.of(
        new SummaryInput("a", "alhurra", T, "أوباما وبوتين يتفقان على مواصلة المحادثات",
            List.of(shared + " وجاء ذلك على هامش قمة مجموعة العشرين في هانغتشو الصينية يوم الاثنين."), false),
        new SummaryInput("b", "alyaum", T.plusSeconds(3600), "محادثات أمريكية روسية بشأن سوريا",
            List.of(shared + " وقال مسؤول أمريكي إن المحادثات ستستأنف في وقت لاحق هذا الأسبوع على الأرجح."), false),
        new SummaryInput("c", "sawtalomma", T.plusSeconds(7200), "قمة العشرين: لا اتفاق بشأن سوريا",
            List.of("لم تتوصل الولايات المتحدة وروسيا إلى اتفاق لإنهاء الحرب في سوريا رغم ساعات من التفاوض في الصين."), false));
    StorySummary s = new Summarizer(3).summarize(members);
    assertThat(s.headline()).isNotBlank();
    assertThat(s.sentences()).isNotEmpty().allSatisfy(sentence -> assertThat(sentence.articles()).isNotEmpty());
    assertThat(s.sentences()).anySatisfy(sentence -> {
      assertThat(sentence.text()).contains("فلاديمير بوتين");
      assertThat(sentence.articles()).contains("a", "b");
    });
  }

  @Test
  void aStoryOfOneShortArticleStillGetsAHeadlineAndASummary() {
    StorySummary s = new Summarizer(3).summarize(
        List.of(new SummaryInput("a", "x", T, "", List.of("عاجل: زلزال"), false)));
    assertThat(s.headline()).isEqualTo("عاجل: زلزال");
    assertThat(s.sentences()).singleElement().satisfies(x -> assertThat(x.articles()).containsExactly("a"));
  }

  @Test
  void anEmptyStoryIsAProgrammerError() {
    assertThatThrownBy(() -> new Summarizer(3).summarize(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
