package org.naba.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One clean article as the clean stage hands it on: the main text and the metadata read from its page or record.
 *
 * @param id stable id: the input record's own id, or the file path relative to the input root (+ {@code #k})
 * @param source where it came from, for messages: file path, plus record offset or line where known
 * @param url the article's URL, when known
 * @param outlet the publishing outlet (for an aggregator copy, the original outlet)
 * @param via the aggregator that carried the copy, when the page is one
 * @param published publication time, when known
 * @param title headline ("" when none was found)
 * @param paragraphs clean main text, one entry per paragraph
 * @param lang language code (ISO 639-1) of the text
 * @param author byline, when known
 * @param credits agencies and sources the article credits ("وكالات", "رويترز" …)
 * @param captions photo captions taken out of the body
 * @param quotes verbatim quotations
 * @param updated update stamps such as "(تحديث 8:58 ت.غ)"
 * @param mentionedDates dates the body refers to ("أمس", "الأحد" …), resolved against {@code published}
 * @param warnings what went wrong reading or cleaning this article, for the user
 */
public record Article(
    String id,
    String source,
    Optional<String> url,
    Optional<String> outlet,
    Optional<String> via,
    Optional<OffsetDateTime> published,
    String title,
    List<String> paragraphs,
    String lang,
    Optional<String> author,
    List<String> credits,
    List<String> captions,
    List<Quote> quotes,
    List<String> updated,
    List<LocalDate> mentionedDates,
    List<String> warnings) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(author, "author");
    paragraphs = List.copyOf(paragraphs);
    credits = List.copyOf(credits);
    captions = List.copyOf(captions);
    quotes = List.copyOf(quotes);
    updated = List.copyOf(updated);
    mentionedDates = List.copyOf(mentionedDates);
    warnings = List.copyOf(warnings);
  }

  /** The main text: paragraphs separated by a blank line, as {@code articles.jsonl} carries it. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /** The outlet, or "" when unknown: a key for grouping, never shown as a name. */
  public String outletKey() {
    return outlet.orElse("");
  }
}
