package org.naba.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stories a story list shows.
 *
 * @param outlet only stories this outlet reported
 * @param breakingOnly only stories marked breaking
 * @param entity only stories that name this person, place or organisation, in any of the spellings their outlets
 *     use (matched folded: hamza, ى and marks do not count)
 * @param minOutlets only stories at least this many outlets reported (0 or 1: any)
 * @param from only stories reported on this day (UTC) or later: their latest article is no earlier
 * @param to only stories reported on this day (UTC) or earlier: their first article is no later; with a day bound,
 *     a story with no dated article is left out
 * @param thisRunOnly only stories the run read articles of, new or continued: not those a resumed run's store carried
 *     from the runs before it, nor those it lists again only because their earlier articles moved (an earlier run
 *     read all the articles of either)
 */
public record StoryFilter(Optional<String> outlet, boolean breakingOnly, Optional<String> entity, int minOutlets,
    Optional<LocalDate> from, Optional<LocalDate> to, boolean thisRunOnly) {
  /** Every story. */
  public static final StoryFilter ALL = new StoryFilter(Optional.empty(), false);

  public StoryFilter {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (minOutlets < 0) throw new IllegalArgumentException("minOutlets " + minOutlets + " < 0");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
    }
  }

  /** Stories by outlet, breaking mark, name, reach and days, whichever run read them. */
  public StoryFilter(Optional<String> outlet, boolean breakingOnly, Optional<String> entity, int minOutlets,
      Optional<LocalDate> from, Optional<LocalDate> to) {
    this(outlet, breakingOnly, entity, minOutlets, from, to, false);
  }

  /** Stories by outlet, breaking mark and name, of any reach and time. */
  public StoryFilter(Optional<String> outlet, boolean breakingOnly, Optional<String> entity) {
    this(outlet, breakingOnly, entity, 0, Optional.empty(), Optional.empty());
  }

  /** Stories by outlet and breaking mark, whatever names they hold. */
  public StoryFilter(Optional<String> outlet, boolean breakingOnly) {
    this(outlet, breakingOnly, Optional.empty());
  }

  /** The stories an outlet reported. */
  public static StoryFilter outlet(String outlet) {
    return new StoryFilter(Optional.of(outlet), false);
  }
}
