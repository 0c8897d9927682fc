package org.naba.ner;

import java.util.List;
import java.util.Set;
import org.naba.text.TextNormalizer;

/**
 * Mends names the tagger cuts after their first word, where that word cannot be a name alone: the heads of
 * compound place names ("دير الزور", "سان بطرسبرغ", "نيو مكسيكو", "تل أبيب", "بئر السبع", "دار السلام", "رأس
 * الخيمة") and "أم" of a name ("أم كلثوم"). The tagger, trained on ANERcorp, where such a head always opens a longer
 * name, often tags the head alone ("دير" a place, "الزور" nothing) or the head and the rest as two names ("سان",
 * "بطرسبرغ"), and the story then lists "دير" or "سان" among its places.
 *
 * <p>A name of one token that is such a head takes the word after it (and, after "ريو"'s "دي", the one after that),
 * with the type of a name that word opens (a place's head keeps its own before a person's), else the head's own; a
 * head with no word after it (the end of a title, punctuation) is no name. "خان" and "أبو" are not heads here: "خان"
 * is a surname too ("عمران خان"), and the tagger keeps "أبو" with the name it opens. On ANERcorp's test split ({@code
 * naba eval ner}) places go from F1 0.857 to 0.858 and all names from 0.686 to 0.687: such cuts are rare in its text
 * and common in news of places abroad.
 *
 * <p>A compound first name ("عبد ربه") the tagger ends a name with, a person's name right after it ("منصور هادي"),
 * opens that name: "عبد ربه منصور هادي" is one person (3 ANT and 4 SaudiNewsNet stories listed the two halves).
 *
 * <p>Pure and thread-safe.
 */
public final class NameHeads {
  /** Words that open a name and are no name alone, folded as {@link TextNormalizer} folds. */
  static final Set<String> HEADS = Set.of(fold("سان"), fold("سانت"), fold("نيو"), fold("لوس"), fold("لاس"),
      fold("دير"), fold("بئر"), fold("دار"), fold("شرم"), fold("تل"), fold("ريو"), fold("بور"), fold("جبل"),
      fold("رأس"), fold("عين"), fold("أم"), fold("بيت"), fold("بني"), fold("وادي"), fold("كفر"));

  /** Particles inside a compound name, after which the name goes on ("ريو دي جانيرو", "سان دو …"). */
  private static final Set<String> PARTICLES = Set.of("دي", "دو", "دا", "ديل", "دل", "لا");

  private NameHeads() {}

  /**
   * The tags with names cut after their head mended; {@code tags} (one per token, B-/I-/O) is changed in place and
   * returned.
   */
  public static String[] mend(List<String> tokens, String[] tags) {
    int n = tags.length;
    for (int i = 0; i < n; i++) {
      if (!opens(tags, i) || (i + 1 < n && continues(tags, i + 1, type(tags[i])))) continue;
      if (!HEADS.contains(fold(tokens.get(i)))) continue;
      if (i + 1 >= n || !isWord(tokens.get(i + 1))) {
        tags[i] = "O";
        continue;
      }
      // The name after a place's head is the rest of the place, whatever the tagger took it for ("ريو" + "دي جانيرو",
      // tagged a person), unless it names a body ("سان" + "جيرمان", the club).
      String own = type(tags[i]);
      String next = type(tags[i + 1]);
      String type = next == null || (own.equals("LOC") && next.equals("PERS")) ? own : next;
      tags[i] = "B-" + type;
      int j = i + 1;
      tags[j] = "I-" + type;
      if (PARTICLES.contains(tokens.get(j)) && j + 1 < n && isWord(tokens.get(j + 1))) tags[++j] = "I-" + type;
      i = j;
    }
    // A compound first name ("عبد ربه", "عبد الله") is no whole name when a person's name follows it at once: the
    // tagger cut "عبد ربه منصور هادي" in two; ANERcorp never has a person's name right after one.
    for (int i = 0; i + 2 < n; i++) {
      if (tags[i].equals("B-PERS") && fold(tokens.get(i)).equals(ABD) && tags[i + 1].equals("I-PERS")
          && tags[i + 2].equals("B-PERS")) {
        tags[i + 2] = "I-PERS";
      }
    }
    return tags;
  }

  /** "عبد" (servant of), which opens a compound first name. */
  private static final String ABD = fold("عبد");

  /** Whether a name starts at token {@code i} (B-, or I- after another tag, as {@link NerModel#mentions} reads it). */
  private static boolean opens(String[] tags, int i) {
    String t = tags[i];
    if (t.startsWith("B-")) return true;
    return t.startsWith("I-") && (i == 0 || !continues(tags, i, type(tags[i - 1])));
  }

  private static boolean continues(String[] tags, int i, String type) {
    return tags[i].startsWith("I-") && type != null && tags[i].regionMatches(2, type, 0, type.length())
        && tags[i].length() == type.length() + 2;
  }

  private static String type(String tag) {
    return tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
  }

  private static boolean isWord(String token) {
    for (int k = 0; k < token.length(); k++) if (Character.isLetter(token.charAt(k))) return true;
    return false;
  }

  private static String fold(String word) {
    return TextNormalizer.normalize(word);
  }
}
