package org.naba.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.naba.text.Media;
import org.naba.text.TextNormalizer;

/**
 * What an outlet prints around the text of every record, learned per site as the run goes, in the
 * {@link BoilerplateMemory} the page cleaners share:
 *
 * <ul>
 *   <li>closing paragraphs repeated on other records of the site and not shaped as prose, as a page's repeated short
 *       lines are ("** جميع المقالات المنشورة تمثل رأي كتابها فقط.", "// انتهى //"), or shaped as prose but closing a
 *       fiftieth of the site's records (an app's promotion under a rule of dashes; a paragraph of background that
 *       follow-ups repeat closes far fewer); a closing line that credits an agency or a paper becomes a credit;
 *   <li>opening paragraphs repeated so and reading as an interface (below): a site's first lines are as often its
 *       dateline or a byline ("عين اليوم – جدة", "عمر إبراهيم – عين اليوم"), which stay;
 *   <li>a run of words glued to the first or last paragraph, when the site opens (or closes) its other records with
 *       the same run and the run reads as an interface, not as prose: a share bar ("شارك من خلال تويتر فيسبوك جوجل
 *       بلس اكتب رأيك أكد …"), a slider's buttons ("Next Previous"), a subscription line ("… ارسل رسالة SMS تبدأ
 *       بالرمز (3) ثم مسافة … Mobily 737221 - Zain"). Scrapers that flatten a page lose the line break that set such
 *       a string apart, so repetition alone cannot tell it from an outlet's formula ("توقعت الرئاسة العامة للأرصاد
 *       …"); the run must also hold an interface phrase ({@link LineEvidence#isUiString}) or be mostly Latin words in
 *       an Arabic text.
 * </ul>
 *
 * <p>Left in, such strings give all of a site's records shared rare words, which tie unrelated articles into one
 * story (100 of Okaz's articles of one crawl batch were one story through their share bar).
 *
 * <p>A run ends where the site's records stop sharing it: at its longest length still opening {@value #RUN_SHARE}
 * of the records its first two words open. Numbers count as one word whatever their digits, so a code that changes
 * from record to record ("بالرمز (3)", "بالرمز (20)") does not cut the run. The earliest records of a site keep
 * their boilerplate: the price of a single pass, as for pages.
 *
 * <p>Thread-safe as its memory is; the records of one site must come in input order for the result to be
 * deterministic.
 */
final class RecordBoilerplate {
  /** Paragraphs looked at from the start and from the end. */
  static final int HEAD_PARAGRAPHS = 2;
  static final int TAIL_PARAGRAPHS = 3;
  /** Longest run of words learned at the start of the first paragraph and at the end of the last. */
  static final int OPENING_WORDS = 16;
  static final int CLOSING_WORDS = 24;
  /** A run is as long as it stays shared by this share of the records its first two words open (or close). */
  static final double RUN_SHARE = 0.8;
  /**
   * Most units left between a removed closing run and the sentence before it that go with the run: the part of the
   * line that changes from record to record (an e-mail address glued to "للتواصل").
   */
  static final int DANGLING_UNITS = 3;

  /** A closing line shaped as prose is boilerplate only when it closes this share of the site's records. */
  static final double PROSE_SHARE = 0.02;
  /**
   * Closing lines that credit a paper or a service: the folded opening, and the words in the line's own spelling
   * after which the name follows ("*نقلاً عن الرؤية الإماراتية", "* خدمة «نيويورك تايمز»", "* بالاتفاق مع «بلومبيرغ»").
   */
  private static final List<CreditForm> CREDIT_FORMS = List.of(new CreditForm("نقلا عن ", " عن "),
      new CreditForm("خدمه ", "خدمة "), new CreditForm("بالاتفاق مع ", " مع "));

  private record CreditForm(String folded, String before) {}
  private static final int CREDIT_UNITS = 6;

  private static final long OPENING = 0x6f70656e696e6701L;
  private static final long CLOSING = 0x636c6f73696e6702L;
  private static final long PARAGRAPH = 0x7061726167726103L;
  private static final long NUMBER = 0x6e756d6265720004L;
  private static final long KICKER = 0x6b69636b65720005L;

  /** Longest section label before a title's slash or bar, in words and in chars ("اقتصادي / …", "بالصور | …"). */
  static final int KICKER_WORDS = 3;
  static final int KICKER_CHARS = 30;

  private final BoilerplateMemory memory;

  RecordBoilerplate(BoilerplateMemory memory) {
    this.memory = Objects.requireNonNull(memory, "memory");
  }

  /**
   * What the memory said of one record's edges, kept from when its paragraphs were split until its own closing lines
   * are read ({@link #observe}, then {@link #strip}).
   */
  static final class Edges {
    private final String[] texts;
    private final long[] hashes;
    private final Words opening;
    private final Words closing;
    private final Map<Long, Integer> repeated;
    private final int kickerEnd;
    private final long kicker;
    /** How many distinct records of the site the memory had seen with this one: read then, not when stripping. */
    private final int sitePages;
    private int arabic = -1;

    private Edges(String[] texts, long[] hashes, Words opening, Words closing,
        Map<Long, Integer> repeated, int kickerEnd, long kicker, int sitePages) {
      this.sitePages = sitePages;
      this.kickerEnd = kickerEnd;
      this.kicker = kicker;
      this.texts = texts;
      this.hashes = hashes;
      this.opening = opening;
      this.closing = closing;
      this.repeated = repeated;
    }

    /** How many earlier records of the site showed this paragraph at their edges; null when too few, or unseen. */
    private Integer repeats(String paragraph) {
      for (int i = 0; i < texts.length; i++) {
        if (texts[i] == paragraph) return repeated.get(hashes[i]);
      }
      return null;
    }

    /** Whether the record is Arabic, read once and only when a Latin run asks. */
    private boolean arabic(List<String> paragraphs) {
      if (arabic < 0) {
        StringBuilder sample = new StringBuilder();
        for (int i = 0; i < paragraphs.size() && sample.length() < SAMPLE_CHARS; i++) sample.append(paragraphs.get(i));
        arabic = TextNormalizer.arabicLetterRatio(sample) >= 0.5 ? 1 : 0;
      }
      return arabic == 1;
    }
  }

  /**
   * Shows the memory the edges of one record of {@code siteKey}, as its paragraphs were split ({@code hashes}: their
   * {@link RecordCleaner#foldedHash}es), and returns what it said of them.
   */
  Edges observe(String siteKey, String title, List<String> paragraphs, List<Long> hashes) {
    int n = paragraphs.size();
    int edges = Math.min(n, HEAD_PARAGRAPHS + TAIL_PARAGRAPHS);
    String[] texts = new String[edges];
    long[] edgeHashes = new long[edges];
    // The hashes shown the memory, distinct by construction: each kind has a salt of its own, each run a length.
    long[] observed = new long[1 + edges + OPENING_WORDS + CLOSING_WORDS];
    int size = 0;
    int kickerEnd = kickerEnd(title);
    long kicker = kickerEnd == 0 ? 0 : RecordCleaner.foldedHash(title.substring(0, kickerEnd)) ^ KICKER;
    if (kickerEnd > 0) observed[size++] = kicker;
    Words opening = null;
    Words closing = null;
    if (n > 0) {
      for (int i = 0, e = 0; i < n; i++) {
        if (i < HEAD_PARAGRAPHS || i >= n - TAIL_PARAGRAPHS) {
          texts[e] = paragraphs.get(i);
          edgeHashes[e] = hashes.get(i) ^ PARAGRAPH;
          observed[size++] = edgeHashes[e++];
        }
      }
      // A run may be a whole first (or last) paragraph when others follow (or precede) it.
      opening = Words.opening(paragraphs.get(0), OPENING_WORDS, n > 1);
      closing = Words.closing(paragraphs.get(n - 1), CLOSING_WORDS, n > 1);
      // Runs longer than two words are counted only once a record before showed the first two: most openings and
      // closings are never repeated, and each run counted is a lookup in the site's table.
      size = opening.runHashes(OPENING, observed, size, memory.seen(siteKey, opening.pairHash(OPENING)));
      size = closing.runHashes(CLOSING, observed, size, memory.seen(siteKey, closing.pairHash(CLOSING)));
    }
    if (size == 0) return new Edges(texts, edgeHashes, opening, closing, Map.of(), kickerEnd, kicker, 0);
    BoilerplateMemory.Observation seen = memory.observeDistinct(siteKey, observed, size);
    Map<Long, Integer> repeated = new HashMap<>();
    for (int i = 0; i < size; i++) if (seen.counts()[i] >= 0) repeated.put(observed[i], seen.counts()[i]);
    return new Edges(texts, edgeHashes, opening, closing, repeated, kickerEnd, kicker, seen.pages());
  }

  /** The title without the section label other titles of the site open with ("عام / …", "اقتصادي / …"). */
  String title(Edges edges, String title) {
    return edges.kickerEnd > 0 && edges.repeated.containsKey(edges.kicker) ? title.substring(edges.kickerEnd) : title;
  }

  /**
   * Where a title's words begin after a section label, set off by a slash or bar and a space: one to three words
   * without digits ("2/ 8" is a date), and at least two words after it; 0 when the title has none.
   */
  static int kickerEnd(String title) {
    int sep = -1;
    for (int i = 0; i < Math.min(title.length(), KICKER_CHARS + 1) && sep < 0; i++) {
      char c = title.charAt(i);
      if (c == '/' || c == '|') sep = i;
      if (Character.isDigit(c)) return 0;
    }
    if (sep < 1 || sep + 1 >= title.length() || !LineEvidence.isSpace(title.charAt(sep + 1))) return 0;
    int labelWords = LineEvidence.units(title.substring(0, sep));
    if (labelWords < 1 || labelWords > KICKER_WORDS) return 0;
    int start = sep + 1;
    while (start < title.length() && LineEvidence.isSpace(title.charAt(start))) start++;
    return LineEvidence.units(title.substring(start)) >= 2 ? start : 0;
  }

  /**
   * Removes, in place, what other records of the site showed often enough at their edges; a closing line of the
   * site's that names an agency or the paper an article is reprinted from ("فرانس24/ أ ف ب", "*نقلاً عن الرؤية
   * الإماراتية") goes to {@code credits} instead. A paragraph or run is taken only while it is still as it was read.
   */
  void strip(Edges edges, List<String> paragraphs, Set<String> credits) {
    int n = paragraphs.size();
    if (n == 0 || edges.repeated.isEmpty()) return;
    // From the end: repeated lines not shaped as prose (or closing a fiftieth of the site's records), back to the text.
    int end = n;
    while (end > 1 && n - end < TAIL_PARAGRAPHS
        && isClosingBoilerplate(paragraphs.get(end - 1), edges.repeats(paragraphs.get(end - 1)), edges.sitePages)) {
      end--;
    }
    // From the start, only what reads as an interface: a site's first lines are often its dateline or byline.
    int start = 0;
    while (start < HEAD_PARAGRAPHS && end - start > 1 && edges.repeats(paragraphs.get(start)) != null
        && readsAsInterface(paragraphs.get(start), Edge.NONE, edges, paragraphs)) {
      start++;
    }
    for (int i = end; i < n; i++) credited(paragraphs.get(i)).ifPresent(credits::add);
    paragraphs.subList(end, n).clear();
    paragraphs.subList(0, start).clear();
    // The longest repeated run that reads as an interface: a run that goes on into a byline the site repeats
    // ("Next Previous عمر إبراهيم – عين اليوم") is cut where the interface ends.
    Words opening = edges.opening;
    if (paragraphs.get(0) == opening.text) {
      String p = opening.text;
      int k = interfaceRun(opening.runLength(OPENING, edges.repeated), j -> p.substring(0, opening.end(j - 1)),
          Edge.LAST, edges, paragraphs);
      if (k > 0) {
        String rest = stripLeadingSeparators(p.substring(opening.end(k - 1)));
        if (!rest.isEmpty()) {
          paragraphs.set(0, rest);
        } else if (paragraphs.size() > 1) {
          paragraphs.remove(0);
        }
      }
    }
    Words closing = edges.closing;
    int at = paragraphs.size() - 1;
    if (paragraphs.get(at) == closing.text) {
      String p = closing.text;
      int k = interfaceRun(closing.runLength(CLOSING, edges.repeated), j -> p.substring(closing.start(j - 1)),
          Edge.FIRST, edges, paragraphs);
      if (k > 0) {
        String rest = withoutDanglingFragment(p.substring(0, closing.start(k - 1)).stripTrailing());
        if (!rest.isEmpty()) {
          paragraphs.set(at, rest);
        } else if (paragraphs.size() > 1) {
          paragraphs.remove(at);
        }
      }
    }
  }

  /**
   * The length of the longest run up to {@code longest} words that reads as an interface, 0 when none does. A
   * shorter run holds no phrase the longest lacks, so the phrases are looked for once; Latin words are counted
   * again for each shorter run only when the longest holds some.
   */
  private static int interfaceRun(int longest, java.util.function.IntFunction<String> run, Edge edge, Edges edges,
      List<String> paragraphs) {
    if (longest < 2) return 0;
    String whole = run.apply(longest);
    if (hasInterfacePhrase(whole)) return longest;
    if (!hasLatinLetter(whole) || !edges.arabic(paragraphs)) return 0;
    for (int k = longest; k >= 2; k--) {
      if (isLatinRun(k == longest ? whole : run.apply(k), edge)) return k;
    }
    return 0;
  }

  private boolean isClosingBoilerplate(String paragraph, Integer otherRecords, int sitePages) {
    if (otherRecords == null) return false;
    int units = LineEvidence.units(paragraph);
    if (LineEvidence.isProseShaped(paragraph, units)) {
      return otherRecords >= 3 * memory.minPages() && otherRecords >= PROSE_SHARE * sitePages;
    }
    return units <= PageAnalyzer.LONG_LINE_UNITS || otherRecords >= 3 * memory.minPages();
  }

  /** The agency a closing line names between slashes or commas, or the paper or service it credits. */
  static Optional<String> credited(String line) {
    String key = TextNormalizer.normalize(line);
    int from = 0;
    while (from < key.length() && (key.charAt(from) == '*' || LineEvidence.isSpace(key.charAt(from)))) from++;
    if (LineEvidence.units(line) <= CREDIT_UNITS) {
      for (CreditForm form : CREDIT_FORMS) {
        if (!key.startsWith(form.folded(), from)) continue;
        int on = line.indexOf(form.before());
        String name = on < 0 ? "" : line.substring(on + form.before().length()).replaceAll("[«»\"*]", "").strip();
        if (!name.isEmpty()) return Optional.of(name);
      }
    }
    for (String part : line.split("[/،,|–—-]")) {
      Optional<String> agency = Media.agency(part.replace("*", ""));
      if (agency.isPresent()) return agency;
    }
    return Optional.empty();
  }

  /** Chars of a record read to tell whether it is Arabic. */
  private static final int SAMPLE_CHARS = 2000;

  /** Which word of a run meets the text it was cut from. */
  enum Edge { FIRST, LAST, NONE }

  /** An interface phrase, or Latin words read as an interface ({@link #isLatinRun}) in an Arabic record. */
  private static boolean readsAsInterface(String run, Edge edge, Edges edges, List<String> paragraphs) {
    return hasInterfacePhrase(run) || hasLatinLetter(run) && edges.arabic(paragraphs) && isLatinRun(run, edge);
  }

  static boolean hasInterfacePhrase(String run) {
    return LineEvidence.isUiString(TextNormalizer.normalize(run), LineEvidence.units(run));
  }

  private static boolean hasLatinLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (LineEvidence.isLatinLetter(s.charAt(i))) return true;
    }
    return false;
  }

  /**
   * Latin words for more than half of the run, the word that meets the text among them (so that "Next Previous عمر"
   * is no run: the byline's first word would go with the buttons).
   */
  static boolean isLatinRun(String run, Edge edge) {
    int latin = 0;
    int words = 0;
    boolean firstLatin = false;
    boolean lastLatin = false;
    boolean inWord = false;
    boolean hasLetter = false;
    boolean hasLatin = false;
    for (int i = 0; i <= run.length(); i++) {
      char c = i < run.length() ? run.charAt(i) : ' ';
      if (LineEvidence.isSpace(c)) {
        if (inWord && hasLetter) {
          if (words == 0) firstLatin = hasLatin;
          lastLatin = hasLatin;
          words++;
          if (hasLatin) latin++;
        }
        inWord = hasLetter = hasLatin = false;
      } else {
        inWord = true;
        if (Character.isLetter(c)) {
          hasLetter = true;
          if (LineEvidence.isLatinLetter(c)) hasLatin = true;
        }
      }
    }
    boolean edgeLatin = switch (edge) {
      case FIRST -> firstLatin;
      case LAST -> lastLatin;
      case NONE -> true;
    };
    return 2 * latin > words && edgeLatin;
  }

  private static String stripLeadingSeparators(String s) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!(LineEvidence.isSpace(c) || c == '-' || c == '–' || c == '—' || c == '|' || c == ':')) break;
      i++;
    }
    return s.substring(i);
  }

  /** The text without the few units after its last sentence end, when they do not end a sentence themselves. */
  private static String withoutDanglingFragment(String s) {
    if (s.isEmpty() || LineEvidence.endsSentence(s)) return s;
    // A sentence ends at a mark followed by a space: the point of an e-mail address ("x@yahoo.com") ends none.
    int end = -1;
    for (int i = s.length() - 2; i >= 0 && end < 0; i--) {
      char c = s.charAt(i);
      if (LineEvidence.isSentenceEnd(c) && LineEvidence.isSpace(s.charAt(i + 1))) end = i;
    }
    String fragment = s.substring(end + 1);
    if (LineEvidence.units(fragment) > DANGLING_UNITS) return s;
    return s.substring(0, end + 1).stripTrailing();
  }

  /**
   * The first (or last) words of a paragraph that hold a letter or digit, with their offsets and folded hashes; a
   * word of digits alone hashes as any number.
   */
  private static final class Words {
    final String text;
    final int[] starts;
    final int[] ends;
    final long[] hashes;
    int size;

    /** Longest run: {@code max} words, read with one more to know whether the paragraph goes on. */
    final int max;
    /** Whether a run may hold all of the paragraph. */
    final boolean whole;

    private Words(String text, int max, boolean whole) {
      this.text = text;
      this.max = max;
      this.whole = whole;
      this.starts = new int[max + 1];
      this.ends = new int[max + 1];
      this.hashes = new long[max + 1];
    }

    static Words opening(String p, int max, boolean whole) {
      Words w = new Words(p, max, whole);
      int i = 0;
      while (w.size <= max && i < p.length()) {
        while (i < p.length() && LineEvidence.isSpace(p.charAt(i))) i++;
        int s = i;
        while (i < p.length() && !LineEvidence.isSpace(p.charAt(i))) i++;
        if (i > s) w.add(p, s, i);
      }
      return w;
    }

    /** The last words, the last first. */
    static Words closing(String p, int max, boolean whole) {
      Words w = new Words(p, max, whole);
      int i = p.length();
      while (w.size <= max && i > 0) {
        while (i > 0 && LineEvidence.isSpace(p.charAt(i - 1))) i--;
        int e = i;
        while (i > 0 && !LineEvidence.isSpace(p.charAt(i - 1))) i--;
        if (e > i) w.add(p, i, e);
      }
      return w;
    }

    private void add(String p, int start, int end) {
      long h = 0xcbf29ce484222325L;
      boolean letters = false;
      boolean any = false;
      for (int i = start; i < end; i++) {
        char c = p.charAt(i);
        if (!TextNormalizer.isLetterOrDigit(c)) continue;
        char f = TextNormalizer.folded(c);
        if (f == 0) continue;
        any = true;
        if (!Character.isDigit(f)) letters = true;
        h = (h ^ f) * 0x100000001b3L;
      }
      if (!any) return;
      starts[size] = start;
      ends[size] = end;
      hashes[size++] = letters ? h : NUMBER;
    }

    /** Words a run may hold: at most {@code max}, and all of the paragraph's only when it may be whole. */
    private int runs() {
      return Math.min(max, whole ? size : size - 1);
    }

    int start(int k) {
      return starts[k];
    }

    int end(int k) {
      return ends[k];
    }

    /** The hash of the run of the first two words; 0 when the paragraph gives no run. */
    long pairHash(long salt) {
      return runs() < 2 ? 0 : ((salt ^ hashes[0]) * 0x100000001b3L ^ hashes[1]) * 0x100000001b3L;
    }

    /**
     * Puts the hash of the run of two words, and with {@code longer} of each longer one up to {@link #runs()}, into
     * {@code out} from {@code at}; returns where they end.
     */
    int runHashes(long salt, long[] out, int at, boolean longer) {
      long h = salt;
      for (int k = 0; k < (longer ? runs() : Math.min(2, runs())); k++) {
        h = (h ^ hashes[k]) * 0x100000001b3L;
        if (k >= 1) out[at++] = h;
      }
      return at;
    }

    /** How many words the repeated run holds: 0 when no run of two words repeats. */
    int runLength(long salt, Map<Long, Integer> repeated) {
      long h = salt;
      int length = 0;
      int pair = 0;
      for (int k = 0; k < runs(); k++) {
        h = (h ^ hashes[k]) * 0x100000001b3L;
        if (k == 0) continue;
        Integer count = repeated.get(h);
        if (count == null) break;
        if (k == 1) pair = count;
        if (count < RUN_SHARE * pair) break;
        length = k + 1;
      }
      return length;
    }
  }
}
