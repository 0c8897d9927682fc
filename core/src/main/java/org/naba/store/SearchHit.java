package org.naba.store;

import java.util.List;
import java.util.Objects;

/**
 * One article found by {@link SearchIndex#search}.
 *
 * @param articleId the article's id
 * @param storyId the story it belongs to
 * @param title the article's headline
 * @param score Lucene's BM25 score: comparable within one result list only
 * @param snippet a passage of the text around the first match, cut into plain and matching parts so that a page
 *     can mark the matches after escaping each part (never by inserting markup into text)
 */
public record SearchHit(String articleId, String storyId, String title, float score, List<Part> snippet) {
  public SearchHit {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(title, "title");
    snippet = List.copyOf(snippet);
  }

  /** The snippet as plain text. */
  public String snippetText() {
    StringBuilder sb = new StringBuilder();
    for (Part p : snippet) sb.append(p.text());
    return sb.toString();
  }

  /** A run of snippet text; {@code match} when it is a word the query matched. */
  public record Part(String text, boolean match) {
    public Part {
      Objects.requireNonNull(text, "text");
    }
  }
}
