package org.naba.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An article with what the later stages decided about it: its story, its copies and its paragraphs' origins. */
public record ArticleResult(
    Article article,
    String story,
    Optional<String> duplicateOf,
    List<NearDuplicate> nearDuplicates,
    List<Provenance> provenance) {
  public ArticleResult {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    nearDuplicates = List.copyOf(nearDuplicates);
    provenance = List.copyOf(provenance);
  }

  public String id() {
    return article.id();
  }
}
