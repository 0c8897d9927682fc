package org.naba.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.HijrahDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure parsing of the dates Arabic news pages print. The text is first folded with {@link TextNormalizer} (so
 * Arabic-Indic digits become ASCII and {@code أ/ة/ى} spelling drift disappears), then these rules apply:
 *
 * <ol>
 *   <li>numeric dates: {@code 2016/9/5} and {@code 2016-09-05} are year-month-day; {@code 05 - 09 - 2016} and
 *       {@code 5/9/2016} are day-month-year, the order used across the Arab world (never US month-first);
 *   <li>month names of both Gregorian series: the Levantine/Iraqi Syriac names (كانون الثاني … كانون الأول) and
 *       the Egyptian/Gulf transliterations (يناير … ديسمبر), also the combined "تشرين الثاني / نوفمبر" form,
 *       Maghrebi (جانفي, فيفري, أوت …) and English names; the year may precede the day, as in the stamp
 *       {@code GMT 07:35 2024 الخميس ,21 تشرين الثاني / نوفمبر};
 *   <li>Hijri dates ({@code 5 ذو الحجة 1437 هـ}) through {@link HijrahDate} (Umm al-Qura), converted to ISO;
 *   <li>a clock time ({@code 07:35}, {@code GMT15:15:16}) within a few characters of the date is attached to it.
 * </ol>
 *
 * <p>Every pattern uses bounded quantifiers only, so a hostile line cannot make the matcher backtrack
 * exponentially. Stateless and thread-safe.
 */
public final class ArabicDates {
  private ArabicDates() {}

  /** Years outside this window are page furniture (phone numbers, prices), not publication dates. */
  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2100;
  /** Work cap: a date is looked for in the first characters of a text only. */
  private static final int MAX_SCAN = 20_000;

  private static final Map<String, Integer> GREGORIAN_MONTHS = new LinkedHashMap<>();
  private static final Map<String, Integer> HIJRI_MONTHS = new LinkedHashMap<>();

  static {
    String[][] gregorian = {
      {"1", "كانون الثاني", "يناير", "جانفي", "January", "Jan"},
      {"2", "شباط", "فبراير", "فيفري", "February", "Feb"},
      {"3", "آذار", "مارس", "March", "Mar"},
      {"4", "نيسان", "أبريل", "ابريل", "إبريل", "أفريل", "April", "Apr"},
      {"5", "أيار", "مايو", "ماي", "May"},
      {"6", "حزيران", "يونيو", "يونية", "جوان", "June", "Jun"},
      {"7", "تموز", "يوليو", "يولية", "جويلية", "July", "Jul"},
      {"8", "آب", "أغسطس", "اغسطس", "أوت", "August", "Aug"},
      {"9", "أيلول", "سبتمبر", "September", "Sep", "Sept"},
      {"10", "تشرين الأول", "أكتوبر", "اكتوبر", "October", "Oct"},
      {"11", "تشرين الثاني", "نوفمبر", "نونبر", "November", "Nov"},
      {"12", "كانون الأول", "ديسمبر", "دجنبر", "December", "Dec"},
    };
    for (String[] row : gregorian) {
      for (int i = 1; i < row.length; i++) GREGORIAN_MONTHS.put(TextNormalizer.normalize(row[i]), Integer.valueOf(row[0]));
    }
    String[][] hijri = {
      {"1", "محرم"},
      {"2", "صفر"},
      {"3", "ربيع الأول", "ربيع الاول"},
      {"4", "ربيع الثاني", "ربيع الآخر"},
      {"5", "جمادى الأولى", "جمادى الاولى"},
      {"6", "جمادى الآخرة", "جمادى الثانية"},
      {"7", "رجب"},
      {"8", "شعبان"},
      {"9", "رمضان"},
      {"10", "شوال"},
      {"11", "ذو القعدة", "ذي القعدة"},
      {"12", "ذو الحجة", "ذي الحجة"},
    };
    for (String[] row : hijri) {
      for (int i = 1; i < row.length; i++) HIJRI_MONTHS.put(TextNormalizer.normalize(row[i]), Integer.valueOf(row[0]));
    }
  }

  private static String alternation(Map<String, Integer> names) {
    List<String> keys = new ArrayList<>(names.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder();
    for (String k : keys) {
      if (!sb.isEmpty()) sb.append('|');
      sb.append(Pattern.quote(k).replace(" ", "\\E[ \\t]{1,3}\\Q"));
    }
    return sb.toString();
  }

  private static final String G = alternation(GREGORIAN_MONTHS);
  private static final String H = alternation(HIJRI_MONTHS);
  private static final String NB = "(?<![\\p{L}\\p{N}])";
  private static final String NA = "(?![\\p{L}\\p{N}])";
  private static final String SEP = "[ \\t]{0,3}[/\\-.][ \\t]{0,3}";

  private static final Pattern YMD =
      Pattern.compile(NB + "(\\d{4})" + SEP + "(\\d{1,2})" + SEP + "(\\d{1,2})" + NA);
  private static final Pattern DMY =
      Pattern.compile(NB + "(\\d{1,2})" + SEP + "(\\d{1,2})" + SEP + "(\\d{4})" + NA);
  /** day, optional "من", month (optionally "month / month"), then optional year. */
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          NB + "(\\d{1,2})[ \\t,،.]{0,3}(?:من[ \\t]{1,3})?(" + G + ")" + NA
              + "(?:[ \\t]{0,3}/[ \\t]{0,3}(?:" + G + ")" + NA + ")?"
              + "(?:[ \\t,،]{0,4}(\\d{4})" + NA + ")?",
          Pattern.CASE_INSENSITIVE);
  /** English order: month day, year. */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(NB + "(" + G + ")[ \\t.]{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]{1,3}(\\d{4})" + NA,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HIJRI =
      Pattern.compile(NB + "(\\d{1,2})[ \\t]{0,3}(" + H + ")" + NA + "[ \\t,،]{0,4}(\\d{4})[ \\t]{0,3}(?:هـ|ه" + NA + ")");
  private static final Pattern YEAR = Pattern.compile(NB + "(\\d{4})" + NA);
  private static final Pattern TIME =
      Pattern.compile("(?<!\\d)([01]?\\d|2[0-3])[:.]([0-5]\\d)(?::([0-5]\\d))?(?!\\d)");

  /**
   * The first plausible publication date in {@code text} (earliest position wins), with the clock time printed
   * next to it when there is one; a date alone is the start of its day.
   */
  public static Optional<LocalDateTime> findPublicationDate(String text) {
    String s = TextNormalizer.normalize(text.length() > MAX_SCAN ? text.substring(0, MAX_SCAN) : text);
    Found best = null;
    best = earlier(best, firstNumeric(s, YMD, 1, 2, 3));
    best = earlier(best, firstNumeric(s, DMY, 3, 2, 1));
    best = earlier(best, firstDayMonth(s));
    best = earlier(best, firstMonthDayYear(s));
    best = earlier(best, firstHijri(s));
    if (best == null) return Optional.empty();
    return Optional.of(best.date.atTime(timeNear(s, best.start, best.end)));
  }

  private record Found(LocalDate date, int start, int end) {}

  private static Found earlier(Found a, Found b) {
    if (a == null) return b;
    if (b == null) return a;
    return b.start < a.start ? b : a;
  }

  private static Optional<LocalDate> date(int y, int m, int d) {
    if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return Optional.empty();
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) { // 31 February and the like: not a date, keep looking
      return Optional.empty();
    }
  }

  private static Found firstNumeric(String s, Pattern p, int yg, int mg, int dg) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      Optional<LocalDate> d =
          date(Integer.parseInt(m.group(yg)), Integer.parseInt(m.group(mg)), Integer.parseInt(m.group(dg)));
      if (d.isPresent()) return new Found(d.get(), m.start(), m.end());
    }
    return null;
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replaceAll("[ \\t]{1,3}", " ");
    Integer m = GREGORIAN_MONTHS.get(key);
    if (m == null) {
      for (Map.Entry<String, Integer> e : GREGORIAN_MONTHS.entrySet()) {
        if (e.getKey().equalsIgnoreCase(key)) return e.getValue();
      }
      return -1;
    }
    return m;
  }

  private static Found firstDayMonth(String s) {
    Matcher m = DAY_MONTH.matcher(s);
    while (m.find()) {
      int month = month(m.group(2));
      int day = Integer.parseInt(m.group(1));
      int year;
      if (m.group(3) != null) {
        year = Integer.parseInt(m.group(3));
      } else {
        // "2024 الخميس ,21 تشرين الثاني": the year printed shortly before the day
        year = yearNear(s, m.start(), m.end());
      }
      Optional<LocalDate> d = date(year, month, day);
      if (d.isPresent()) return new Found(d.get(), m.start(), m.end());
    }
    return null;
  }

  private static int yearNear(String s, int start, int end) {
    Matcher y = YEAR.matcher(s);
    y.region(Math.max(0, start - 30), Math.min(s.length(), end + 30));
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    while (y.find()) {
      int distance = y.start() < start ? start - y.end() : y.start() - end;
      if (distance < bestDistance) {
        best = Integer.parseInt(y.group(1));
        bestDistance = distance;
      }
    }
    return best;
  }

  private static Found firstMonthDayYear(String s) {
    Matcher m = MONTH_DAY_YEAR.matcher(s);
    while (m.find()) {
      Optional<LocalDate> d =
          date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      if (d.isPresent()) return new Found(d.get(), m.start(), m.end());
    }
    return null;
  }

  private static Found firstHijri(String s) {
    Matcher m = HIJRI.matcher(s);
    while (m.find()) {
      Integer month = HIJRI_MONTHS.get(m.group(2).replaceAll("[ \\t]{1,3}", " "));
      if (month == null) continue;
      try {
        LocalDate d =
            LocalDate.from(HijrahDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
        if (d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR) return new Found(d, m.start(), m.end());
      } catch (DateTimeException e) { // outside the Umm al-Qura table or day 30 of a 29-day month
        continue;
      }
    }
    return null;
  }

  /** A clock time within 25 characters of the date, else midnight. */
  private static LocalTime timeNear(String s, int start, int end) {
    Matcher t = TIME.matcher(s);
    t.region(Math.max(0, start - 25), Math.min(s.length(), end + 25));
    while (t.find()) {
      if (t.start() >= start && t.end() <= end) continue; // inside the date itself ("05.09.2016")
      int sec = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
      return LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)), sec);
    }
    return LocalTime.MIDNIGHT;
  }

  /** Whether a folded token is (part of) a Gregorian or Hijri month name. */
  public static boolean isMonthWord(String token) {
    return MONTH_WORDS.contains(token);
  }

  private static final java.util.Set<String> MONTH_WORDS = new java.util.HashSet<>();

  static {
    for (String k : GREGORIAN_MONTHS.keySet()) MONTH_WORDS.addAll(List.of(k.split(" ")));
    for (String k : HIJRI_MONTHS.keySet()) MONTH_WORDS.addAll(List.of(k.split(" ")));
  }

  private static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();

  static {
    WEEKDAYS.put(TextNormalizer.normalize("الأحد"), DayOfWeek.SUNDAY);
    WEEKDAYS.put(TextNormalizer.normalize("الاثنين"), DayOfWeek.MONDAY);
    WEEKDAYS.put(TextNormalizer.normalize("الإثنين"), DayOfWeek.MONDAY);
    WEEKDAYS.put(TextNormalizer.normalize("الثلاثاء"), DayOfWeek.TUESDAY);
    WEEKDAYS.put(TextNormalizer.normalize("الأربعاء"), DayOfWeek.WEDNESDAY);
    WEEKDAYS.put(TextNormalizer.normalize("الخميس"), DayOfWeek.THURSDAY);
    WEEKDAYS.put(TextNormalizer.normalize("الجمعة"), DayOfWeek.FRIDAY);
    WEEKDAYS.put(TextNormalizer.normalize("السبت"), DayOfWeek.SATURDAY);
  }

  /**
   * Days a news text refers to relative to its publication day {@code reference}, in order of first mention,
   * each once. Rules: "أمس" is the day before ("أمس الأول" two days before), "اليوم" the reference day, "غدا" /
   * "غداً" the day after, and a weekday name (الأحد … السبت) the most recent such day on or before the reference,
   * since news reports what happened. A leading conjunction (و, ف) or preposition (ب, ل) is allowed.
   */
  public static List<LocalDate> mentionedDates(String text, LocalDate reference) {
    if (!hasArabicLetter(text)) return List.of(); // every rule here is an Arabic word
    DayScanner days = new DayScanner(reference);
    TextNormalizer.forEachToken(text.length() > MAX_SCAN * 5 ? text.substring(0, MAX_SCAN * 5) : text, days);
    return days.finish();
  }

  /** The folded words the day rules read, and what each means: a day offset, or a weekday. */
  private static final char[][] DAY_WORDS;
  private static final int[] DAY_OFFSETS;
  private static final DayOfWeek[] DAY_WEEKDAYS;
  private static final int YESTERDAY = 0; // أمس: its offset depends on the next word
  private static final char[] FIRST = "الاول".toCharArray(); // أمس الأول: the day before yesterday

  static {
    List<String> words = new ArrayList<>(List.of("امس", "اليوم", "غدا", "غد"));
    List<Integer> offsets = new ArrayList<>(List.of(-1, 0, 1, 1));
    List<DayOfWeek> weekdays = new ArrayList<>(java.util.Collections.nCopies(4, (DayOfWeek) null));
    WEEKDAYS.forEach((w, d) -> {
      words.add(w);
      offsets.add(0);
      weekdays.add(d);
    });
    DAY_WORDS = words.stream().map(String::toCharArray).toArray(char[][]::new);
    DAY_OFFSETS = offsets.stream().mapToInt(Integer::intValue).toArray();
    DAY_WEEKDAYS = weekdays.toArray(DayOfWeek[]::new);
  }

  /** The longest word a day rule reads, with its one-letter prefix. */
  private static final int RULE_WORD_CHARS =
      1 + java.util.Arrays.stream(DAY_WORDS).mapToInt(w -> w.length).max().orElseThrow();

  /**
   * Reads a text's tokens as they come (no token list, no String per token): a word is matched against {@link
   * #DAY_WORDS} only when it is short enough and starts, after an optional و/ف/ب/ل, with ا or غ, as every day word
   * does. "أمس" waits for the next token, which may be "الأول".
   */
  private static final class DayScanner implements TextNormalizer.TokenSink {
    private final LocalDate reference;
    private final LinkedHashSet<LocalDate> out = new LinkedHashSet<>();
    private boolean afterYesterday;

    DayScanner(LocalDate reference) {
      this.reference = reference;
    }

    @Override
    public void token(char[] t, int length) {
      if (afterYesterday) {
        boolean first = length == FIRST.length && java.util.Arrays.equals(t, 0, length, FIRST, 0, length);
        out.add(reference.minusDays(first ? 2 : 1));
        afterYesterday = false;
      }
      if (length > RULE_WORD_CHARS || !mayBeRuleWord(t, length)) return;
      int k = dayWord(t, 0, length);
      if (k < 0 && length > 3 && isPrefix(t[0])) k = dayWord(t, 1, length - 1);
      if (k == YESTERDAY) {
        afterYesterday = true;
      } else if (k >= 0) {
        DayOfWeek d = DAY_WEEKDAYS[k];
        out.add(d == null ? reference.plusDays(DAY_OFFSETS[k]) : reference.with(TemporalAdjusters.previousOrSame(d)));
      }
    }

    List<LocalDate> finish() {
      if (afterYesterday) out.add(reference.minusDays(1));
      return List.copyOf(out);
    }

    private static int dayWord(char[] t, int from, int length) {
      for (int k = 0; k < DAY_WORDS.length; k++) {
        char[] w = DAY_WORDS[k];
        if (w.length == length && java.util.Arrays.equals(w, 0, length, t, from, from + length)) return k;
      }
      return -1;
    }
  }

  private static boolean isPrefix(char c) {
    return c == 'و' || c == 'ف' || c == 'ب' || c == 'ل';
  }

  private static boolean mayBeRuleWord(char[] token, int length) {
    char c = token[0];
    if (c == 'ا' || c == 'غ') return true;
    return length > 1 && isPrefix(c) && (token[1] == 'ا' || token[1] == 'غ');
  }

  private static boolean hasArabicLetter(String text) {
    int n = Math.min(text.length(), MAX_SCAN * 5);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\u0621' && c <= '\u064A') return true;
    }
    return false;
  }
}
