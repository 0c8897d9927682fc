package org.naba.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Which stories a story list shows.
 *
 * @param outlet only stories this outlet reported
 * @param breakingOnly only stories marked breaking
 * @param entity only stories that name this person, place or organisation, in any of the spellings their outlets
 *     use (matched folded: hamza, ى and marks do not count)
 */
public record StoryFilter(Optional<String> outlet, boolean breakingOnly, Optional<String> entity) {
  /** Every story. */
  public static final StoryFilter ALL = new StoryFilter(Optional.empty(), false);

  public StoryFilter {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(entity, "entity");
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
