package org.naba.text;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * Lucene's Arabic stop words ({@link ArabicAnalyzer#getDefaultStopSet()}), folded by {@link TextNormalizer} as the
 * text they are looked up in is: {@code إلى} in the list must match the folded {@code الي} of a text.
 *
 * <p>Immutable and thread-safe.
 */
public final class StopWords {
  private static final CharArraySet FOLDED = fold();

  private StopWords() {}

  /** The folded stop words, unmodifiable (a Lucene {@code StopFilter} takes them as they are). */
  public static CharArraySet folded() {
    return FOLDED;
  }

  private static CharArraySet fold() {
    CharArraySet stop = new CharArraySet(ArabicAnalyzer.getDefaultStopSet().size() * 2, false);
    for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
      stop.add(TextNormalizer.normalize(new String((char[]) word)));
    }
    return CharArraySet.unmodifiableSet(stop);
  }
}
