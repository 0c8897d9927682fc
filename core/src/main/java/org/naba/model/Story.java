package org.naba.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story: a real-world event or development and its immediate follow-ups.
 *
 * @param id stable story id (a merged story keeps the older id)
 * @param headline a headline chosen from its articles
 * @param articles article ids in chronological order
 * @param outlets outlets that reported it, most articles first
 * @param firstSeen publication time of its earliest dated article, when any is dated
 * @param lastSeen publication time of its latest dated article
 * @param summary extractive multi-source summary; every sentence cites its articles
 * @param storyline id of the storyline the story belongs to
 * @param breaking when the story was detected as breaking news
 * @param mergedFrom ids of stories merged into this one
 * @param sharedPassages which article (and outlet) originated the passages other outlets carried, most first
 * @param quotes what was said in it and by whom, most quoted first
 * @param entities the people, places, organisations and other names it is about, with their spelling variants,
 *     named by most articles first
 * @param byOutlet what each outlet reported, side by side: its articles, first headline, and what only it said
 *     (empty for a story of fewer than two outlets)
 * @param figures the counts its outlets report (killed, injured, arrested), each outlet's, and whether they disagree
 * @param days its developments day by day (UTC): how much was reported and the day's representative headline (empty
 *     for a story of one day)
 * @param keyPoints the distinct claims its headlines make, most outlets first, each citing the articles making it
 * @param earlierArticles those of its {@code articles} that an earlier run of the stream read (a story this run
 *     continued after {@code naba run --resume}), in chronological order; empty for a story of this run alone
 */
public record Story(
    String id,
    String headline,
    List<String> articles,
    List<String> outlets,
    Optional<Instant> firstSeen,
    Optional<Instant> lastSeen,
    List<SummarySentence> summary,
    Optional<String> storyline,
    Optional<Instant> breaking,
    List<String> mergedFrom,
    List<SharedPassage> sharedPassages,
    List<StoryQuote> quotes,
    List<StoryEntity> entities,
    List<OutletReport> byOutlet,
    List<StoryFigure> figures,
    List<StoryDay> days,
    List<SummarySentence> keyPoints,
    List<String> earlierArticles) {
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    summary = List.copyOf(summary);
    Objects.requireNonNull(storyline, "storyline");
    Objects.requireNonNull(breaking, "breaking");
    mergedFrom = List.copyOf(mergedFrom);
    sharedPassages = List.copyOf(sharedPassages);
    quotes = List.copyOf(quotes);
    entities = List.copyOf(entities);
    byOutlet = List.copyOf(byOutlet);
    figures = List.copyOf(figures);
    days = List.copyOf(days);
    keyPoints = List.copyOf(keyPoints);
    earlierArticles = List.copyOf(earlierArticles);
    if (articles.isEmpty()) throw new IllegalArgumentException("story " + id + " has no articles");
  }

  /** This story with other names (the same story when they are the same list). */
  public Story withEntities(List<StoryEntity> names) {
    if (names == entities) return this;
    return new Story(id, headline, articles, outlets, firstSeen, lastSeen, summary, storyline, breaking, mergedFrom,
        sharedPassages, quotes, names, byOutlet, figures, days, keyPoints, earlierArticles);
  }

  /** A story of one run alone: none of its articles were read by an earlier run. */
  public Story(String id, String headline, List<String> articles, List<String> outlets, Optional<Instant> firstSeen,
      Optional<Instant> lastSeen, List<SummarySentence> summary, Optional<String> storyline, Optional<Instant> breaking,
      List<String> mergedFrom, List<SharedPassage> sharedPassages, List<StoryQuote> quotes, List<StoryEntity> entities,
      List<OutletReport> byOutlet, List<StoryFigure> figures, List<StoryDay> days, List<SummarySentence> keyPoints) {
    this(id, headline, articles, outlets, firstSeen, lastSeen, summary, storyline, breaking, mergedFrom, sharedPassages,
        quotes, entities, byOutlet, figures, days, keyPoints, List.of());
  }

  /** A story of its articles and summary alone: no shared passages, quotes, names, figures, days or key points. */
  public Story(String id, String headline, List<String> articles, List<String> outlets, Optional<Instant> firstSeen,
      Optional<Instant> lastSeen, List<SummarySentence> summary, Optional<String> storyline, Optional<Instant> breaking,
      List<String> mergedFrom) {
    this(id, headline, articles, outlets, firstSeen, lastSeen, summary, storyline, breaking, mergedFrom, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
