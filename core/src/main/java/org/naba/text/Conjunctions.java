package org.naba.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The conjunction a sentence opens with when it goes on from the sentence before it in its article: "وقال الوزير …",
 * "وفي السياق ذاته، …", "فقد أعلن …". Shown alone, in a summary of several articles, the sentence reads better
 * without it. Arabic writes the conjunction onto the next word, and many words begin with the same letter ("وزير",
 * "وكالة", "فرنسا"), so it is taken off only before a word known to open sentences: a verb of reporting, a preposition,
 * a particle, or one of the words that open news sentences after the conjunction as well as alone (learned from the
 * corpora). A word whose "و" is a root letter ("وصل", "وافق", "وزير") keeps it: its rest opens no sentence.
 */
public final class Conjunctions {
  private Conjunctions() {}

  /**
   * Words a sentence that goes on from the one before opens with, after "و" or "ف", folded: a hand list, and the words
   * that follow the conjunction at the start of sentences in news, derived from the corpora by {@code
   * tools/conjunction-openers.py} ("وقتل", "وارتفع", "وبلغت").
   */
  private static final Set<String> OPENERS = Stream.concat(learned(), Stream.of(
      // verbs of reporting and their feminine and present forms
      "قال", "قالت", "يقول", "تقول", "أضاف", "أضافت", "تابع", "تابعت", "أكد", "أكدت", "أوضح", "أوضحت", "أشار",
      "أشارت", "ذكر", "ذكرت", "نقل", "نقلت", "أفاد", "أفادت", "أعلن", "أعلنت", "كشف", "كشفت", "شدد", "شددت", "بين",
      "بينت", "لفت", "لفتت", "كتب", "كتبت", "نشر", "نشرت", "أظهر", "أظهرت", "اعتبر", "اعتبرت", "رأى", "حذر", "حذرت",
      "أردف", "أردفت", "زاد", "جاء", "جاءت", "يأتي", "تأتي", "كان", "كانت", "يعد", "تعد", "تم", "سجل", "سجلت",
      "يشار", "يذكر", "يضيف", "تضيف", "يرى", "ترى", "أصبح", "أصبحت", "بات", "باتت", "ظل", "ظلت",
      // prepositions, particles, demonstratives
      "في", "من", "على", "عن", "مع", "إلى", "بعد", "قبل", "خلال", "منذ", "حتى", "بحسب", "حسب", "وفقا", "وفق", "رغم",
      "بينما", "لكن", "لكنه", "لكنها", "قد", "لم", "لا", "لن", "إن", "إذا", "كما", "هذا", "هذه", "هو", "هي", "هم",
      "أما", "إثر", "عقب", "بدوره", "بدورها", "تشير", "يشير", "تضم", "يضم", "بذلك", "بهذا", "عند", "عندما", "لدى",
      "ما", "هل", "لو"))
      .map(TextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

  /** The lines of the derived list, read once. */
  private static Stream<String> learned() {
    try (InputStream in = Conjunctions.class.getResourceAsStream("conjunction-openers.txt")) {
      if (in == null) throw new IllegalStateException("conjunction-openers.txt missing from the classpath");
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException("reading conjunction-openers.txt", e);
    }
  }

  /**
   * The sentence without the conjunction it opens with, when the word it is written onto is one of those that open a
   * sentence going on from the one before ("وقال الوزير" → "قال الوزير", "فقد أعلن" → "قد أعلن"); otherwise the sentence
   * as it is ("وزير الخارجية", "فرنسا").
   */
  public static String dropLeading(String sentence) {
    if (sentence.length() < 3) return sentence;
    char c = sentence.charAt(0);
    if (c != 'و' && c != 'ف') return sentence;
    int end = 1;
    // The word's letters and its marks ("وأكّدت"), which the folding drops.
    while (end < sentence.length()
        && (TextNormalizer.isLetter(sentence.charAt(end)) || TextNormalizer.folded(sentence.charAt(end)) == 0)) {
      end++;
    }
    String rest = TextNormalizer.normalize(sentence.substring(1, end));
    if (!OPENERS.contains(rest) || end == sentence.length()) return sentence;
    return sentence.substring(1);
  }
}
