package org.naba.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A count a story's outlets report — the dead, the injured, the arrested — with each outlet's figure, and whether
 * outlets gave different figures at the same time (within {@code summary.Figures.SAME_TIME}).
 *
 * @param kind {@code killed}, {@code injured} or {@code arrested}
 * @param reports each outlet's latest figure, earliest report first
 * @param disputed whether two outlets gave different figures within the same hours
 */
public record StoryFigure(String kind, List<Report> reports, boolean disputed) {
  public StoryFigure {
    Objects.requireNonNull(kind, "kind");
    reports = List.copyOf(reports);
    if (reports.isEmpty()) throw new IllegalArgumentException("a figure needs a report: " + kind);
  }

  /** One outlet's figure: the largest its article gives, the article, and when it was published. */
  public record Report(String outlet, long value, String article, Optional<Instant> time) {
    public Report {
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(time, "time");
    }
  }
}
