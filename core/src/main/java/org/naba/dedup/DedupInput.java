package org.naba.dedup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What the deduplicator needs of an article: its id, outlet, time and paragraphs. */
public record DedupInput(String id, String outlet, Instant time, List<String> paragraphs) {
  public DedupInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(time, "time");
    paragraphs = List.copyOf(paragraphs);
  }
}
