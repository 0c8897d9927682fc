package org.naba.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.naba.model.Article;
import org.naba.model.ArticleResult;
import org.naba.model.OutletSummary;
import org.naba.model.Provenance;

/** A run seen outlet by outlet: stories, who was first, copies and shared passages, with Arabic outlets and titles. */
class OutletSummariesTest {
  private static ArticleResult article(String id, String outlet, String story, String title, Optional<String> copyOf,
      List<Provenance> provenance) {
    Article a = new Article(id, id, Optional.empty(), Optional.ofNullable(outlet), Optional.empty(), Optional.empty(),
        title, List.of("نص " + title), "ar", Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
    return new ArticleResult(a, story, copyOf, List.of(), provenance);
  }

  private static Provenance from(int paragraph, String article) {
    return new Provenance(paragraph, article, List.of());
  }

  @Test
  void eachOutletsStoriesFirstReportsCopiesAndPassagesAreCounted() {
    // In publication order: عكاظ is first on the Abha bombing, which الرياض and سبق also report; الرياض carries two of
    // عكاظ's paragraphs and سبق one, and سبق runs الرياض's report whole. الرياض alone reports the rains.
    List<ArticleResult> run = List.of(
        article("o1", "عكاظ", "abha", "تفجير مسجد في أبها", Optional.empty(), List.of()),
        article("r1", "الرياض", "abha", "مقتل 15 في تفجير أبها", Optional.empty(), List.of(from(0, "o1"), from(2, "o1"))),
        article("s1", "سبق", "abha", "مقتل 15 في تفجير أبها", Optional.of("r1"), List.of(from(0, "o1"))),
        article("r2", "الرياض", "rain", "أمطار على الرياض", Optional.empty(), List.of()),
        article("x1", null, "abha", "بلا مصدر", Optional.empty(), List.of(from(0, "o1"))),
        // A passage first seen in an earlier run's article names no outlet of this run.
        article("r3", "الرياض", "rain", "استمرار الأمطار", Optional.empty(), List.of(from(0, "earlier-run"))));
    Map<String, OutletSummary> by = new java.util.HashMap<>();
    List<OutletSummary> outlets = OutletSummaries.of(run);
    for (OutletSummary o : outlets) by.put(o.outlet(), o);

    assertThat(outlets).extracting(OutletSummary::outlet).containsExactly("الرياض", "سبق", "عكاظ");
    OutletSummary okaz = by.get("عكاظ");
    assertThat(okaz.articles()).isEqualTo(1);
    assertThat(okaz.sharedStories()).isEqualTo(1);
    assertThat(okaz.firstReports()).isEqualTo(1);
    assertThat(okaz.passagesTo()).containsExactly(Map.entry("الرياض", 2), Map.entry("سبق", 1));
    OutletSummary riyadh = by.get("الرياض");
    assertThat(riyadh.articles()).isEqualTo(3);
    assertThat(riyadh.stories()).isEqualTo(2);
    assertThat(riyadh.sharedStories()).isEqualTo(1);
    assertThat(riyadh.firstReports()).isZero();
    assertThat(riyadh.passagesFrom()).containsExactly(Map.entry("عكاظ", 2));
    assertThat(riyadh.copies()).isZero();
    OutletSummary sabq = by.get("سبق");
    assertThat(sabq.copies()).isEqualTo(1);
    assertThat(sabq.passagesFrom()).containsExactly(Map.entry("عكاظ", 1));
  }

  @Test
  void anOutletsCopyOfItsOwnArticleAndItsOwnPassagesAreNotCounted() {
    List<ArticleResult> run = List.of(
        article("o1", "عكاظ", "abha", "تفجير مسجد في أبها", Optional.empty(), List.of()),
        article("o2", "عكاظ", "abha", "تفجير مسجد في أبها", Optional.of("o1"), List.of(from(0, "o1"))));
    OutletSummary okaz = OutletSummaries.of(run).getFirst();
    assertThat(okaz.copies()).isZero();
    assertThat(okaz.passagesFrom()).isEmpty();
    assertThat(okaz.passagesTo()).isEmpty();
    assertThat(okaz.sharedStories()).isZero(); // a story of one outlet is no one's first report
    assertThat(okaz.firstReports()).isZero();
  }
}
