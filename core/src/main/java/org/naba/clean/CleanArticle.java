package org.naba.clean;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

public record CleanArticle(
    String title, List<String> paragraphs, Optional<OffsetDateTime> published, Optional<String> outlet,
    Optional<String> via, List<String> credits, List<String> captions, List<Quote> quotes, List<String> updated,
    List<LocalDate> mentionedDates, Optional<String> author) {
  public CleanArticle {
    paragraphs = List.copyOf(paragraphs);
    credits = List.copyOf(credits);
    captions = List.copyOf(captions);
    quotes = List.copyOf(quotes);
    updated = List.copyOf(updated);
    mentionedDates = List.copyOf(mentionedDates);
  }
}
