package org.naba.text;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * News media by the names Arabic text writes them: the agencies and channels outlets credit ("رويترز", "فرانس برس",
 * "بي بي سي", "سكاي نيوز عربية"). A dateline credits one of the {@link #isAgency agencies}; a story's names leave out a
 * medium it only credits ({@link #within}): "قال لبي بي سي" makes the BBC no party to the story.
 *
 * <p>Some media share their name with a place or a word ("الجزيرة", an island; "بترا", Petra; "قنا", a city in Egypt;
 * "الأناضول", Anatolia; the papers "الشرق الأوسط", "الرياض", "الوطن"): those are media only where a name is tagged as an
 * organisation, never inside a longer name.
 * "فرانس" alone is France 24 or Agence France-Presse cut short, but it ends "تور دو فرانس" and "إير فرانس", so it
 * counts only standing alone.
 */
public final class Media {
  private Media() {}

  /** The agencies (and channels) Arab outlets credit most, in the spellings they use: what a dateline credits. */
  private static final List<String> AGENCIES = List.of(
      "وكالات", "رويترز", "فرانس برس", "فرانس بريس", "أ ف ب", "أ.ف.ب", "ا ف ب", "أسوشيتد برس", "أ ب", "د ب أ",
      "الأناضول", "سبوتنيك", "شينخوا", "واس", "وام", "قنا", "كونا", "سانا", "بترا", "الجزيرة", "سكاي نيوز",
      "بي بي سي", "CNN", "AFP", "Reuters", "AP", "dpa", "Anadolu");

  private static final Set<String> AGENCY_KEYS = folded(AGENCIES.stream());

  /** More media a text names: channels, sites and agencies, in the spellings outlets use. */
  private static final List<String> MORE = List.of(
      "سكاي نيوز عربية", "بي بي سي عربي", "بي.بي.سي", "سي إن إن", "سي ان ان", "سي.إن.إن", "فرانس 24", "فرانس24",
      "روسيا اليوم", "يورونيوز", "أسوشيتيد برس", "أسوشييتد برس", "أسوشيتدبرس", "بلومبرغ", "بلومبيرغ", "إرنا",
      "إنترفاكس", "نوفوستي", "يونهاب", "كيودو", "العربية نت", "العربية.نت", "الجزيرة نت", "BBC", "Sky News",
      "France 24", "Bloomberg");

  /**
   * Papers whose names are words or places too ("الشرق الأوسط", the region; "الرياض", the city; "الوطن", "اليوم"):
   * media only as the whole of a name tagged as an organisation ("قال لـ«الشرق الأوسط»").
   */
  private static final List<String> PAPERS = List.of("الشرق الأوسط", "عكاظ", "الرياض", "الوطن", "المدينة", "اليوم",
      "الحياة", "الاقتصادية", "سبق", "الوئام", "الخليج", "الأهرام", "النهار", "الشروق", "الراية", "القدس العربي");

  /** Media whose name is also a place or a word: one only where the tagger takes the name for an organisation. */
  private static final Set<String> AMBIGUOUS = folded(Stream.concat(Stream.of("الجزيرة", "الأناضول", "قنا", "بترا",
      "وام", "واس", "سانا", "كونا", "أ ب", "AP", "وكالات", "فرانس"), PAPERS.stream()));

  private static final Set<String> MEDIA = folded(Stream.of(AGENCIES.stream(), MORE.stream(), PAPERS.stream(),
      Stream.of("فرانس")).flatMap(x -> x));

  /** The heads that make a name a medium's whole: "صحيفة الغارديان", "وكالة الأنباء السعودية". */
  private static final List<String> HEADS = List.of("صحيفة ", "جريدة ", "مجلة ", "وكالة الأنباء", "وكالة أنباء")
      .stream().map(TextNormalizer::normalize).toList();

  /** One-letter proclitics a medium is written behind: "لرويترز" (to Reuters), "وبي بي سي". */
  private static final String PROCLITICS = "لوب";

  /** Proclitics before a medium a title is about: "و" and "ب", not the addressee's "ل". */
  private static final String ADDRESSED = "وب";

  /** The agency a short text names, in the text's own spelling, when it is one a dateline may credit. */
  public static Optional<String> agency(String text) {
    String s = text.strip();
    return isAgency(TextNormalizer.normalize(s)) ? Optional.of(s) : Optional.empty();
  }

  /** Whether a folded word or words are an agency a dateline may credit ("رويترز", "فرانس برس", "واس"). */
  public static boolean isAgency(String folded) {
    return AGENCY_KEYS.contains(folded);
  }

  /**
   * The medium a name is, or holds at one of its edges ("لبي بي سي", "مراسل رويترز", "الفيفا لبي بي سي": the tagger
   * took in the addressee), folded; empty when it holds none. {@code type} is the tagger's (PERS, LOC, ORG, MISC);
   * {@code outlets} are further media by name, folded (the outlets of the articles read), each a medium only as the
   * whole of a name tagged as an organisation (an outlet's name may be a city's: "الرياض", "المدينة").
   */
  public static Optional<String> within(String name, String type, Collection<String> outlets) {
    String folded = TextNormalizer.normalize(name).strip();
    if (folded.isEmpty()) return Optional.empty();
    for (String head : HEADS) {
      if (folded.startsWith(head) && folded.length() > head.length()) return Optional.of(folded);
    }
    boolean organisation = type.equals("ORG");
    String whole = withoutProclitic(folded, organisation, outlets);
    if (whole != null) return Optional.of(whole);
    // At an edge: the first or last words, the preposition before them kept off ("مذيعة في بي بي سي").
    String[] words = folded.split(" ");
    for (int k = 1; k < words.length; k++) {
      String head = String.join(" ", List.of(words).subList(0, k));
      String tail = String.join(" ", List.of(words).subList(k, words.length));
      if (edgeMedium(head)) return Optional.of(head);
      String t = tail.startsWith("في ") ? tail.substring(3) : tail;
      String m = withoutProclitic(t, false, List.of());
      if (m != null) return Optional.of(m);
    }
    return Optional.empty();
  }

  /**
   * The name without the medium it ends with as the addressee ("محمد صلاح لـCNN" → "محمد صلاح": an interview's title
   * tagged whole); the name itself when it ends otherwise.
   */
  public static String withoutAddressee(String name) {
    String[] words = name.strip().split(" +");
    for (int k = 1; k < words.length; k++) {
      String tail = TextNormalizer.normalize(String.join(" ", List.of(words).subList(k, words.length)));
      if (tail.length() > 2 && tail.charAt(0) == 'ل' && edgeMedium(tail.substring(1))) {
        return String.join(" ", List.of(words).subList(0, k));
      }
    }
    return name;
  }

  /**
   * Whether folded text names {@code medium} (folded) as a word or words of its own, bare or behind "و" or "ب", not
   * as the addressee behind "ل" ("محمد صلاح لـCNN" names CNN only as the one told).
   */
  public static boolean named(String foldedText, String medium) {
    int from = 0;
    while (true) {
      int i = foldedText.indexOf(medium, from);
      if (i < 0) return false;
      int end = i + medium.length();
      boolean startsWord = i == 0 || !TextNormalizer.isLetterOrDigit(foldedText.charAt(i - 1))
          || i >= 1 && ADDRESSED.indexOf(foldedText.charAt(i - 1)) >= 0
              && (i == 1 || !TextNormalizer.isLetterOrDigit(foldedText.charAt(i - 2)));
      boolean endsWord = end == foldedText.length() || !TextNormalizer.isLetterOrDigit(foldedText.charAt(end));
      if (startsWord && endsWord) return true;
      from = i + 1;
    }
  }

  /** The medium {@code folded} is, behind a one-letter proclitic or not; null when it is none. */
  private static String withoutProclitic(String folded, boolean organisation, Collection<String> outlets) {
    if (isMedium(folded, organisation, outlets)) return folded;
    if (folded.length() > 2 && PROCLITICS.indexOf(folded.charAt(0)) >= 0) {
      String rest = folded.substring(1);
      if (isMedium(rest, organisation, outlets)) return rest;
    }
    return null;
  }

  /** An outlet's name may be a place's or a word's too ("الرياض", "المدينة"): it is a medium only as an organisation. */
  private static boolean isMedium(String folded, boolean organisation, Collection<String> outlets) {
    if (organisation && outlets.contains(folded)) return true;
    return MEDIA.contains(folded) && (organisation || !AMBIGUOUS.contains(folded));
  }

  private static boolean edgeMedium(String folded) {
    return MEDIA.contains(folded) && !AMBIGUOUS.contains(folded);
  }

  private static Set<String> folded(Stream<String> names) {
    return names.map(TextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
  }
}
