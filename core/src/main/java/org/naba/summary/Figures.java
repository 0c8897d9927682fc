package org.naba.summary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.naba.model.StoryFigure;
import org.naba.text.TextNormalizer;

/**
 * The counts a story's outlets report and where they disagree: how many were killed, injured or arrested, read from
 * each article's title and lead sentences. A count is a number next to a word that says what it counts — after it
 * ("15 قتيلا", "ثلاثة جرحى", "431 موقوفا") or before it ("مقتل 15 شخصا", "إصابة نحو 20", "القبض على 431", "حصيلة
 * القتلى إلى 15") — in digits, or in words from two to ten
 * (Arabic-Indic ones are folded), in the title and first sentence of the articles of the story's first {@link
 * #WINDOW}. An article's figure of a kind is the largest it gives (a toll "rises to" its latest figure); an outlet's is
 * that of its latest article giving one. Outlets disagree when two gave different figures
 * within {@link #SAME_TIME} of each other: figures days apart are a toll that grew, not a dispute, and so is a
 * higher figure hours after a lower one ({@link #UPDATE_GAP}).
 *
 * <p>Pure and thread-safe.
 */
public final class Figures {
  /**
   * Articles read for figures (those of its first {@link #WINDOW}) from which a story shows a kind of count only when
   * two of them give it: one report among many that names a count is most often about another incident.
   */
  public static final int MANY_REPORTS = 20;
  /** Reports closer than this are about the same moment of the story. */
  public static final Duration SAME_TIME = Duration.ofHours(12);
  /** Characters of a paragraph split into sentences for figures: more than its first sentences need. */
  private static final int HEAD_CHARS = 1200;
  /** Sentences of an article's lead read for figures, after its title: the toll is stated up front. */
  private static final int LEAD_SENTENCES = 1;
  /**
   * Articles read for figures: those of the story's first days. A big story's later articles report other incidents
   * of its topic, whose figures are not its own.
   */
  public static final Duration WINDOW = Duration.ofDays(3);
  /** Words a count may have between its trigger and its number: "مقتل نحو 15", "القبض على 431". */
  private static final Set<String> BETWEEN = Set.of("نحو", "قرابه", "حوالي", "اكثر", "من", "علي", "الي", "ما", "يقارب",
      "اقل", "يزيد", "عن", "لا");

  /** What a count counts, with the words that say so (folded) after its number and before it. */
  public enum Kind {
    KILLED(Set.of("قتيل", "قتيلا", "قتلي", "شهيد", "شهيدا", "شهداء", "ضحيه", "ضحايا", "وفاه", "وفيات", "جثه", "جثث",
        "قتلا"),
        Set.of("مقتل", "قتل", "استشهاد", "مصرع", "وفاه", "مقتلهم", "القتلي", "الضحايا", "الوفيات", "الشهداء")),
    INJURED(Set.of("جريح", "جريحا", "جرحي", "مصاب", "مصابا", "مصابين", "اصابه", "اصابات"),
        Set.of("اصابه", "جرح", "اصيب", "اصابات", "الجرحي", "المصابين", "الاصابات")),
    ARRESTED(Set.of("معتقل", "معتقلا", "معتقلين", "موقوف", "موقوفا", "موقوفين", "مشتبها", "مشتبه", "متهما", "متهمين"),
        Set.of("اعتقال", "توقيف", "القبض", "احتجاز", "ضبط", "المعتقلين", "الموقوفين"));

    final Set<String> after;
    final Set<String> before;

    Kind(Set<String> after, Set<String> before) {
      this.after = after;
      this.before = before;
    }

    /** The kind's name in {@code stories.jsonl}: killed, injured, arrested. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private Figures() {}

  /** The largest count of each kind a text gives. */
  public static Map<Kind, Long> in(String text) {
    Map<Kind, Long> out = new EnumMap<>(Kind.class);
    if (!mayCount(text)) return out;
    List<String> tokens = TextNormalizer.tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      long value = number(tokens.get(i));
      if (value < 0) continue;
      // "ثلاثة عشر": thirteen, read at its second word.
      if (value < 10 && i + 1 < tokens.size() && (tokens.get(i + 1).equals("عشر") || tokens.get(i + 1).equals("عشره"))) {
        continue;
      }
      int first = i; // the number's first word
      if (value == 10 && i > 0 && WORDS.containsKey(tokens.get(i - 1)) && WORDS.get(tokens.get(i - 1)) < 10) {
        value += WORDS.get(tokens.get(i - 1));
        first = i - 1;
      }
      Kind kind = null;
      // The word right after the number ("15 قتيلا"), as written: "3 وإصابة 20" starts another count with "و".
      if (i + 1 < tokens.size()) kind = byWord(tokens.get(i + 1), true);
      // A trigger before it, with at most two words between ("مقتل نحو 15", "القبض على 431").
      for (int back = 1; kind == null && back <= 3 && first - back >= 0; back++) {
        String w = bare(tokens.get(first - back));
        kind = byWord(w, false);
        if (kind == null && !BETWEEN.contains(w)) break;
      }
      if (kind != null) out.merge(kind, value, Math::max);
    }
    return out;
  }

  /** Stems of the count words {@link #WORDS} holds, as written (hamza or not): one must appear for a count in words. */
  private static final List<String> WORD_STEMS =
      List.of("اثن", "إثن", "ثلاث", "أربع", "اربع", "خمس", " ست", "وست", "سبع", "ثمان", "تسع", "عشر");

  /**
   * Whether a text may hold a count: a digit, or the stem of a count word. Most sentences have neither, and this
   * spares them tokenising.
   */
  private static boolean mayCount(String text) {
    for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) return true;
    for (String stem : WORD_STEMS) if (text.contains(stem)) return true;
    return text.startsWith("ست");
  }

  private static Kind byWord(String w, boolean after) {
    for (Kind k : Kind.values()) if ((after ? k.after : k.before).contains(w)) return k;
    return null;
  }

  /** A folded word without a conjunction or preposition written onto it ("ومقتل" → "مقتل", "بمقتل" → "مقتل"). */
  private static String bare(String w) {
    if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) w = w.substring(1);
    if (w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل')) {
      String rest = w.substring(1);
      for (Kind k : Kind.values()) if (k.before.contains(rest) || k.after.contains(rest)) return rest;
    }
    return w;
  }

  /** Counts written as words (folded), two to ten and twelve, in both genders and cases: "ثلاثة قتلى". */
  private static final Map<String, Long> WORDS = Map.ofEntries(
      Map.entry("اثنان", 2L), Map.entry("اثنين", 2L), Map.entry("ثلاثه", 3L),
      Map.entry("ثلاث", 3L), Map.entry("اربعه", 4L), Map.entry("اربع", 4L),
      Map.entry("خمسه", 5L), Map.entry("خمس", 5L), Map.entry("سته", 6L),
      Map.entry("ست", 6L), Map.entry("سبعه", 7L), Map.entry("سبع", 7L),
      Map.entry("ثمانيه", 8L), Map.entry("ثماني", 8L), Map.entry("تسعه", 9L),
      Map.entry("تسع", 9L), Map.entry("عشره", 10L), Map.entry("عشر", 10L));

  /**
   * A count in digits, or in words from two to ten ("و9", "وثلاثة": and 9, and three), or -1: not a year (1900–2100),
   * not over a million.
   */
  private static long number(String token) {
    if (token.length() > 1 && token.charAt(0) == 'و') {
      Long word = WORDS.get(token.substring(1));
      if (word != null) return word;
      token = token.substring(1);
    }
    Long word = WORDS.get(token);
    if (word != null) return word;
    if (token.isEmpty() || token.length() > 7) return -1;
    for (int i = 0; i < token.length(); i++) if (token.charAt(i) < '0' || token.charAt(i) > '9') return -1;
    long v = Long.parseLong(token);
    if (v == 0 || (token.length() == 4 && v >= 1900 && v <= 2100) || v > 1_000_000) return -1;
    return v;
  }

  /**
   * The figures of a story's articles (in the story's order; copies are left out), each kind that some
   * outlet counted, in {@link Kind} order; none for a story of fewer than two outlets, which has nothing to compare.
   */
  public static List<StoryFigure> compare(List<SummaryInput> members) {
    // A copy reports what its original does.
    List<SummaryInput> articles = members.stream().filter(a -> !a.copy()).toList();
    // Figures are compared between outlets: a story one outlet reported has no comparison to make.
    if (articles.stream().map(SummaryInput::outlet).filter(o -> !o.isEmpty()).distinct().count() < 2) return List.of();
    // Kind → outlet → its latest report.
    Map<Kind, Map<String, StoryFigure.Report>> latest = new EnumMap<>(Kind.class);
    Map<Kind, List<StoryFigure.Report>> all = new EnumMap<>(Kind.class);
    Instant start = articles.stream().map(SummaryInput::time).min(Comparator.naturalOrder()).orElse(Instant.MAX);
    int read = 0;
    for (SummaryInput a : articles) {
      if (a.outlet().isEmpty()) continue;
      if (!start.equals(Instant.MAX) && !a.time().equals(Instant.MAX) && a.time().isAfter(start.plus(WINDOW))) continue;
      read++;
      Map<Kind, Long> found = new EnumMap<>(Kind.class);
      List<String> sentences = new ArrayList<>();
      sentences.add(a.title());
      int n = 0;
      for (String p : a.paragraphs()) {
        // The head of the paragraph only: a record's text is often one paragraph of thousands of words.
        for (String s : Sentences.split(p.length() > HEAD_CHARS ? p.substring(0, HEAD_CHARS) : p)) {
          if (n++ >= LEAD_SENTENCES) break;
          sentences.add(s);
        }
        if (n >= LEAD_SENTENCES) break;
      }
      for (String s : sentences) in(s).forEach((k, v) -> found.merge(k, v, Math::max));
      Optional<Instant> time = a.time().equals(Instant.MAX) ? Optional.empty() : Optional.of(a.time());
      found.forEach((k, v) -> {
        StoryFigure.Report r = new StoryFigure.Report(a.outlet(), v, a.id(), time);
        latest.computeIfAbsent(k, x -> new LinkedHashMap<>()).put(a.outlet(), r);
        all.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
      });
    }
    List<StoryFigure> out = new ArrayList<>();
    // A count one report among many gives is most often another incident's, named in passing (nine killed in a
    // strike, in a story of the Iran deal's end; 157 dead in the Eid notices): the story's own toll is in several.
    int needed = read >= MANY_REPORTS ? 2 : 1;
    for (Map.Entry<Kind, Map<String, StoryFigure.Report>> e : latest.entrySet()) {
      if (all.get(e.getKey()).size() < needed) continue;
      List<StoryFigure.Report> reports = new ArrayList<>(e.getValue().values());
      reports.sort(Comparator.comparing((StoryFigure.Report r) -> r.time().orElse(Instant.MAX))
          .thenComparing(StoryFigure.Report::article));
      out.add(new StoryFigure(e.getKey().key(), reports, disputed(all.get(e.getKey()))));
    }
    return out;
  }

  /**
   * A higher figure more than this after another outlet's lower one is the toll grown since ("13 قتيلا" in the
   * morning, "19 قتيلا" in the evening), not a dispute; closer together, two figures are two versions of one moment.
   */
  public static final Duration UPDATE_GAP = Duration.ofHours(2);

  /**
   * Whether two outlets gave different figures within {@link #SAME_TIME} of each other (undated: never): the later
   * figure is the lower, or came within {@link #UPDATE_GAP} of the other. A later, higher one is the toll grown.
   */
  static boolean disputed(List<StoryFigure.Report> reports) {
    for (int i = 0; i < reports.size(); i++) {
      for (int j = i + 1; j < reports.size(); j++) {
        StoryFigure.Report a = reports.get(i);
        StoryFigure.Report b = reports.get(j);
        if (a.outlet().equals(b.outlet()) || a.value() == b.value()) continue;
        if (a.time().isEmpty() || b.time().isEmpty()) continue;
        boolean aFirst = !a.time().get().isAfter(b.time().get());
        StoryFigure.Report earlier = aFirst ? a : b;
        StoryFigure.Report later = aFirst ? b : a;
        Duration gap = Duration.between(earlier.time().get(), later.time().get());
        if (gap.compareTo(SAME_TIME) > 0) continue;
        if (later.value() > earlier.value() && gap.compareTo(UPDATE_GAP) > 0) continue;
        return true;
      }
    }
    return false;
  }
}
