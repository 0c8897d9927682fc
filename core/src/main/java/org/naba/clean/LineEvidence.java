package org.naba.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.naba.text.ArabicDates;
import org.naba.text.TextNormalizer;

/**
 * Pure measurements of one line of page text, the evidence {@link PageAnalyzer} classifies on. The shapes follow
 * jusText (Pomikálek 2011: length, stop-word-free punctuation evidence, link density) and CCNet (Wenzek et al.
 * 2020: repetition), adapted to Arabic punctuation ({@code ، ؛ ؟}) and to WET dumps, where markup is gone.
 * Stateless and thread-safe.
 */
final class LineEvidence {
  private LineEvidence() {}

  static boolean isSpace(char c) {
    if (c > ' ' && c < '\u0085' || c >= '\u0600' && c <= '\u06FF') return false; // fast paths: ASCII, Arabic
    return TextNormalizer.isSpace(c) || c == '\u200B' || c == '\u200F' || c == '\u200E' || c == '\uFEFF';
  }

  /** Trims and collapses every run of (Unicode) spaces to one ASCII space. */
  static String collapse(String s) {
    if (isCollapsed(s)) return s;
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else {
        if (space && !sb.isEmpty()) sb.append(' ');
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isCollapsed(String s) {
    int n = s.length();
    if (n == 0) return true;
    if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) return false;
    boolean prevSpace = false;
    for (int i = 1; i < n - 1; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (prevSpace) return false;
        prevSpace = true;
      } else if (isSpace(c)) {
        return false;
      } else {
        prevSpace = false;
      }
    }
    return true;
  }

  /**
   * A ticker is one line holding many headlines: a WET dump prints a marquee's items separated by runs of two or
   * more spaces (or non-breaking spaces). Four or more such segments of headline length make a ticker; a
   * sentence with one stray double space does not.
   */
  static boolean isTicker(String raw) {
    int segments = 0;
    int segmentWords = 0;
    int maxSegmentWords = 0;
    int spaceRun = 0;
    boolean inWord = false;
    int wordsInSegment = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isSpace(c)) {
        spaceRun++;
        inWord = false;
        if (spaceRun == 2 && wordsInSegment > 0) {
          segments++;
          segmentWords += wordsInSegment;
          maxSegmentWords = Math.max(maxSegmentWords, wordsInSegment);
          wordsInSegment = 0;
        }
      } else {
        spaceRun = 0;
        if (!inWord) wordsInSegment++;
        inWord = true;
      }
    }
    if (wordsInSegment > 0) {
      segments++;
      segmentWords += wordsInSegment;
      maxSegmentWords = Math.max(maxSegmentWords, wordsInSegment);
    }
    return segments >= 4 && segmentWords / segments <= 20 && maxSegmentWords <= 40;
  }

  /** Word-like units: whitespace-separated tokens holding a letter, plus one per two CJK characters. */
  static int units(String s) {
    int words = 0;
    int cjk = 0;
    boolean inWord = false;
    boolean hasLetter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (inWord && hasLetter) words++;
        inWord = false;
        hasLetter = false;
      } else {
        inWord = true;
        if (Character.isLetter(c)) {
          hasLetter = true;
          if (c >= '\u2E80' && (Character.isIdeographic(c) || (c >= '\u3040' && c <= '\u30FF') || (c >= '\uAC00' && c <= '\uD7AF'))) cjk++;
        }
      }
    }
    if (inWord && hasLetter) words++;
    return words + cjk / 2;
  }

  /** Share of non-space characters that are letters: menus of symbols, prices and phone numbers score low. */
  static double letterRatio(String s) {
    int letters = 0;
    int visible = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') continue;
      visible++;
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) letters++;
    }
    return visible == 0 ? 0 : (double) letters / visible;
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '»' || c == '”' || c == '’' || c == ')' || c == ']' || c == '“' || c == '«';
  }

  /** Sentence-final punctuation, looking through closing quotes and brackets: {@code . ! ? ؟ … 。}. */
  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && isClosing(s.charAt(i))) i--;
    return i >= 0 && isSentenceEnd(s.charAt(i));
  }

  /** A mark that ends a sentence: {@code . ! ? ؟ … 。 ！ ？}. */
  static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…' || c == '。' || c == '！' || c == '？';
  }

  /** A letter of the Latin alphabet without marks, either case. */
  static boolean isLatinLetter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  /**
   * jusText's "good" paragraph by its words alone: eight or more units ending like a sentence, or twenty with two
   * or more punctuation marks, or a long run.
   */
  static boolean isProseShaped(String s, int units) {
    if (units >= 8 && endsSentence(s)) return true;
    if (units >= 20 && punctuation(s) >= 2) return true;
    return units >= 35;
  }

  /** Count of in-sentence punctuation marks ({@code , ، ؛ ; : . ؟}), evidence of running prose. */
  static int punctuation(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '،' || c == '؛' || c == ';' || c == ':' || c == '.' || c == '؟' || c == '。' || c == '，') n++;
    }
    return n;
  }

  /** A pull-quote shape: the whole line sits between quotation marks. */
  static boolean isWhollyQuoted(String s) {
    if (s.length() < 8) return false;
    char first = s.charAt(0);
    int end = s.length() - 1;
    while (end > 0 && (s.charAt(end) == '.' || s.charAt(end) == ' ')) end--;
    char last = s.charAt(end);
    return (first == '«' && last == '»') || (first == '"' && last == '"') || (first == '“' && last == '”')
        || (first == '„' && last == '“');
  }

  /** Form fields print as a short label with a required-marker or a colon: "الإسم *", "Security Code*". */
  static boolean isFormField(String s, int units) {
    if (units > 4 || s.isEmpty()) return false;
    char last = s.charAt(s.length() - 1);
    return last == '*' || last == ':' || last == '：';
  }

  /** Bulleted list items survive into WET dumps with their bullet: "- وقف إطلاق النار في أنحاء البلاد". */
  static boolean isBulleted(String s) {
    if (s.length() < 3) return false;
    char c = s.charAt(0);
    return (c == '-' || c == '–' || c == '—' || c == '•' || c == '*' || c == '·' || c == '▪' || c == '●')
        && s.charAt(1) == ' ';
  }

  private static final Pattern SLASHED_CREDIT = Pattern.compile("\\p{L}{2,}/\\p{L}{2,}");
  private static final List<String> PHOTO_PREFIXES =
      List.of("foto", "photo", "bild", "image", "credit", "©", "صوره", "الصوره", "تصوير", "getty", "(foto", "(photo",
          "(صوره", "(الصوره");

  private static final java.util.Set<Character> PHOTO_FIRST = new java.util.HashSet<>();

  static {
    for (String p : PHOTO_PREFIXES) PHOTO_FIRST.add(p.charAt(0));
  }

  /** A photo credit printed under an image: "APA/AFP/Mandel Ngan", "Foto: dpa", "© Reuters", "(صورة: أرشيف)". */
  static boolean isPhotoCredit(String s, String key, int units) {
    if (units > 6) return false;
    if (s.indexOf('©') >= 0) return true;
    if (!key.isEmpty() && PHOTO_FIRST.contains(key.charAt(0))) for (String p : PHOTO_PREFIXES) {
      if (key.startsWith(p)) return true;
    }
    return units <= 5 && s.indexOf('/') > 0 && !endsSentence(s) && SLASHED_CREDIT.matcher(s).find();
  }

  /**
   * Interface strings: comment widgets, share bars, report buttons, cookie and subscription notices. This list
   * only supplements the shape evidence (short line, far from prose) for strings that look like prose.
   */
  private static final List<String> UI_PHRASES =
      List.of(
          "انقر هنا", "اضغط هنا", "شكرا علي", "شكرا لك", "سيتم حجب", "جميع الحقوق", "حقوق النشر", "تابعونا",
          "شارك علي", "شارك عبر", "شارك من خلال", "اكتب رايك", "رساله sms", "ارسل sms", "ارسل لصديق", "اشترك في",
          "النشره البريديه", "تسجيل الدخول", "اترك تعليقا", "اضف تعليق",
          "الابلاغ عن", "لقراءه الخبر", "all rights reserved", "cookie", "newsletter", "subscribe", "sign up",
          "log in", "sign in", "javascript", "advertisement", "share this", "alle rechte vorbehalten",
          "tous droits réservés", "todos los derechos");

  static boolean isUiString(String key, int units) {
    if (units > 16) return false;
    for (String p : UI_PHRASES) {
      if (key.contains(p)) return true;
    }
    return false;
  }

  /** Vocabulary of cookie and consent dialogs, which print long sentences that look like prose. */
  private static final List<String> CONSENT_WORDS =
      List.of("cookie", "consent", "privacy", "tracking", "opt-out", "partner", "personal data", "personenbezogen",
          "datenschutz", "einwilligung", "zustimm", "personalisiert", "werbung", "advertis", "ملفات تعريف الارتباط",
          "الخصوصيه", "سياسه الاستخدام", "données personnelles", "consentement", "publicité");

  /** A consent notice: three or more distinct words of the consent vocabulary in one line. */
  static boolean isConsentNotice(String key) {
    int hits = 0;
    for (String w : CONSENT_WORDS) {
      if (key.contains(w) && ++hits >= 3) return true;
    }
    return false;
  }

  /** Markers that open a block of links to other stories. */
  private static final List<String> RELATED_MARKERS =
      List.of(
          "اقرا ايضا", "اقرا المزيد", "اقرا كذلك", "للمزيد", "وقد يهمك", "قد يهمك", "مواضيع ذات صله", "اخبار ذات صله",
          "اخبار متعلقه", "مقالات ذات صله", "المزيد من الاخبار", "شاهد ايضا", "read more", "read also",
          "related", "see also", "more on this", "more from", "mehr zum thema", "lesen sie auch", "lesen sie mehr",
          "das könnte sie auch", "auch interessant", "lire aussi", "à lire aussi", "a lire aussi", "lee también",
          "leer más", "leia também", "you might also like", "you may also like", "czytaj też", "czytaj także", "læs også", "les også", "läs också", "lees ook");

  private static final String READ = "اقرا";

  /** Chars of a folded marker's head: every marker is at least this long. */
  private static final int HEAD = 4;

  /** The folded heads of the markers, packed into longs and sorted: the cheap test before a line is read further. */
  private static final long[] RELATED_HEADS =
      java.util.stream.Stream.concat(RELATED_MARKERS.stream(), java.util.stream.Stream.of(READ))
          .mapToLong(LineEvidence::head).distinct().sorted().toArray();

  /** The first {@link #HEAD} chars, packed. */
  private static long head(String folded) {
    long h = 0;
    for (int i = 0; i < HEAD; i++) h = h << 16 | folded.charAt(i);
    return h;
  }


  /**
   * Whether a line (as written, not folded) may open with a related marker: its first chars, folded, are the head of
   * one. Folds a few chars only, so that most lines are ruled out without folding the whole of them.
   */
  static boolean mayOpenRelatedMarker(String line) {
    long h = 0;
    int n = 0;
    for (int i = 0; i < line.length() && n < HEAD; i++) {
      char c = TextNormalizer.folded(line.charAt(i));
      if (c == 0) continue;
      h = h << 16 | c;
      n++;
    }
    return n == HEAD && java.util.Arrays.binarySearch(RELATED_HEADS, h) >= 0;
  }

  /**
   * Whether a line opens a block of links to other stories, or is one: the marker alone ("اقرأ أيضاً:"), or with the
   * headline it links to ("للمزيد: …", "اقرأ أيضا| …", "اقرأ: (…)", "اقرأ.. …"). "اقرأ" alone is a marker only
   * before punctuation ("اقرأ هذا المقال مع قهوتك" is prose). {@code key}: the line folded.
   */
  static boolean isRelatedMarker(String key, int units) {
    if (units > 20 || key.length() < HEAD) return false;
    if (java.util.Arrays.binarySearch(RELATED_HEADS, head(key)) < 0) return false;
    for (String p : RELATED_MARKERS) {
      if (key.startsWith(p)) return true;
    }
    if (key.startsWith(READ)) {
      int i = READ.length();
      while (i < key.length() && key.charAt(i) == ' ') i++;
      return i < key.length() && ":.|(-–—".indexOf(key.charAt(i)) >= 0;
    }
    return false;
  }

  /** Headings that open the comments or the next-stories part of a page: the article has ended. */
  private static final List<String> END_MARKERS =
      List.of(
          "التعليقات", "تعليقات", "اضف تعليقك", "اترك تعليقا", "اخبار اخري", "المزيد من", "comments", "comment",
          "leave a reply", "leave a comment", "join the discussion", "kommentare", "kommentar", "ergänzungen",
          "weitere artikel", "commentaires", "réagir", "comentarios", "commenti", "kommentarer", "reacties",
          "komentarze", "yorumlar", "more stories", "more from", "most read", "meistgelesen", "lo más leído");

  private static final java.util.Set<Character> END_FIRST = new java.util.HashSet<>();

  static {
    for (String m : END_MARKERS) END_FIRST.add(m.charAt(0));
  }

  static boolean isEndMarker(String key, int units) {
    if (units > 4 || key.isEmpty() || !END_FIRST.contains(key.charAt(0))) return false;
    for (String m : END_MARKERS) {
      if (key.startsWith(m) && (key.length() == m.length() || !Character.isLetter(key.charAt(m.length())))) return true;
    }
    return false;
  }

  private static final List<String> MORE_LINKS = List.of("mehr", "more", "المزيد", "weiterlesen", "la suite", "leer más");

  /** A teaser that ends in a "more" link: "… Pensionsalter | mehr", "… اقرأ المزيد". */
  static boolean endsInMoreLink(String key) {
    for (String m : MORE_LINKS) {
      if (key.endsWith(m) && key.length() > m.length() + 2) {
        char before = key.charAt(key.length() - m.length() - 1);
        char before2 = key.charAt(key.length() - m.length() - 2);
        if (before == '|' || before2 == '|' || before == '…' || before2 == '…' || before2 == '»' || before == '»') return true;
      }
    }
    return false;
  }

  private static final List<String> CAPTION_CREDITS =
      List.of("bild:", "foto:", "fotos:", "credit:", "photo:", "image:", "picture:", "صوره:", "الصوره:", "تصوير:",
          "© ");

  /** A caption that carries its photo credit: "Spontane Tanzeinlage | Bild: Eva Kirchner-Rätsch/rbb". */
  static boolean carriesPhotoCredit(String key, int units) {
    if (units > 40 || (key.indexOf(':') < 0 && key.indexOf('©') < 0)) return false;
    for (String c : CAPTION_CREDITS) {
      int i = key.indexOf(c);
      if (i > 0) return true;
    }
    return false;
  }

  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "^(?:المصدر|المصادر|مصدر|source|sources|quelle|quellen|fuente|fonte|źródło)[ \\t]{0,3}[:：][ \\t]{0,3}(.{1,60})$",
          Pattern.CASE_INSENSITIVE);

  /** "المصدر: وكالات" closes an article and names its source. */
  static Optional<String> creditLine(String s, int units) {
    if (units > 7 || s.length() > 80 || (s.indexOf(':') < 0 && s.indexOf('：') < 0)) return Optional.empty();
    Matcher m = CREDIT_LINE.matcher(s);
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** Aggregator byline: "نشر في صوت الأمة يوم 05 - 09 - 2016" names the original outlet. */
  private static final Pattern PUBLISHED_IN =
      Pattern.compile("^(?:نشر|نُشر|منشور)[ \\t]{1,3}(?:في|فى|على|علي)[ \\t]{1,3}(.{2,60}?)[ \\t]{1,3}(?:يوم|بتاريخ|في)[ \\t]");

  static Optional<String> publishedIn(String s) {
    if (s.length() < 8 || s.length() > 200 || !(s.startsWith("نشر") || s.startsWith("نُشر") || s.startsWith("منشور"))) {
      return Optional.empty();
    }
    Matcher m = PUBLISHED_IN.matcher(s);
    return m.lookingAt() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  private static final Pattern AUTHOR =
      Pattern.compile("^(?:بقلم|كتب|كتبت|إعداد|اعداد|by|von|par|por|di|door|af|av)[ \\t]{0,3}[:：]?[ \\t]{1,3}(.{3,60})$",
          Pattern.CASE_INSENSITIVE);

  private static final java.util.Set<String> AUTHOR_WORDS =
      java.util.Set.of("بقلم", "كتب", "كتبت", "إعداد", "اعداد", "by", "von", "par", "por", "di", "door", "af", "av");

  static Optional<String> authorLine(String s, int units) {
    if (units > 7 || s.length() > 80) return Optional.empty();
    int space = s.indexOf(' ');
    String first = (space < 0 ? s : s.substring(0, space)).replace(":", "").toLowerCase(java.util.Locale.ROOT);
    if (!AUTHOR_WORDS.contains(first)) return Optional.empty();
    Matcher m = AUTHOR.matcher(s);
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** Words that make up date stamps, folded: weekday and clock words, "published", "updated", GMT. */
  private static final List<String> DATE_WORDS =
      List.of(
          "gmt", "utc", "am", "pm", "uhr", "ت", "غ", "ص", "م", "نشر", "في", "يوم", "تاريخ", "بتاريخ", "اخر",
          "تحديث", "محدث", "الساعه", "منذ", "updated", "published", "posted", "on", "at", "aktualisiert",
          "veröffentlicht", "am", "stand", "publié", "le", "à", "mis", "jour", "الاحد", "الاثنين", "الثلاثاء",
          "الاربعاء", "الخميس", "الجمعه", "السبت", "heute", "online", "seit", "hace", "de", "del");

  /**
   * A timestamp line: a date is printed and nearly every other token is a number or a date word, as in
   * "GMT 07:35 2024 الخميس ,21 تشرين الثاني / نوفمبر" or "22.11.2024 07.57".
   */
  static boolean isTimestamp(String s, List<String> tokens) {
    if (tokens.isEmpty() || tokens.size() > 16) return false;
    if (ArabicDates.findPublicationDate(s).isEmpty() && !CLOCK.matcher(s).find()) return false;
    int dateish = 0;
    for (String t : tokens) {
      if (isNumber(t) || DATE_WORDS.contains(t) || ArabicDates.isMonthWord(t)) dateish++;
    }
    return dateish * 10 >= tokens.size() * 6;
  }

  private static final Pattern CLOCK = Pattern.compile("(?<!\\d)\\d{1,2}[:.]\\d{2}(?!\\d)");

  private static boolean isNumber(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i))) return false;
    }
    return true;
  }

  private static final Pattern UPDATE_STAMP =
      Pattern.compile("[(（\\[][ \\t]{0,2}(?:تحديث|محدث|updated?|aktualisiert|mise à jour)[^()\\[\\]]{0,40}[)）\\]]",
          Pattern.CASE_INSENSITIVE);

  /** Update stamps such as "(تحديث 8:58 ت.غ)" found in the line. */
  static boolean mayHoldUpdateStamp(String s) {
    return s.indexOf('(') >= 0 || s.indexOf('[') >= 0 || s.indexOf('（') >= 0;
  }

  static Matcher updateStamps(String s) {
    return UPDATE_STAMP.matcher(s);
  }
}
