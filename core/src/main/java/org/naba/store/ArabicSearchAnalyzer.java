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
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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
 * <p>A token is split at its underscores, which StandardTokenizer keeps inside words, so a hashtag ("#سيرغي_سكريبال")
 * is found by its words.
 *
 * <p>Immutable and thread-safe, as Lucene analyzers are (per-thread components are reused by Lucene itself).
 */
final class ArabicSearchAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    // The stop list is written unfolded (with hamza), so stop words go before folding, as in ArabicAnalyzer.
    TokenStream s = new StopFilter(new UnderscoreSplitter(source), ArabicAnalyzer.getDefaultStopSet());
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
   * Splits a token at its underscores ("سيرغي_سكريبال" → "سيرغي", "سكريبال"), each part a position of its own with its
   * own offsets. A token without one (nearly all) passes with a scan of its chars.
   */
  static final class UnderscoreSplitter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private char[] pending = new char[0];
    private int pendingLength;
    private int pendingStart; // offset of pending[0] in the text
    private int next = -1; // where the next part starts in pending, or -1
    private boolean offsetsMatch; // the token's offsets span exactly its chars (no char filter changed its length)

    UnderscoreSplitter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      while (true) {
        if (next >= 0) {
          if (emitPart()) return true;
          continue;
        }
        if (!input.incrementToken()) return false;
        int n = term.length();
        char[] buf = term.buffer();
        int u = 0;
        while (u < n && buf[u] != '_') u++;
        if (u == n) return true;
        if (pending.length < n) pending = new char[n];
        System.arraycopy(buf, 0, pending, 0, n);
        pendingLength = n;
        pendingStart = offset.startOffset();
        offsetsMatch = offset.endOffset() - offset.startOffset() == n;
        next = 0;
        if (emitPart()) return true;
      }
    }

    /** Sets the next non-empty part as the token; false when none is left (the token was all underscores). */
    private boolean emitPart() {
      int from = next;
      while (from < pendingLength && pending[from] == '_') from++;
      if (from >= pendingLength) {
        next = -1;
        return false;
      }
      int to = from;
      while (to < pendingLength && pending[to] != '_') to++;
      boolean first = next == 0;
      next = to < pendingLength ? to : -1;
      term.copyBuffer(pending, from, to - from);
      if (offsetsMatch) offset.setOffset(pendingStart + from, pendingStart + to);
      if (!first) increment.setPositionIncrement(1);
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = -1;
    }
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
