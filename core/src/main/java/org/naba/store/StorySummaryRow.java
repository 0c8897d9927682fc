package org.naba.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the story list: what a reader needs to choose a story, read from indexed columns so a page of the
 * list costs no JSON parsing.
 *
 * @param id story id
 * @param headline the story's headline
 * @param outlets outlets that reported it, most articles first
 * @param articleCount number of articles in the story
 * @param firstSeen publication time of its earliest dated article
 * @param lastSeen publication time of its latest dated article
 * @param storyline id of the storyline it belongs to
 * @param breaking when it was detected as breaking news
 * @param names the names it is most about (its first entities), for a reader scanning the list
 * @param lead its summary's first sentence, what the story is about in a line
 * @param earlierArticles how many of its articles an earlier run of the stream read (a story continued after {@code
 *     naba run --resume}; 0 for a story of this run alone)
 */
public record StorySummaryRow(
    String id,
    String headline,
    List<String> outlets,
    int articleCount,
    Optional<Instant> firstSeen,
    Optional<Instant> lastSeen,
    Optional<String> storyline,
    Optional<Instant> breaking,
    List<String> names,
    Optional<String> lead,
    int earlierArticles) {
  public StorySummaryRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    outlets = List.copyOf(outlets);
    if (articleCount < 0) throw new IllegalArgumentException("articleCount " + articleCount);
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    Objects.requireNonNull(storyline, "storyline");
    Objects.requireNonNull(breaking, "breaking");
    names = List.copyOf(names);
    Objects.requireNonNull(lead, "lead");
    if (earlierArticles < 0 || earlierArticles > articleCount) {
      throw new IllegalArgumentException("earlierArticles " + earlierArticles + " of " + articleCount);
    }
  }

  /** A row without a lead. */
  public StorySummaryRow(String id, String headline, List<String> outlets, int articleCount, Optional<Instant> firstSeen,
      Optional<Instant> lastSeen, Optional<String> storyline, Optional<Instant> breaking, List<String> names) {
    this(id, headline, outlets, articleCount, firstSeen, lastSeen, storyline, breaking, names, Optional.empty());
  }

  /** A row without names. */
  public StorySummaryRow(String id, String headline, List<String> outlets, int articleCount, Optional<Instant> firstSeen,
      Optional<Instant> lastSeen, Optional<String> storyline, Optional<Instant> breaking) {
    this(id, headline, outlets, articleCount, firstSeen, lastSeen, storyline, breaking, List.of());
  }

  /** A row of a story of this run alone. */
  public StorySummaryRow(String id, String headline, List<String> outlets, int articleCount, Optional<Instant> firstSeen,
      Optional<Instant> lastSeen, Optional<String> storyline, Optional<Instant> breaking, List<String> names,
      Optional<String> lead) {
    this(id, headline, outlets, articleCount, firstSeen, lastSeen, storyline, breaking, names, lead, 0);
  }
}
