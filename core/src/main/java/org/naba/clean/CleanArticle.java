package org.naba.clean;

import org.naba.model.Quote;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article found on a page.
 *
 * @param title the real headline, {@code ""} when the page shows none (never a caption or a ticker item)
 * @param paragraphs the main text, in page order, each block once (subheadings and highlights included)
 * @param published publication time from metadata or the text; a date alone means the start of that day
 * @param outlet the original outlet named on the page ("نشر في صوت الأمة يوم …")
 * @param via the aggregator when the page is an aggregator's copy
 * @param credits agencies or sources named as the origin of the text ("وكالات", "رويترز")
 * @param captions photo captions taken out of the body
 * @param quotes verbatim quotations, with the speaker when the page names one next to a pull-quote
 * @param updated update stamps such as "(تحديث 8:58 ت.غ)", taken out of the lines that carried them
 * @param mentionedDates relative days in the body ("أمس", "الأحد") resolved against {@code published}
 * @param author the byline, when the page gives one
 */
public record CleanArticle(
    String title,
    List<String> paragraphs,
    Optional<OffsetDateTime> published,
    Optional<String> outlet,
    Optional<String> via,
    List<String> credits,
    List<String> captions,
    List<Quote> quotes,
    List<String> updated,
    List<LocalDate> mentionedDates,
    Optional<String> author) {
  public CleanArticle {
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(via, "via");
    credits = List.copyOf(credits);
    captions = List.copyOf(captions);
    quotes = List.copyOf(quotes);
    updated = List.copyOf(updated);
    mentionedDates = List.copyOf(mentionedDates);
    Objects.requireNonNull(author, "author");
  }

  /** Title and paragraphs joined by newlines: the text a reader would call the article. */
  public String text() {
    StringBuilder sb = new StringBuilder(title);
    for (String p : paragraphs) {
      if (!sb.isEmpty()) sb.append('\n');
      sb.append(p);
    }
    return sb.toString();
  }
}
