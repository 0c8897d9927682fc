package org.naba.clean;

import java.util.List;

/** The articles found on one page, in page order, and capped warnings about what could not be read. */
public record CleanedPage(List<CleanArticle> articles, List<String> warnings) {
  public CleanedPage {
    articles = List.copyOf(articles);
    warnings = List.copyOf(warnings);
  }
}
