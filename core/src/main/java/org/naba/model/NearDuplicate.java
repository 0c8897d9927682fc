package org.naba.model;

import java.util.Objects;

/** An earlier article whose text is nearly the same, with the estimated Jaccard similarity of their shingles. */
public record NearDuplicate(String id, double similarity) {
  public NearDuplicate {
    Objects.requireNonNull(id, "id");
    if (!(similarity >= 0 && similarity <= 1)) throw new IllegalArgumentException("similarity " + similarity);
  }
}
