package org.naba.story;

/**
 * Typed, bounded settings of the story engine.
 *
 * @param threshold similarity from which an article joins a story
 * @param sigmaDays width of the Gaussian time decay
 * @param windowDays stories idle longer than this take no new articles
 * @param terms terms kept per article vector
 */
public record StorySettings(double threshold, double sigmaDays, int windowDays, int terms) {
  public StorySettings {
    if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("threshold " + threshold + " not in (0, 1)");
    if (!(sigmaDays > 0 && sigmaDays <= 30)) throw new IllegalArgumentException("sigmaDays " + sigmaDays + " not in (0, 30]");
    if (windowDays < 1 || windowDays > 60) throw new IllegalArgumentException("windowDays " + windowDays + " not in [1, 60]");
    if (terms < 5 || terms > 500) throw new IllegalArgumentException("terms " + terms + " not in [5, 500]");
  }

  public static StorySettings defaults() {
    return new StorySettings(0.3, 3, 7, 40);
  }
}
