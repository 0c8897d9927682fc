package org.naba.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Passages of a story that one article published first and later articles of other outlets carried (wire copy,
 * syndication): who originated them and who took them.
 *
 * @param origin the article that carried the passages first
 * @param originOutlet its outlet, when known
 * @param paragraphs how many carried paragraphs trace back to it, counted once per carrying article
 * @param carriedBy the later articles of this story that carry them, in publication order
 * @param carrierOutlets their outlets, in order of first appearance
 */
public record SharedPassage(
    String origin, Optional<String> originOutlet, int paragraphs, List<String> carriedBy, List<String> carrierOutlets) {
  public SharedPassage {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(originOutlet, "originOutlet");
    if (paragraphs < 1) throw new IllegalArgumentException("paragraphs " + paragraphs);
    carriedBy = List.copyOf(carriedBy);
    carrierOutlets = List.copyOf(carrierOutlets);
  }
}
