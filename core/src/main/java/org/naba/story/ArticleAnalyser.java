package org.naba.story;

import org.naba.text.ArabicTermExtractor;

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
    return new AnalysedArticle(
        in.id(),
        in.published(),
        in.outlet(),
        in.duplicateOf(),
        extractor.terms(in.title(), 1000),
        extractor.terms(in.text(), leadChars));
  }

  @Override
  public void close() {
    extractor.close();
  }
}
