package org.naba.model;

import java.util.List;
import java.util.Objects;

/**
 * Where paragraph {@code paragraph} (0-based) of an article was seen first: the earliest article from another
 * outlet that carries the same or nearly the same paragraph, and the other earlier articles that carry it too.
 */
public record Provenance(int paragraph, String firstSeenIn, List<String> alsoIn) {
  public Provenance {
    if (paragraph < 0) throw new IllegalArgumentException("paragraph " + paragraph);
    Objects.requireNonNull(firstSeenIn, "firstSeenIn");
    alsoIn = List.copyOf(alsoIn);
  }
}
