package org.naba.story;

/**
 * Which analysed terms count as entity-like by their form alone: numbers of two or more digits and Latin-script
 * tokens (names, acronyms) in Arabic text. The same rule as {@code StoryEngine}'s (a test holds the two together),
 * public so that the batch peer ({@code org.naba.story.batch}) builds its entity vectors the same way.
 */
public final class EntityTerms {
  private EntityTerms() {}

  /** True for a number of two or more digits or a Latin-script token of two or more characters. */
  public static boolean isEntityLike(String term) {
    boolean digits = true;
    boolean latin = true;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c < '0' || c > '9') digits = false;
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) latin = false;
    }
    return (digits && term.length() >= 2) || (latin && !digits && term.length() >= 2);
  }
}
