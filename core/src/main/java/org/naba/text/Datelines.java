package org.naba.text;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dateline an article opens with, and the news agencies it may credit. Arabic wire copy and many outlets open
 * their first sentence with where the dispatch was filed and who filed it: "دبي، الإمارات العربية المتحدة (CNN)--",
 * "القاهرة (رويترز) -", "سبق- الرباط:", "عبدالله البرقاوي- سبق- الرياض:", "واس - مكة المكرمة :", "عين اليوم –
 * متابعات". It is part of no statement: a summary shows the sentence without it, and the article's credits keep the
 * agency. Only the start of a text is read; a text that does not open so is left whole.
 */
public final class Datelines {
  private Datelines() {}

  /** Words a byline gives in place of a place: compiled from others' reports, or the outlet's own. */
  private static final Set<String> SOURCE_WORDS =
      Set.of("متابعات", "خاص", "وكالات").stream().map(TextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

  /** How far into a text a dateline may run, in chars, and in words before its parenthesis or its colon. */
  private static final int MAX_CHARS = 90;

  private static final int MAX_WORDS = 7;

  /**
   * A dateline found at the start of a text: {@code end} is where the text after it begins, {@code agency} the agency
   * it names, in the text's own spelling, when that is a known one.
   */
  public record Dateline(int end, Optional<String> agency) {}

  /** The text without the dateline it opens with, if any. */
  public static String strip(String text) {
    return find(text).map(d -> text.substring(d.end())).orElse(text);
  }

  /**
   * The dateline the text opens with, in one of three shapes: a place and an agency or outlet in parentheses before
   * a dash or colon ("دبي، الإمارات العربية المتحدة (CNN)--", "(CNN) –"); two or three short segments of words
   * joined by dashes and closed by a colon ("سبق- الرباط:", "أحمد علي- سبق- القاهرة:", "واس - مكة المكرمة :"); a
   * place or outlet, a dash and an agency or a source word ("واشنطن - أ ف ب", "عين اليوم – متابعات"). Empty when it
   * opens otherwise, or nothing follows.
   */
  public static Optional<Dateline> find(String text) {
    // Marks of direction some sites put first ("\u200F\u202B"), and a bullet, are not part of it.
    int from = 0;
    while (from < text.length() && isLeading(text.charAt(from))) from++;
    Optional<Dateline> d = parenthesised(text, from);
    if (d.isEmpty()) d = segments(text, from);
    return d.filter(x -> x.end() < text.length() && hasLetter(text, x.end()));
  }

  private static Optional<Dateline> parenthesised(String text, int from) {
    int limit = Math.min(text.length(), from + MAX_CHARS);
    int open = from;
    while (open < limit && text.charAt(open) != '(') open++;
    if (open >= limit) return Optional.empty();
    String before = text.substring(from, open);
    if (words(before) > MAX_WORDS - 1 || hasAny(before, ".!?؟:«»\"“”()-–—")) return Optional.empty();
    int close = text.indexOf(')', open);
    if (close < 0 || close - open > 30) return Optional.empty();
    String inside = text.substring(open + 1, close);
    if (inside.isBlank() || words(inside) > 4 || hasDigit(inside) || hasAny(inside, ".!?؟:«»\"“”")
        && Media.agency(inside).isEmpty()) {
      return Optional.empty();
    }
    int end = afterDashes(text, close + 1, true);
    return end < 0 ? Optional.empty() : Optional.of(new Dateline(end, Media.agency(inside)));
  }

  private static Optional<Dateline> segments(String text, int from) {
    int limit = Math.min(text.length(), from + MAX_CHARS);
    Optional<String> credited = Optional.empty();
    int i = from;
    int words = 0;
    for (int segment = 0; segment < 3; segment++) {
      int start = skipSpaces(text, i);
      int j = start;
      while (j < limit && text.charAt(j) != ':' && !isDash(text.charAt(j))) {
        if (!inSegment(text.charAt(j), segment)) return Optional.empty();
        j++;
      }
      if (j >= limit) return Optional.empty();
      String part = unquoted(text.substring(start, j));
      int n = words(part);
      if (n == 0 || n > 3 || (words += n) > MAX_WORDS) return Optional.empty();
      if (credited.isEmpty()) credited = Media.agency(part);
      if (text.charAt(j) == ':') {
        // A colon closes a dateline of two or three segments; one segment and a colon is a label ("دراسة:").
        return segment == 0 ? Optional.empty() : Optional.of(new Dateline(skipSpaces(text, j + 1), credited));
      }
      i = afterDashes(text, j, false);
      if (i < 0) return Optional.empty();
      if (segment == 0) {
        // "واشنطن - أ ف ب", "عين اليوم – متابعات": a source after one dash ends the dateline without a colon.
        Optional<Integer> source = source(text, i);
        if (source.isPresent()) {
          Optional<String> agency = Media.agency(text.substring(i, source.get()));
          int end = afterDashes(text, source.get(), true);
          return Optional.of(new Dateline(end < 0 ? skipSpaces(text, source.get()) : end,
              agency.isPresent() ? agency : credited));
        }
      }
    }
    return Optional.empty();
  }

  /** The end of a known agency or source word at {@code from}, followed by a space, dash or colon. */
  private static Optional<Integer> source(String text, int from) {
    for (int words = 1, j = from; words <= 3 && j < text.length(); words++) {
      while (j < text.length() && !isBreak(text.charAt(j))) j++;
      String key = TextNormalizer.normalize(text.substring(from, j));
      if (Media.isAgency(key) || SOURCE_WORDS.contains(key)) return Optional.of(j);
      if (j >= text.length() || text.charAt(j) != ' ') break;
      j++;
    }
    return Optional.empty();
  }

  /**
   * Past the spaces, then the run of dashes (or a colon, when {@code colon}) at {@code from}, then the spaces after
   * it: -1 when there is none.
   */
  private static int afterDashes(String text, int from, boolean colon) {
    int i = skipSpaces(text, from);
    int start = i;
    while (i < text.length() && (isDash(text.charAt(i)) || colon && text.charAt(i) == ':')) i++;
    return i == start ? -1 : skipSpaces(text, i);
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) i++;
    return i;
  }

  /**
   * Whether a char may stand in a segment: letters and their marks ("مكة المكرّمة"), spaces, an outlet's quotes
   * ("«الشرق الأوسط»"), and after the first segment the points of an agency's initials ("أ.ف.ب").
   */
  private static boolean inSegment(char c, int segment) {
    return Character.isLetter(c) || c == ' ' || c == '\u00A0' || c == '«' || c == '»' || c == '"'
        || c == '.' && segment > 0 || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isLeading(char c) {
    return !Character.isLetterOrDigit(c) && (c == '*' || c == '•' || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT);
  }

  private static String unquoted(String part) {
    return part.replace("«", "").replace("»", "").replace("\"", "").strip();
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '–' || c == '—' || c == '‐' || c == '−';
  }

  private static boolean isBreak(char c) {
    return c == ' ' || c == '\u00A0' || c == ':' || isDash(c);
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      // A no-break space parts words too ("مكة\u00A0المكرمة" is two).
      boolean letter = !TextNormalizer.isSpace(s.charAt(i)) && s.charAt(i) != '،' && s.charAt(i) != ',';
      if (letter && !in) n++;
      in = letter;
    }
    return n;
  }

  private static boolean hasAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return true;
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
    return false;
  }

  private static boolean hasLetter(String s, int from) {
    for (int i = from; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
    return false;
  }
}
