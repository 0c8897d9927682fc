package org.naba.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a story's developments: how much was reported that day (UTC) and the headline that says most of it.
 *
 * @param day the day, in UTC
 * @param articles how many of the story's articles were published that day
 * @param outlets how many outlets published them
 * @param headline the day's most representative headline: the one whose words that day's other headlines share most
 * @param article the article that headline belongs to
 */
public record StoryDay(LocalDate day, int articles, int outlets, String headline, String article) {
  public StoryDay {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(article, "article");
  }
}
