package org.naba.summary;

import java.util.ArrayList;
import java.util.List;
import org.naba.text.Conjunctions;
import org.naba.text.Datelines;
import org.naba.text.TextNormalizer;

/**
 * Splits Arabic (and Latin) prose into sentences: after {@code . ! ? ؟} and the Arabic full stop {@code ۔} when
 * followed by white space, and at line breaks. A dot between digits (3.5) or after a single letter (initials, "د.")
 * does not end a sentence. Quotes and closing brackets that follow the mark stay with the sentence.
 */
public final class Sentences {
  private Sentences() {}

  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = false;
      int cut = i + 1;
      if (c == '\n') {
        end = true;
        cut = i;
      } else if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '۔') {
        int j = i + 1;
        while (j < n && "\"'»”)]".indexOf(text.charAt(j)) >= 0) j++;
        // A no-break space too: web pages set one after a full stop as often as a space.
        boolean spaceAfter = j >= n || TextNormalizer.isSpace(text.charAt(j));
        boolean initial = c == '.' && i >= 1 && (i < 2 || !Character.isLetter(text.charAt(i - 2))) && Character.isLetter(text.charAt(i - 1));
        if (spaceAfter && !initial) {
          end = true;
          cut = j;
          i = j - 1;
        }
      }
      if (end) {
        add(out, text.substring(start, cut));
        start = cut;
      }
    }
    add(out, text.substring(start));
    return out;
  }

  /**
   * A paragraph's sentences as a summary reads them: the first without the dateline it may open with
   * ("دبي، الإمارات العربية المتحدة (CNN)-- قال …" → "قال …"), which belongs to no statement.
   */
  public static List<String> withoutDateline(String paragraph) {
    List<String> out = split(paragraph);
    if (!out.isEmpty()) out.set(0, Datelines.strip(out.getFirst()));
    return out;
  }

  /**
   * A sentence too long to quote whole, cut after its last clause that still fits: at a comma ("،" or ",") outside
   * quotes, keeping at most {@code maxTokens} tokens and at least half as many, with a full stop after it. Arabic news
   * writes its lead as one long sentence of clauses ("صرح المتحدث الأمني … نتج عنه استشهاد عشرة … وإصابة تسعة آخرين ،
   * كما عثر في الموقع على أشلاء … ، ولا يزال الحادث محل متابعة …"); its first clauses state the event. Empty when
   * no comma falls where it may be cut.
   */
  public static java.util.Optional<String> shortened(String sentence, int maxTokens) {
    int tokens = 0;
    int cut = -1;
    int quotes = 0;
    boolean inWord = false;
    for (int i = 0; i < sentence.length() && tokens <= maxTokens; i++) {
      char c = sentence.charAt(i);
      boolean letter = TextNormalizer.isLetterOrDigit(c);
      if (letter && !inWord) tokens++;
      inWord = letter;
      if (c == '«' || c == '“') quotes++;
      else if (c == '»' || c == '”') quotes--;
      else if (c == '"') quotes += quotes > 0 ? -1 : 1;
      if ((c == '،' || c == ',') && quotes <= 0 && tokens <= maxTokens && tokens * 2 >= maxTokens) cut = i;
    }
    if (cut < 0) return java.util.Optional.empty();
    String kept = sentence.substring(0, cut).strip();
    return kept.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(kept + ".");
  }

  /**
   * The first {@code n} words of a sentence as it opens once the conjunction tying it to the one before is off
   * ({@link Conjunctions#dropLeading}: "وقال" → "قال"), folded ({@link TextNormalizer}): what the rules that read a
   * sentence's opening ({@link Reactions}, {@link Anticipations}, {@link Anaphora}) look at.
   */
  static List<String> openingWords(String sentence, int n) {
    List<String> words = new ArrayList<>(n);
    TextNormalizer.forEachToken(Conjunctions.dropLeading(TextNormalizer.strip(sentence)), (buf, len) -> {
      if (words.size() < n) words.add(new String(buf, 0, len));
    });
    return words;
  }

  private static void add(List<String> out, String s) {
    String t = s.strip();
    if (!t.isEmpty()) out.add(t);
  }
}
