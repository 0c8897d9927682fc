package org.naba.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A verbatim quotation found in an article: the text between «…» or "…" marks, and its speaker when the page names
 * one (a speaker line beside a pull-quote, or the name after a verb of saying).
 */
public record Quote(String text, Optional<String> speaker) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    if (text.isBlank()) throw new IllegalArgumentException("blank quote text");
  }
}
