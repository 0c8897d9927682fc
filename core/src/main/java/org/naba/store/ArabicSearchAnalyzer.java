package org.naba.store;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.naba.text.TextNormalizer;
import org.naba.text.YaSuffixFilter;

/**
 * Lucene's {@link ArabicAnalyzer} chain with Naba's folding in place of {@code ArabicNormalizationFilter}:
 * {@link TextNormalizer} applies the same rules (hamza-carrying alefs → ا, ى → ي, ة → ه, harakat and tatweel
 * removed) and also folds the Persian letter forms that Arabic web text carries ({@code ک → ك}, {@code ی → ي}, so
 * {@code کرکوک} finds {@code كركوك}), {@code ٱ → ا}, {@code ؤ → و} and {@code ئ → ي}. It does not unify
 * {@code مسؤول} with {@code مسئول}: the seat of the hamza differs, and folding both seats to one letter would merge
 * unrelated words. Stemming is Larkey's light stemmer ({@link ArabicStemFilter}): {@code السورية} and
 * {@code سورية} both become {@code سور}, and {@link YaSuffixFilter} brings {@code سوريا} there too.
 *
 * <p>{@link ArabicAnalyzer} lowercases and maps decimal digits to ASCII in two filters of their own, ahead of the
 * stop words. Here {@link TextNormalizer} does both in the same pass as the folding (it lowercases, and maps
 * Arabic-Indic digits; other decimal digits, such as fullwidth or Devanagari ones, are mapped after it), behind the
 * stop filter: the stop words are Arabic, unchanged by either. That is one pass over each word where there were
 * three, with the same terms (ArabicSearchAnalyzerTest) but for letters and digits outside the Basic Multilingual
 * Plane, which stay as they are.
 *
 * <p>Immutable and thread-safe, as Lucene analyzers are (per-thread components are reused by Lucene itself).
 */
final class ArabicSearchAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    // The stop list is written unfolded (with hamza), so stop words go before folding, as in ArabicAnalyzer.
    TokenStream s = new StopFilter(source, ArabicAnalyzer.getDefaultStopSet());
    // The stemmer's affix lists are in folded form (ه, not ة), so folding must come first.
    s = new FoldingFilter(s);
    s = new ArabicStemFilter(s);
    s = new YaSuffixFilter(s);
    return new TokenStreamComponents(source, s);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new FoldingFilter(in);
  }

  /**
   * A thin adapter from {@link TextNormalizer} to a token stream: folds, lowercases and maps every decimal digit to
   * ASCII (as {@code DecimalDigitFilter} does).
   */
  private static final class FoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldingFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      char[] buf = term.buffer();
      int n = TextNormalizer.normalize(buf, term.length());
      for (int i = 0; i < n; i++) {
        char c = buf[i];
        // Arabic-Indic digits are ASCII already; other scripts' decimal digits are rare.
        if (c >= 0x80 && (c < '\u0600' || c > '\u06FF') && Character.isDigit(c)) {
          buf[i] = (char) ('0' + Character.digit(c, 10));
        }
      }
      term.setLength(n);
      return true;
    }
  }
}
