package org.naba.summary;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One article of a story as the summariser sees it; {@code copy} marks a duplicate of another member. */
public record SummaryInput(String id, String outlet, Instant time, String title, List<String> paragraphs, boolean copy) {
  public SummaryInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
  }
}
