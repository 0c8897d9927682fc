package org.naba.story;

/**
 * Which analysed terms count as entity-like: by their form (numbers of two or more digits and Latin-script tokens —
 * names, acronyms — in Arabic text), or by being rare ({@link #rareDf}). One rule for the online engine and the batch
 * peer ({@code org.naba.story.batch}), so both build their entity vectors the same way.
 */
public final class EntityTerms {
  /** A term in at most this many documents is always rare: no evidence yet that it is common. */
  public static final int MIN_RARE_DF = 10;

  private EntityTerms() {}

  /** The document frequency at or under which a term counts as rare among {@code documents}. */
  public static double rareDf(double rareTermMaxDf, long documents) {
    return Math.max(MIN_RARE_DF, rareTermMaxDf * documents);
  }

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
