package org.naba.clean;

import java.util.List;
import java.util.Optional;
import org.naba.text.TextNormalizer;

/**
 * News agencies and the datelines that credit them. Arabic wire copy opens with a dateline naming the agency:
 * "دمشق، سوريا (CNN) --", "القاهرة (رويترز) -", "واشنطن - أ ف ب". The agency is the credit of the article; the
 * list holds the agencies Arab outlets cite most, in the spellings they use.
 */
final class Agencies {
  private Agencies() {}

  private static final List<String> NAMES =
      List.of(
          "وكالات", "رويترز", "فرانس برس", "فرانس بريس", "أ ف ب", "أ.ف.ب", "ا ف ب", "أسوشيتد برس", "أ ب", "د ب أ",
          "الأناضول", "سبوتنيك", "شينخوا", "واس", "وام", "قنا", "كونا", "سانا", "بترا", "الجزيرة", "سكاي نيوز",
          "بي بي سي", "CNN", "AFP", "Reuters", "AP", "dpa", "Anadolu");

  /** The agency named in the dateline at the head of a paragraph, if any. */
  static Optional<String> dateline(String paragraph) {
    String head = paragraph.length() > 80 ? paragraph.substring(0, 80) : paragraph;
    int open = head.indexOf('(');
    int close = open < 0 ? -1 : head.indexOf(')', open);
    if (open >= 0 && close > open) {
      String inside = head.substring(open + 1, close).strip();
      Optional<String> agency = agency(inside);
      if (agency.isPresent() && close + 1 < head.length() && isDash(head, close + 1)) return agency;
    }
    return Optional.empty();
  }

  private static boolean isDash(String s, int from) {
    for (int i = from; i < s.length() && i < from + 3; i++) {
      char c = s.charAt(i);
      if (c == '-' || c == '–' || c == '—' || c == ':') return true;
      if (c != ' ') return false;
    }
    return false;
  }

  /** The agency a short text names, in the page's own spelling, when it is one of the known agencies. */
  static Optional<String> agency(String text) {
    String key = TextNormalizer.normalize(text.strip());
    for (String name : NAMES) {
      if (key.equals(TextNormalizer.normalize(name))) return Optional.of(text.strip());
    }
    return Optional.empty();
  }
}
