package org.naba.model;

import java.util.Objects;
import java.util.Optional;

/** A verbatim quotation found in an article, with its speaker when the page names one. */
public record Quote(String text, Optional<String> speaker) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
  }
}
