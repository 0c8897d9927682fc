package org.naba.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns Arabic (or mixed Arabic/Latin) text into index terms: {@link TextNormalizer} folding, then Lucene's
 * {@code StandardTokenizer} → stop words → {@code ArabicStemFilter} (Larkey, Ballesteros and Connell 2007, "Light
 * stemming for Arabic information retrieval").
 *
 * <p>This is the chain of Lucene's {@code ArabicAnalyzer} with one change: the text is folded by {@link
 * TextNormalizer} first, in place of {@code ArabicNormalizationFilter}, whose rules it applies (it also folds
 * {@code ؤ ئ ٱ}, Persian letter forms and Eastern digits, and lower-cases Latin), so the stop-word set is folded the
 * same way — otherwise {@code إلى} in the list would no longer match the folded {@code الي} in the text. Stop words
 * are removed before stemming, as in {@code ArabicAnalyzer}, because the list holds surface forms. Terms shorter than
 * two characters are dropped: after light stemming they are mostly clitic remnants. One rule is added after
 * stemming: a final {@code يا} is stripped in words of five or more letters, as the stemmer strips {@code ية}:
 * {@code سوريا} and {@code سورية} → {@code سور}; {@code روسيا} and {@code روسي} → {@code روس} (name and adjective
 * conflated, which is what matching news needs).
 *
 * <p>Immutable and thread-safe: Lucene's {@link Analyzer} keeps one token stream per thread.
 */
public final class ArabicTermExtractor implements AutoCloseable {
  private final Analyzer analyzer;

  /** Builds the extractor with Lucene's Arabic stop-word list, folded by {@link TextNormalizer}. */
  public ArabicTermExtractor() {
    CharArraySet stop = new CharArraySet(ArabicAnalyzer.getDefaultStopSet().size() * 2, false);
    for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
      char[] chars = (char[]) word;
      stop.add(TextNormalizer.normalize(new String(chars)));
    }
    CharArraySet stopWords = CharArraySet.unmodifiableSet(stop);
    this.analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            // No ArabicNormalizationFilter: the text comes folded by TextNormalizer, whose rules include all of
            // ArabicNormalizer's, so that filter would find nothing to change in any token.
            // Stop words before stemming: the list holds unstemmed forms (same order as ArabicAnalyzer).
            TokenStream result = new StopFilter(source, stopWords);
            result = new ArabicStemFilter(result);
            return new TokenStreamComponents(source, result);
          }
        };
  }

  /** Terms of {@code text} in reading order (duplicates kept, so callers can count term frequency). */
  public List<String> terms(CharSequence text) {
    return terms(text, Integer.MAX_VALUE);
  }

  /** Terms of at most the first {@code maxChars} characters of {@code text}, cut at a word boundary. */
  public List<String> terms(CharSequence text, int maxChars) {
    if (maxChars < 0) throw new IllegalArgumentException("maxChars must be >= 0: " + maxChars);
    String folded = TextNormalizer.normalize(clip(text, maxChars));
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", new StringReader(folded))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() < 2) continue;
        int len = term.length();
        char[] buf = term.buffer();
        // سوريا/سورية, روسيا/روسي: see YaSuffixFilter.
        len = YaSuffixFilter.strip(buf, len);
        out.add(new String(buf, 0, len));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a StringReader cannot fail", e);
    }
    return out;
  }

  private static CharSequence clip(CharSequence text, int maxChars) {
    if (text.length() <= maxChars) return text;
    int end = maxChars;
    while (end < text.length() && TextNormalizer.isLetterOrDigit(text.charAt(end))) end++;
    return text.subSequence(0, end);
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
