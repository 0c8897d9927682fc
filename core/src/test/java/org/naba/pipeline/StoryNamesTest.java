package org.naba.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.naba.model.Article;
import org.naba.model.ArticleResult;
import org.naba.model.SummarySentence;
import org.naba.model.NamedEntity;

/** What the pipeline has the entity tagger read of an article. */
class StoryNamesTest {
  private static Article article(String lang, String title, String... paragraphs) {
    return new Article("a", "a", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), title,
        List.of(paragraphs), lang, Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void anArticleWithoutATitleIsHeadedByItsFirstSentenceWithoutItsDateline() {
    assertThat(Pipeline.headlineOrLead(article("ar", "", "القاهرة (رويترز) - قال مسؤول إن المحادثات انتهت. وأضاف أن الوفد غادر.")))
        .isEqualTo("قال مسؤول إن المحادثات انتهت.");
    assertThat(Pipeline.headlineOrLead(article("ar", "المحادثات انتهت", "القاهرة (رويترز) - قال مسؤول.")))
        .isEqualTo("المحادثات انتهت");
  }

  @Test
  void anArabicArticlesTitleAndLeadAfterItsDatelineAreTagged() {
    List<NamedEntity> names = Pipeline.names(article("ar", "بوتين يلتقي أوباما في هانغتشو",
        "دبي، الإمارات العربية المتحدة (CNN) -- التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي باراك أوباما."), true);
    assertThat(names).extracting(NamedEntity::text).contains("فلاديمير بوتين").doesNotContain("دبي");
  }

  @Test
  void aLoneArticlesLeadIsNotRead() {
    List<NamedEntity> names = Pipeline.names(article("ar", "اجتماع في جنيف",
        "التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي باراك أوباما."), false);
    assertThat(names).extracting(NamedEntity::text).doesNotContain("فلاديمير بوتين");
  }

  /**
   * A big story's first reports are often its run-up (protests on the Gaza border before the embassy opens in
   * Jerusalem): after the first report, the articles its summary cites are tagged, then others spread over the story.
   */
  @Test
  void theFirstReportAndTheArticlesTheSummaryCitesAreTagged() {
    List<ArticleResult> story = new java.util.ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      Optional<String> copyOf = i == 7 ? Optional.of("a6") : Optional.empty();
      Article a = new Article("a" + i, "a" + i, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          "احتجاجات على حدود غزة", List.of(), "ar", Optional.empty(), List.of(), List.of(), List.of(), List.of(),
          List.of(), List.of());
      story.add(new ArticleResult(a, "s", copyOf, List.of(), List.of()));
    }
    List<SummarySentence> summary = List.of(
        new SummarySentence("افتتحت الولايات المتحدة سفارتها في القدس.", List.of("a6", "a7")),
        new SummarySentence("دعا محمود عباس إلى إضراب عام.", List.of("a8")));
    // Eight distinct articles: six tagged (twice the square root, at least five).
    assertThat(Pipeline.toTag(story, summary)).containsExactly("a1", "a6", "a8", "a2", "a3", "a5");
    // A story of a few articles has them all tagged, in its order.
    assertThat(Pipeline.toTag(story.subList(0, 3), List.of())).containsExactly("a1", "a2", "a3");
  }

  /** A big story's later reports, where other capitals and actors react, are tagged too: up to twenty. */
  @Test
  void aBigStorysTaggedArticlesReachItsLaterReports() {
    List<ArticleResult> story = new java.util.ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      Article a = new Article("a" + i, "a" + i, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          "ترامب ينسحب من الاتفاق النووي مع إيران", List.of(), "ar", Optional.empty(), List.of(), List.of(), List.of(),
          List.of(), List.of(), List.of());
      story.add(new ArticleResult(a, "s", Optional.empty(), List.of(), List.of()));
    }
    var tagged = List.copyOf(Pipeline.toTag(story, List.of(new SummarySentence("أعلن ترامب انسحاب بلاده.",
        List.of("a2", "a3")))));
    assertThat(tagged).hasSize(Pipeline.TAGGED_MAX).startsWith("a1", "a2", "a3").doesNotHaveDuplicates();
    // Spread to the story's last tenth.
    assertThat(tagged.stream().mapToInt(id -> Integer.parseInt(id.substring(1))).max().orElseThrow()).isGreaterThan(180);
    assertThat(Pipeline.taggedCount(1)).isEqualTo(1);
    assertThat(Pipeline.taggedCount(5)).isEqualTo(5);
    assertThat(Pipeline.taggedCount(25)).isEqualTo(10);
    assertThat(Pipeline.taggedCount(100)).isEqualTo(20);
  }

  @Test
  void aSpeakerIsNamedWhenTheTaggerCallsItANameWhereSpeakersStand() {
    for (String named : List.of("ترامب", "بومبيو", "مدير المرصد رامي عبد الرحمن", "رويترز", "الجبير")) {
      assertThat(Pipeline.namesSomeone(named)).as(named).isTrue();
    }
    for (String role : List.of("البيان", "الوزارة", "المدرب", "التقرير", "أحدهم")) {
      assertThat(Pipeline.namesSomeone(role)).as(role).isFalse();
    }
    assertThat(Pipeline.namesSomeone("the ministry")).isTrue(); // another script: the Arabic model cannot tell
  }

  @Test
  void anArticleInAnotherLanguageIsNotTaggedByTheArabicModel() {
    assertThat(Pipeline.names(article("en", "Protests Grow Over Dismissal of Defense Minister Fedorov",
        "Kyiv residents protested on Sunday."), true)).isEmpty();
  }
}
