package org.naba.clean;

import java.util.Objects;
import java.util.Optional;

/**
 * A verbatim quotation found in an article: the text between «…» or "…" marks, and the speaker when the page
 * names one on a line of its own next to a pull-quote.
 */
public record Quote(String text, Optional<String> speaker) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    if (text.isBlank()) throw new IllegalArgumentException("blank quote text");
  }
}
