package org.naba.text;

/**
 * Hashtags written into running text ("تسميم الجاسوس #سيرغي_سكريبال في #بريطانيا"), as some outlets' sites link
 * them, read as the words they join: for text shown to a reader (summaries), not for the text Naba analyses, which
 * keeps the article as cleaned.
 */
public final class Hashtags {
  private Hashtags() {}

  /**
   * The text with each hashtag as its words: the mark dropped and the underscores between words made spaces
   * ("#سيرغي_سكريبال" → "سيرغي سكريبال"). A mark not followed by a letter ("رقم #5", "C#") stays, and so does an
   * underscore outside a hashtag.
   */
  public static String asWords(String text) {
    int hash = text.indexOf('#');
    if (hash < 0) return text;
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (hash >= 0) {
      out.append(text, i, hash);
      int start = hash + 1;
      if (start < text.length() && Character.isLetter(text.charAt(start))) {
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) end++;
        // "#سيرغي_سكريبال_" loses its trailing underscore too.
        out.append(text.substring(start, end).replace('_', ' ').strip());
        i = end;
      } else {
        out.append('#');
        i = start;
      }
      hash = text.indexOf('#', i);
    }
    return out.append(text, i, text.length()).toString();
  }
}
