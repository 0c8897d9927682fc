package org.naba.clean;

import org.naba.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.naba.text.TextNormalizer;

/**
 * Verbatim quotations in a paragraph: spans between «…», "…" and “…”. A linear scan (no regex), so unbalanced
 * marks in dirty text cost nothing; spans shorter than two words or longer than 2,000 characters are not quotes.
 *
 * <p>The speaker of an inline quotation is the name right after the verb of saying that introduces it, within
 * the twelve words before the opening mark: "قال أوباما «…»", "وأعلن بوتين أن هناك «…»". When the verb is
 * followed by a title ("قال الرئيس باراك أوباما الأحد إن …") the name runs on until a stop word; when it is
 * followed by a particle ("وقال خلال مؤتمر صحافي «…»") the quotation has no named speaker.
 */
final class Quotations {
  private Quotations() {}

  private static final Set<String> SAYING = folded(
      "قال", "قالت", "يقول", "تقول", "أضاف", "أضافت", "تابع", "تابعت", "أكد", "أكدت", "صرح", "صرحت", "أوضح",
      "أوضحت", "أعلن", "أعلنت", "اعتبر", "اعتبرت", "رأى", "أشار", "أشارت", "شدد", "شددت", "لفت", "ذكر", "ذكرت",
      "كتب", "كتبت", "حذر", "حذرت", "نقل", "نقلت");
  private static final Set<String> TITLES = folded(
      "الرئيس", "رئيس", "وزير", "الوزير", "وزيرة", "المتحدث", "المتحدثة", "الناطق", "مسؤول", "المسؤول", "السفير",
      "النائب", "الأمين", "المبعوث", "الملك", "الأمير", "الشيخ", "نائب");
  private static final Set<String> STOPS = folded(
      "إن", "أن", "ان", "إنه", "أنه", "انه", "خلال", "في", "عن", "على", "إلى", "الى", "من", "مع", "بعد", "قبل",
      "لوسائل", "للصحفيين", "للصحافيين", "له", "لها", "لهم", "الذي", "التي", "اليوم", "أمس", "امس", "غدا", "الأحد",
      "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "مساء", "صباح", "أيضا", "كذلك",
      "بيان", "تصريحات", "مؤتمر", "لاحقا");

  private static Set<String> folded(String... words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) out.add(TextNormalizer.normalize(w));
    return Set.copyOf(out);
  }

  /** Quotations of a paragraph with their speakers, in order. */
  static List<Quote> find(String p) {
    List<Quote> out = new ArrayList<>();
    int i = 0;
    while (i < p.length()) {
      char open = p.charAt(i);
      char close =
          switch (open) {
            case '«' -> '»';
            case '"' -> '"';
            case '“' -> '”';
            default -> 0;
          };
      if (close == 0) {
        i++;
        continue;
      }
      int j = p.indexOf(close, i + 1);
      if (j < 0) {
        i++;
        continue;
      }
      String span = p.substring(i + 1, j).strip();
      if (span.length() <= 2000 && LineEvidence.units(span) >= 2) out.add(new Quote(span, speaker(p, i)));
      i = j + 1;
    }
    return out;
  }

  /** The name after the closest verb of saying among the twelve words before {@code quoteStart}. */
  static Optional<String> speaker(String p, int quoteStart) {
    String before = p.substring(Math.max(0, quoteStart - 200), quoteStart);
    String[] words = before.strip().split(" +");
    int from = Math.max(0, words.length - 12);
    for (int v = words.length - 1; v >= from; v--) {
      if (!isSaying(clean(words[v]))) continue;
      List<String> name = new ArrayList<>();
      for (int k = v + 1; k < words.length && name.size() < 4; k++) {
        String w = words[k];
        String f = clean(w);
        if (f.isEmpty() || STOPS.contains(f) || isSaying(f)) break;
        name.add(stripPunctuation(w));
        boolean title = TITLES.contains(f) || (name.size() > 1 && f.startsWith("ال") && name.size() < 3);
        if (w.endsWith("،") || w.endsWith(",") || w.endsWith(":")) break;
        if (!title && name.size() >= 1 && !TITLES.contains(clean(name.getFirst()))) break;
      }
      if (name.isEmpty() || (name.size() == 1 && TITLES.contains(clean(name.getFirst())))) return Optional.empty();
      return Optional.of(String.join(" ", name));
    }
    return Optional.empty();
  }

  private static boolean isSaying(String folded) {
    if (SAYING.contains(folded)) return true;
    return folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف') && SAYING.contains(folded.substring(1));
  }

  private static String clean(String w) {
    return TextNormalizer.normalize(stripPunctuation(w));
  }

  private static String stripPunctuation(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && !Character.isLetterOrDigit(w.charAt(a))) a++;
    while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) b--;
    return w.substring(a, b);
  }
}
