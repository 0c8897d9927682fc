package org.naba.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.naba.model.Article;
import org.naba.model.ArticleResult;
import org.naba.model.Provenance;
import org.naba.model.SharedPassage;

class SharedPassagesTest {
  @Test
  void passagesAreGatheredByTheArticleThatCarriedThemFirst() {
    ArticleResult wire = result("spa-1", List.of());
    ArticleResult riyadh = result("riyadh-1", List.of(new Provenance(0, "spa-1", List.of()), new Provenance(1, "spa-1", List.of())));
    ArticleResult madina = result("madina-1", List.of(new Provenance(2, "spa-1", List.of("riyadh-1"))));
    Map<String, String> outlets = Map.of("spa-1", "واس", "riyadh-1", "الرياض", "madina-1", "المدينة");

    List<SharedPassage> shared = Pipeline.sharedPassages(List.of(wire, riyadh, madina), outlets);

    assertThat(shared).singleElement().satisfies(p -> {
      assertThat(p.origin()).isEqualTo("spa-1");
      assertThat(p.originOutlet()).contains("واس");
      assertThat(p.paragraphs()).isEqualTo(3);
      assertThat(p.carriedBy()).containsExactly("riyadh-1", "madina-1");
      assertThat(p.carrierOutlets()).containsExactly("الرياض", "المدينة");
    });
  }

  @Test
  void aStoryWithoutCarriedPassagesHasNone() {
    assertThat(Pipeline.sharedPassages(List.of(result("a", List.of())), Map.of())).isEmpty();
  }

  private static ArticleResult result(String id, List<Provenance> provenance) {
    Article a = new Article(id, id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "عنوان",
        List.of("فقرة"), "ar", Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    return new ArticleResult(a, "s", Optional.empty(), List.of(), provenance);
  }
}
