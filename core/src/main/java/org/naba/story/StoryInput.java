package org.naba.story;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What the story engine needs of an article. Duplicates always join their original's story. */
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
}
