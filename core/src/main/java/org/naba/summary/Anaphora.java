package org.naba.summary;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.naba.text.TextNormalizer;

/**
 * Sentences that open by pointing back at the one before them in their article, and so say little alone: "جاء ذلك
 * خلال لقائه …" (that came during …), "يأتي هذا بعد …", "إلى ذلك، …" (besides that), "في هذا السياق …", "لكن …",
 * "بينما …", "حيث …", "إلا أن …", "هذه الخطوة …", a verb of saying without its speaker ("وأضاف أن …", "أشار إلى
 * أن …"); and those that open as background to the news before them: "كان التنظيم قد هدد …" (had threatened),
 * "يذكر أن …", "يشار إلى أن …", "الجدير بالذكر …". A summary quotes its sentences one by one, away from the sentence
 * they lean on. A demonstrative that names a time ("شهد هذا العام", "هذا الأسبوع") points at no sentence.
 *
 * <p>Pure and thread-safe.
 */
final class Anaphora {
  private Anaphora() {}

  /** Words that, opening a sentence, tie it to the one before (its leading "و" or "ف" aside). */
  private static final Set<String> OPENERS = folded(
      "لكن", "لكنه", "لكنها", "لكنهم", "ولكن", "بينما", "حيث", "إلا", "غير", "ذلك", "هذا", "هذه", "تلك", "هؤلاء",
      "كان", "كانت", "كانوا", "يذكر", "يشار", "الجدير", "يجدر");

  /** Verbs of saying whose speaker the sentence before named: "وأضاف أن …", "أوضح إن …", "أشار إلى أن …". */
  private static final Set<String> SAYING = folded(
      "أضاف", "أضافت", "تابع", "تابعت", "أوضح", "أوضحت", "أفاد", "أفادت", "أكد", "أكدت", "قال", "قالت", "بين",
      "بينت", "أشار", "أشارت", "لفت", "لفتت", "شدد", "شددت", "ذكر", "ذكرت", "اعتبر", "اعتبرت", "رأى", "رأت", "أعلن",
      "أعلنت", "أردف", "أردفت", "استطرد", "مضى", "مضت");

  /** What follows such a verb when no speaker comes between: "أن", "إن", "بأن", or "إلى" of "أشار إلى أن". */
  private static final Set<String> THAT = folded("أن", "إن", "بأن", "إلى", "قائلا", "قائلة");

  /** Demonstratives: a sentence whose second word is one leans on the one before ("جاء ذلك", "إلى ذلك"). */
  private static final Set<String> DEMONSTRATIVES = folded("ذلك", "هذا", "هذه", "تلك", "هؤلاء", "ذاك");

  /** Words of time after a demonstrative: "هذا العام" is this year, not what was said before. */
  private static final Set<String> TIMES = folded(
      "العام", "الأسبوع", "الشهر", "اليوم", "الموسم", "الصباح", "المساء", "العامين", "السنة", "الصيف",
      "الشتاء", "الربيع", "الخريف", "الأيام", "العقد", "القرن", "الوقت", "الليلة", "الأسبوعين");

  private static Set<String> folded(String... words) {
    return Stream.of(words).map(TextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether the sentence opens by pointing back at the one before it. */
  static boolean leansOnThePrevious(String sentence) {
    List<String> words = Sentences.openingWords(sentence, 3);
    if (words.isEmpty()) return false;
    String second = words.size() > 1 ? words.get(1) : "";
    String third = words.size() > 2 ? words.get(2) : "";
    String opener = withoutConjunction(words.get(0), OPENERS);
    if (OPENERS.contains(opener)) return !(DEMONSTRATIVES.contains(opener) && TIMES.contains(second));
    if (SAYING.contains(withoutConjunction(words.get(0), SAYING)) && THAT.contains(second)) return true;
    return DEMONSTRATIVES.contains(second) && !TIMES.contains(third);
  }

  /** The word without the "و" or "ف" written onto it when the rest is one of {@code known} ("وكان" → "كان"). */
  private static String withoutConjunction(String word, Set<String> known) {
    boolean conjunction = word.charAt(0) == 'و' || word.charAt(0) == 'ف';
    return conjunction && known.contains(word.substring(1)) ? word.substring(1) : word;
  }
}
