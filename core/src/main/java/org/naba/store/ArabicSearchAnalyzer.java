package org.naba.store;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
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
 * <p>Immutable and thread-safe, as Lucene analyzers are (per-thread components are reused by Lucene itself).
 */
final class ArabicSearchAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream s = new LowerCaseFilter(source);
    s = new DecimalDigitFilter(s);
    // The stop list is written unfolded (with hamza), so stop words go before folding, as in ArabicAnalyzer.
    s = new StopFilter(s, ArabicAnalyzer.getDefaultStopSet());
    // The stemmer's affix lists are in folded form (ه, not ة), so folding must come first.
    s = new FoldingFilter(s);
    s = new ArabicStemFilter(s);
    s = new YaSuffixFilter(s);
    return new TokenStreamComponents(source, s);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new FoldingFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
  }

  /** A thin adapter from {@link TextNormalizer} to a token stream. */
  private static final class FoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldingFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      term.setLength(TextNormalizer.normalize(term.buffer(), term.length()));
      return true;
    }
  }
}
