package org.naba.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Strips a final {@code يا} from stemmed words of five or more letters, as Larkey's light stemmer strips {@code يه}
 * (folded {@code ية}): {@code سوريا} and {@code سورية} both become {@code سور}, {@code روسيا} meets {@code روسي}. Two
 * spellings of a country name (and the name and its adjective) would otherwise stay apart. Goes after
 * {@code ArabicStemFilter}; the rule itself is {@link #strip(char[], int)}, pure and shared by story analysis and
 * search.
 */
public final class YaSuffixFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public YaSuffixFilter(TokenStream in) {
    super(in);
  }

  /** The new length of the word in {@code buf[0, len)} once a final {@code يا} is stripped (five letters or more). */
  public static int strip(char[] buf, int len) {
    return len >= 5 && buf[len - 1] == '\u0627' && buf[len - 2] == '\u064A' ? len - 2 : len;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    term.setLength(strip(term.buffer(), term.length()));
    return true;
  }
}
