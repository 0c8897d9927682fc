package org.naba.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the storyline list: a storyline, the stories of one war, election or negotiation over weeks.
 *
 * @param id storyline id (the id of its first story)
 * @param headline the headline of its largest story (most articles; the earliest of equals)
 * @param stories number of its stories
 * @param articles number of articles in its stories
 * @param outlets number of outlets that reported one of its stories
 * @param firstSeen publication time of its earliest dated article
 * @param lastSeen publication time of its latest dated article
 */
public record StorylineRow(String id, String headline, int stories, int articles, int outlets,
    Optional<Instant> firstSeen, Optional<Instant> lastSeen) {
  public StorylineRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    if (stories < 1 || articles < 0 || outlets < 0) {
      throw new IllegalArgumentException("storyline " + id + ": " + stories + " stories, " + articles + " articles");
    }
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
  }
}
