package org.naba.story;

import java.util.List;
import org.naba.text.ArabicTermExtractor;
import org.naba.text.Places;

/**
 * Analyses a {@link StoryInput} into an {@link AnalysedArticle}. Only the lead of the body is read ({@link
 * StorySettings#leadChars()}): the main subject of a news article is in its title and first paragraphs (the gold
 * annotators judged "title + first ~120 words"), and the tail of long articles mostly adds background vocabulary that
 * links unrelated events of the same topic.
 *
 * <p>Thread-safe; holds one Lucene analyzer, so build it once and share it.
 */
public final class ArticleAnalyser implements AutoCloseable {
  private final ArabicTermExtractor extractor = new ArabicTermExtractor();
  private final int leadChars;

  public ArticleAnalyser(StorySettings settings) {
    this.leadChars = settings.leadChars();
  }

  public AnalysedArticle analyse(StoryInput in) {
    String lead = lead(in.text(), in.title(), leadChars);
    // The opening is the lead's first lines (the same lines lead() would pick for PLACE_CHARS), not a second pass.
    String opening =
        leadChars >= PLACE_CHARS ? linesReaching(lead, PLACE_CHARS) : lead(in.text(), in.title(), PLACE_CHARS);
    return new AnalysedArticle(
        in.id(),
        in.published(),
        in.outlet(),
        in.duplicateOf(),
        extractor.terms(in.title(), 1000),
        extractor.terms(lead, leadChars),
        List.copyOf(Places.bundled().find(in.title() + "\n" + opening)),
        in.text().isBlank() && !in.title().isBlank());
  }

  /** The first lines of {@code lead}, up to the line whose end reaches {@code chars} characters (as lead() stops). */
  static String linesReaching(String lead, int chars) {
    int end = lead.indexOf('\n', chars - 1);
    return end < 0 ? lead : lead.substring(0, end + 1);
  }

  /** Characters of the lead read for places: the opening sentence says where the event happened. */
  private static final int PLACE_CHARS = 200;

  /**
   * The first {@code maxChars} characters of the prose lines of {@code text}. Lines that are runs of short items
   * separated by wide gaps (three or more runs of 3+ blanks: tickers, menus, "most read" lists left by a crawler) and
   * lines that repeat the title are skipped, so a raw page whose first line is a 7,000-character headline ticker still yields its article's lead.
   */
  static String lead(String text, String title, int maxChars) {
    String headline = title.strip();
    StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars + 64));
    int start = 0;
    while (start < text.length() && out.length() < maxChars) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      String line = text.substring(start, end);
      // Pages repeat the headline (as a caption or an h1 above the body); the title already counts on its own.
      boolean repeatsTitle = !headline.isEmpty() && line.strip().equals(headline);
      if (!repeatsTitle && !isListLine(text, start, end)) out.append(line).append('\n');
      start = end + 1;
    }
    return out.toString();
  }

  private static boolean isListLine(String text, int start, int end) {
    int gaps = 0;
    int blanks = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\u00A0') {
        if (++blanks == 3) gaps++;
      } else {
        blanks = 0;
      }
    }
    return gaps >= 3;
  }

  @Override
  public void close() {
    extractor.close();
  }
}
