package org.naba.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Which stories a story list shows.
 *
 * @param outlet only stories this outlet reported
 * @param breakingOnly only stories marked breaking
 */
public record StoryFilter(Optional<String> outlet, boolean breakingOnly) {
  /** Every story. */
  public static final StoryFilter ALL = new StoryFilter(Optional.empty(), false);

  public StoryFilter {
    Objects.requireNonNull(outlet, "outlet");
  }

  /** The stories an outlet reported. */
  public static StoryFilter outlet(String outlet) {
    return new StoryFilter(Optional.of(outlet), false);
  }
}
