package org.naba.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.naba.model.Article;
import org.naba.model.ArticleResult;
import org.naba.model.Quote;

/** An article written as {@code articles.jsonl} writes it reads back as it was (a resumed run relies on it). */
class JsonMappingTest {
  @Test
  void المقالة_المكتوبة_تقرأ_كما_هي() {
    for (ArticleResult r : SampleData.articles()) {
      assertThat(JsonMapping.articleResult(JsonMapping.article(r))).as(r.id()).isEqualTo(r);
    }
  }

  @Test
  void تقرأ_كل_الحقول_من_الاقتباس_الى_التواريخ_المذكورة() {
    Article a = new Article("okaz/2015/08/abha.html#2", "crawl/okaz.warc.gz@1234",
        Optional.of("https://okaz.example/1"),
        Optional.of("عكاظ"), Optional.of("سبق"), Optional.of(OffsetDateTime.parse("2015-08-06T13:05:00+03:00")),
        "تفجير مسجد الطوارئ في أبها", List.of("الفقرة الأولى.", "الفقرة الثانية."), "ar", Optional.of("أبها - واس"),
        List.of("واس"), List.of("صورة المسجد"), List.of(new Quote("نحن بخير", Optional.of("المتحدث")),
            new Quote("بلا قائل", Optional.empty())),
        List.of("(تحديث 8:58 ت.غ)"), List.of(LocalDate.parse("2015-08-05")), List.of("no-date"));
    ArticleResult r = new ArticleResult(a, "story-okaz-1", Optional.of("okaz-1"), List.of(), List.of());
    assertThat(JsonMapping.articleResult(JsonMapping.article(r))).isEqualTo(r);
  }

  @Test
  void ما_ليس_مقالة_يرفض_باسم_ما_ينقصه() {
    assertThatThrownBy(() -> JsonMapping.articleResult(JsonMapping.mapper().createObjectNode().put("title", "عنوان")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no id or story");
  }
}
