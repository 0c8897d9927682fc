package org.naba.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quotation of a story with its speaker and the articles that carry it (every quote cites at least one).
 *
 * @param text the quotation as its first article gives it
 * @param speaker who said it, as most of those articles name them
 * @param articles the articles that quote it, in the story's order
 */
public record StoryQuote(String text, Optional<String> speaker, List<String> articles) {
  public StoryQuote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    articles = List.copyOf(articles);
    if (articles.isEmpty()) throw new IllegalArgumentException("a quote must cite an article: " + text);
  }
}
