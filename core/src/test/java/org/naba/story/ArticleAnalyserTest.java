package org.naba.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleAnalyserTest {
  private static final String TITLE = "تفجير انتحاري يستهدف مسجداً في عسير";
  private static final String TEXT = "عاجل    الطقس    الأسهم    الرياضة    كأس السوبر\n"
      + TITLE + "\n"
      + "استهدف تفجير انتحاري مسجداً لقوات الطوارئ في منطقة عسير ظهر اليوم أثناء صلاة الظهر.\n"
      + "وأعلنت وزارة الداخلية أن الهجوم أسفر عن مقتل عدد من رجال الأمن وإصابة آخرين نقلوا إلى مستشفى أبها.\n"
      + "ودانت دول عربية وإسلامية الهجوم الذي وقع في جنوب المملكة، مؤكدة وقوفها إلى جانب السعودية.\n";

  @Test
  void theLeadSkipsTickersAndTheRepeatedTitle() {
    String lead = ArticleAnalyser.lead(TEXT, TITLE, 1500);
    assertThat(lead).startsWith("استهدف تفجير انتحاري").doesNotContain("الأسهم");
  }

  @Test
  void theOpeningCutFromTheLeadIsTheLeadOfThatLength() {
    String lead = ArticleAnalyser.lead(TEXT, TITLE, 1500);
    for (int chars : new int[] {1, 50, 80, 200, 1000}) {
      assertThat(ArticleAnalyser.linesReaching(lead, chars)).as("%d chars", chars)
          .isEqualTo(ArticleAnalyser.lead(TEXT, TITLE, chars));
    }
  }

  @Test
  void placesComeFromTheTitleAndTheOpening() {
    try (ArticleAnalyser analyser = new ArticleAnalyser(StorySettings.defaults())) {
      AnalysedArticle a = analyser.analyse(StoryInput.of("a", Instant.EPOCH, "o", "قمة في القاهرة",
          "عقد الزعماء قمة في القاهرة بحضور وفد من الكويت.\n" + "ثم " + "كلام ".repeat(60) + "\nوغادر إلى باريس."));
      assertThat(a.places()).containsExactly("القاهره", "الكويت");
    }
  }
}
