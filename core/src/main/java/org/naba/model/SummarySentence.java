package org.naba.model;

import java.util.List;
import java.util.Objects;

/** One sentence of a story summary and the articles it comes from (every sentence cites at least one). */
public record SummarySentence(String text, List<String> articles) {
  public SummarySentence {
    Objects.requireNonNull(text, "text");
    articles = List.copyOf(articles);
    if (articles.isEmpty()) throw new IllegalArgumentException("a summary sentence must cite an article: " + text);
  }
}
