package org.naba.clean;

import java.util.List;

public record CleanedPage(List<CleanArticle> articles, List<String> warnings) {
  public CleanedPage {
    articles = List.copyOf(articles);
    warnings = List.copyOf(warnings);
  }
}
