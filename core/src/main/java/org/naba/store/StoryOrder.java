package org.naba.store;

import java.util.Locale;
import java.util.Optional;

/** The order of a story list. */
public enum StoryOrder {
  /**
   * Latest article first (stories with no dated article last, ties by id so that paging is stable). SQLite sorts
   * NULL below every value, so a descending order puts the undated last by itself; written so, the order is the
   * story_recency index's and a page is read from it (ANT 2018: 2 ms, where sorting the 15,054 stories took 36 ms).
   */
  LATEST(" ORDER BY s.last_seen_ms DESC, s.id"),
  /** Most outlets first, then most articles, then latest: what the most outlets reported. */
  LARGEST(" ORDER BY json_array_length(s.outlets) DESC, s.article_count DESC, s.last_seen_ms DESC, s.id");

  final String sql;

  StoryOrder(String sql) {
    this.sql = sql;
  }

  /** The order a parameter names ("latest", "largest", any case), if it names one. */
  public static Optional<StoryOrder> named(String name) {
    for (StoryOrder o : values()) if (o.name().equalsIgnoreCase(name.strip())) return Optional.of(o);
    return Optional.empty();
  }

  /** The parameter value that names this order. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }
}
