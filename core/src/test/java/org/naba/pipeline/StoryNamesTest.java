package org.naba.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.naba.model.Article;
import org.naba.model.NamedEntity;

/** What the pipeline has the entity tagger read of an article. */
class StoryNamesTest {
  private static Article article(String lang, String title, String... paragraphs) {
    return new Article("a", "a", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), title,
        List.of(paragraphs), lang, Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
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

  @Test
  void anArticleInAnotherLanguageIsNotTaggedByTheArabicModel() {
    assertThat(Pipeline.names(article("en", "Protests Grow Over Dismissal of Defense Minister Fedorov",
        "Kyiv residents protested on Sunday."), true)).isEmpty();
  }
}
