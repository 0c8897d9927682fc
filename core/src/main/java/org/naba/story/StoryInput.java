package org.naba.story;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as the story engine sees it.
 *
 * @param id unique article id
 * @param published publication (or crawl) time; articles must be added in this order
 * @param outlet source name, used by breaking-news detection (several outlets at once)
 * @param title headline, may be empty
 * @param text body text, may be empty
 * @param duplicateOf id of an earlier article this one duplicates; it then always joins that article's story
 */
public record StoryInput(
    String id, Instant published, String outlet, String title, String text, Optional<String> duplicateOf) {
  public StoryInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
  }

  /** An article that duplicates nothing. */
  public static StoryInput of(String id, Instant published, String outlet, String title, String text) {
    return new StoryInput(id, published, outlet, title, text, Optional.empty());
  }
}
