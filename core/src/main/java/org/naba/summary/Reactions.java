package org.naba.summary;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.naba.text.TextNormalizer;

/**
 * Sentences that report a reaction to the story's event rather than the event: a condemnation, a congratulation or a
 * condolence cable, a call received, a welcome ("أدانت الكويت التفجير …", "بعث خادم الحرمين برقية تهنئة …", "تلقى ولي
 * العهد اتصالا هاتفيا …", "أعربت الخارجية عن …"). Arabic news sets them as a verb of reacting first, so the
 * sentence's first word, after the conjunction that ties it to the one before, tells them. After a bombing, dozens of governments condemn it in nearly the same words, and each
 * wording scores high on the story's vocabulary: a summary needs one of them, and the event's own facts beside it.
 *
 * <p>Pure and thread-safe.
 */
final class Reactions {
  private Reactions() {}

  /** Verbs of reacting, past tense, as the forms news opens a sentence with (he, she, they), folded. */
  private static final Set<String> VERBS = Stream.of(
      "أدان", "أدانت", "أدانوا", "دان", "دانت", "شجب", "شجبت", "استنكر", "استنكرت", "ندد", "نددت", "استهجن", "استهجنت",
      "أعرب", "أعربت", "أعربوا", "عبر", "عبرت", "عبروا", "هنأ", "هنأت", "عزى", "عزت", "بعث", "بعثت", "تلقى", "تلقت",
      "تقدم", "تقدمت", "رحب", "رحبت", "رحبوا", "ثمن", "ثمنت", "أشاد", "أشادت", "أثنى", "أثنت")
      .map(TextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

  /** Particles a reaction's verb may follow: "كما أدانت …", "وقد أعرب …", "بدوره، رحب …". */
  private static final Set<String> PARTICLES = Stream.of("قد", "وقد", "فقد", "لقد", "كما", "وكما", "بدوره", "بدورها")
      .map(TextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

  /** Whether the sentence opens with a verb of reacting (its leading "و" or "ف", or a particle, aside). */
  static boolean isReaction(String sentence) {
    List<String> words = Sentences.openingWords(sentence, 2);
    if (words.isEmpty()) return false;
    String first = words.get(0);
    if (PARTICLES.contains(first) && words.size() > 1) first = words.get(1);
    if (VERBS.contains(first)) return true;
    // "وأدانت": the conjunction kept because the verb is not among the openers the conjunction rule knows.
    return (first.charAt(0) == 'و' || first.charAt(0) == 'ف') && VERBS.contains(first.substring(1));
  }
}
