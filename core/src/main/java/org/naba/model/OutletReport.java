package org.naba.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one outlet reported of a story, for the side-by-side of its outlets.
 *
 * @param outlet the outlet
 * @param articles its articles in the story, in the story's order
 * @param firstSeen when it first reported the story (its earliest dated article)
 * @param headline the headline of its first article
 * @param exclusive statements of its articles' leads that no other outlet of the story carries, most central first
 *     (each cites the article it comes from)
 */
public record OutletReport(String outlet, List<String> articles, Optional<Instant> firstSeen, String headline,
    List<SummarySentence> exclusive) {
  public OutletReport {
    Objects.requireNonNull(outlet, "outlet");
    articles = List.copyOf(articles);
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(headline, "headline");
    exclusive = List.copyOf(exclusive);
    if (articles.isEmpty()) throw new IllegalArgumentException("an outlet report needs an article: " + outlet);
  }
}
