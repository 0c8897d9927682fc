package org.naba.clean;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.naba.model.Quote;
import org.naba.text.ArabicDates;
import org.naba.text.Datelines;
import org.naba.text.TextNormalizer;

/**
 * The boilerplate classifier shared by the text and the HTML cleaner: blocks in, articles out. Pure and
 * thread-safe (all state lives in one call; the only shared object is the thread-safe {@link BoilerplateMemory}).
 *
 * <p>The passes, in order:
 *
 * <ol>
 *   <li><b>Line evidence</b> ({@link LineEvidence}): tickers, form fields, timestamps, bylines, credit lines,
 *       interface strings, photo credits, link density (HTML) and lines the site repeats on other pages
 *       ({@link BoilerplateMemory}) are boilerplate or metadata; a line is <i>prose</i> when it is long and
 *       punctuated like a sentence (jusText's "good" class), otherwise <i>short</i>.
 *   <li><b>Echoes</b>: a pull-quote followed by short name lines becomes a {@link Quote}; a short line printed
 *       twice in a row is an image's alt text and caption; any block printed again later is dropped.
 *   <li><b>Regions</b>: the page is cut into segments after each credit line ("المصدر: وكالات" ends an article);
 *       in a segment, prose lines separated by fewer than {@value #MAX_GAP} short lines (and, in text dumps, by
 *       fewer than {@value #BLANK_BREAK} blank lines) form a region; runs of short lines longer than that are link
 *       or headline lists. Teaser lists (stand-alone prose between headlines) are trimmed off a region's edges;
 *       in a DOM, prose in another kind of element at a region's end is cut (comment policies, author boxes);
 *       after an end marker ("التعليقات", "Comments") regions weigh a third. The heaviest region wins, with the
 *       regions at least {@value #KEEP_SHARE} as heavy; a second segment becomes a second article when it holds
 *       at least {@value #SECOND_ARTICLE_SHARE} of the heaviest one's prose.
 *   <li><b>Assembly</b>: the headline is the title-like line just above the region's first prose line (or the
 *       markup's, or a dump's first line when the page echoes it); short lines inside the region are
 *       subheadings; bulleted highlights right after it are kept; update stamps, quotations, credits and the
 *       days the text mentions are collected.
 * </ol>
 */
final class PageAnalyzer {
  static final int MAX_GAP = 4;
  static final int BLANK_BREAK = 3;
  static final double KEEP_SHARE = 0.3;
  /** Work cap per line: text beyond this many characters is not analysed (a 50 MB line must not hang a run). */
  static final int MAX_LINE_CHARS = 100_000;
  /** A second article on a page needs this much prose, relative to the page's heaviest article. */
  static final double SECOND_ARTICLE_SHARE = 0.3;
  static final int MIN_ARTICLE_CHARS = 250;
  static final int MAX_WARNINGS = 20;
  /** Lines longer than this need three times the cross-page evidence to count as boilerplate. */
  static final int LONG_LINE_UNITS = 30;

  /** What the markup (or the caller) already knows about the page. */
  record Hints(
      Optional<String> title,
      Optional<OffsetDateTime> published,
      Optional<String> outlet,
      Optional<String> author,
      boolean firstLineMayBeTitle) {
    Hints {
      Objects.requireNonNull(title);
      Objects.requireNonNull(published);
      Objects.requireNonNull(outlet);
      Objects.requireNonNull(author);
    }
  }

  enum Kind { BLANK, BOILER, PROSE, SHORT, LIST, CREDIT, META, RELATED, END, CAPTION, DUP, SPEAKER }

  private static final class Line {
    final int index;
    final Block.Tag tag;
    final double linkDensity;
    int container;
    String text;
    final String key;
    final long hash;
    private List<String> tokens;
    final int units;
    Kind kind = Kind.SHORT;

    Line(int index, String text, Block.Tag tag, double linkDensity) {
      this.index = index;
      this.text = text;
      this.tag = tag;
      this.linkDensity = linkDensity;
      this.key = TextNormalizer.normalize(text);
      this.hash = BoilerplateMemory.hash(key);
      this.units = LineEvidence.units(text);
    }

    List<String> tokens() {
      if (tokens == null) tokens = text.isEmpty() ? List.of() : TextNormalizer.tokens(text);
      return tokens;
    }

    boolean gone() {
      return kind == Kind.DUP || kind == Kind.SPEAKER || kind == Kind.BLANK;
    }
  }

  private final BoilerplateMemory memory;

  PageAnalyzer(BoilerplateMemory memory) {
    this.memory = Objects.requireNonNull(memory, "memory");
  }

  CleanedPage analyze(List<Block> blocks, String siteKey, Optional<OffsetDateTime> knownDate, Hints hints) {
    List<String> warnings = new ArrayList<>();
    List<Line> lines = new ArrayList<>(blocks.size());
    String outlet = null;
    for (Block b : blocks) {
      String raw = b.text();
      if (raw.length() > MAX_LINE_CHARS) {
        warn(warnings, "line " + lines.size() + " clipped from " + raw.length() + " to " + MAX_LINE_CHARS + " chars");
        raw = raw.substring(0, MAX_LINE_CHARS);
      }
      boolean ticker = b.tag() == Block.Tag.TEXT && raw.length() > 80 && LineEvidence.isTicker(raw);
      String text = LineEvidence.collapse(raw);
      Line l = new Line(lines.size(), text, text.isEmpty() ? Block.Tag.BLANK : b.tag(), b.linkDensity());
      l.container = b.container();
      if (text.isEmpty()) l.kind = Kind.BLANK;
      else if (ticker) l.kind = Kind.BOILER;
      lines.add(l);
    }
    // Pass 1: line evidence.
    List<Long> hashes = new ArrayList<>();
    for (Line l : lines) if (l.kind != Kind.BLANK) hashes.add(l.hash);
    Map<Long, Integer> repeated = memory.observe(siteKey, hashes);
    Map<Integer, String> creditAt = new HashMap<>();
    String author = null;
    Optional<LocalDateTime> metaDate = Optional.empty();
    for (Line l : lines) {
      if (l.kind != Kind.SHORT) continue;
      Integer otherPages = repeated.get(l.hash);
      boolean boilerplate =
          otherPages != null && (l.units <= LONG_LINE_UNITS || otherPages >= 3 * memory.minPages());
      classify(l, boilerplate);
      if (l.kind == Kind.META) {
        Optional<String> in = LineEvidence.publishedIn(l.text);
        if (in.isPresent() && outlet == null) outlet = in.get();
        Optional<String> a = LineEvidence.authorLine(l.text, l.units);
        if (a.isPresent() && author == null) author = a.get();
        if (metaDate.isEmpty()) {
          metaDate = ArabicDates.findPublicationDate(l.text);
        }
      } else if (l.kind == Kind.CREDIT) {
        LineEvidence.creditLine(l.text, l.units).ifPresent(c -> creditAt.put(l.index, c));
      }
    }
    // Pass 2: echoes.
    Map<Integer, Quote> quoteAt = new HashMap<>();
    findPullQuotes(lines, quoteAt);
    List<Integer> captionLines = new ArrayList<>();
    findCaptions(lines, captionLines);
    dropRepeats(lines);
    suppressRelated(lines);
    // Pass 3: regions per segment.
    List<List<int[]>> articles = new ArrayList<>();
    List<int[]> segments = segments(lines);
    int heaviest = 0;
    List<Integer> masses = new ArrayList<>();
    for (int[] seg : segments) {
      List<int[]> regions = regions(lines, seg[0], seg[1]);
      articles.add(regions);
      int m = 0;
      for (int[] r : regions) m += r[2];
      masses.add(m);
      heaviest = Math.max(heaviest, m);
    }
    List<CleanArticle> out = new ArrayList<>();
    ZoneOffset offset = knownDate.map(OffsetDateTime::getOffset).orElse(ZoneOffset.UTC);
    Optional<OffsetDateTime> fromText = metaDate.map(d -> d.atOffset(offset));
    Optional<OffsetDateTime> published = hints.published().or(() -> fromText).or(() -> knownDate);
    boolean first = true;
    for (int s = 0; s < segments.size(); s++) {
      List<int[]> regions = articles.get(s);
      if (regions.isEmpty() || masses.get(s) < SECOND_ARTICLE_SHARE * heaviest) continue;
      if (!first && masses.get(s) < MIN_ARTICLE_CHARS) continue;
      int[] seg = segments.get(s);
      out.add(assemble(lines, seg, regions, first, hints, published, outlet, author, creditAt, quoteAt,
          captionLines));
      first = false;
    }
    if (out.isEmpty()) warn(warnings, "no article text found");
    return new CleanedPage(out, warnings);
  }

  private static void warn(List<String> warnings, String w) {
    if (warnings.size() < MAX_WARNINGS) warnings.add(w.length() > 200 ? w.substring(0, 200) : w);
  }

  private static void classify(Line l, boolean repeatedOnSite) {
    String t = l.text;
    double letters = LineEvidence.letterRatio(t);
    if (l.tag == Block.Tag.CAPTION) {
      // a figcaption is a caption whatever it says ("Quelle: dpa" under a photo credits the photo)
      l.kind = Kind.CAPTION;
    } else if (LineEvidence.creditLine(t, l.units).isPresent()) {
      l.kind = Kind.CREDIT;
    } else if (LineEvidence.publishedIn(t).isPresent() || LineEvidence.authorLine(t, l.units).isPresent()
        || (l.units <= 16 && hasDigit(t) && LineEvidence.isTimestamp(t, l.tokens()))) {
      l.kind = Kind.META;
    } else if (repeatedOnSite || l.units == 0 || letters < 0.5 || LineEvidence.isFormField(t, l.units)
        || LineEvidence.isUiString(l.key, l.units) || LineEvidence.isPhotoCredit(t, l.key, l.units)
        || (l.units >= 8 && LineEvidence.isConsentNotice(l.key))
        || (l.linkDensity > 0.66 && l.tag != Block.Tag.HEADLINE)) {
      l.kind = Kind.BOILER;
    } else if (LineEvidence.isRelatedMarker(l.key, l.units)) {
      l.kind = Kind.RELATED;
    } else if (LineEvidence.isEndMarker(l.key, l.units)) {
      l.kind = Kind.END;
    } else if (LineEvidence.endsInMoreLink(l.key)) {
      l.kind = Kind.BOILER;
    } else if (LineEvidence.carriesPhotoCredit(l.key, l.units)) {
      l.kind = Kind.CAPTION;
    } else if (isProse(l)) {
      l.kind = Kind.PROSE;
    } else if ((LineEvidence.isBulleted(t) || l.tag == Block.Tag.LIST_ITEM) && l.units >= 3 && l.linkDensity < 0.3) {
      l.kind = Kind.LIST;
    } else {
      l.kind = Kind.SHORT;
    }
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) return true;
    }
    return false;
  }

  /**
   * jusText's "good" paragraph, by shape only: eight or more words ending like a sentence, or twenty words of
   * text with two or more punctuation marks, or a long run; link-heavy blocks never qualify.
   */
  private static boolean isProse(Line l) {
    if (l.linkDensity > 0.5) return false;
    if (l.tag == Block.Tag.HEADLINE) return false;
    // a heading written as a sentence ("1. Evergrande besaß mehr als 1300 Immobilienprojekte.") is slide text
    if (l.tag == Block.Tag.HEADING) return l.units >= 8 && LineEvidence.endsSentence(l.text);
    return LineEvidence.isProseShaped(l.text, l.units);
  }

  private static boolean titleLike(Line l) {
    return l.kind == Kind.SHORT && l.units >= 2 && l.units <= 30
        && !l.text.endsWith(".") && LineEvidence.letterRatio(l.text) >= 0.6;
  }

  private static int nextVisible(List<Line> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).kind != Kind.BLANK) return i;
    }
    return -1;
  }

  /** A wholly quoted line followed by one or two short unpunctuated lines: name and role of the speaker. */
  private static void findPullQuotes(List<Line> lines, Map<Integer, Quote> quoteAt) {
    for (Line l : lines) {
      if ((l.kind != Kind.PROSE && l.kind != Kind.SHORT) || !LineEvidence.isWhollyQuoted(l.text)) continue;
      String said = unquote(l.text);
      if (LineEvidence.units(said) < 2) continue;
      int n1 = nextVisible(lines, l.index + 1);
      if (n1 < 0 || !speakerShaped(lines.get(n1))) continue;
      lines.get(n1).kind = Kind.SPEAKER;
      int n2 = nextVisible(lines, n1 + 1);
      if (n2 >= 0 && speakerShaped(lines.get(n2))) {
        int n3 = nextVisible(lines, n2 + 1);
        // a third short line would make this a list, not a speaker block
        if (n3 < 0 || !speakerShaped(lines.get(n3))) lines.get(n2).kind = Kind.SPEAKER;
      }
      quoteAt.put(l.index, new Quote(said, Optional.of(lines.get(n1).text)));
    }
  }

  private static boolean speakerShaped(Line l) {
    return l.kind == Kind.SHORT && l.units >= 1 && l.units <= 5 && LineEvidence.punctuation(l.text) == 0
        && !LineEvidence.endsSentence(l.text);
  }

  static String unquote(String s) {
    String t = s.strip();
    while (t.endsWith(".")) t = t.substring(0, t.length() - 1);
    if (t.length() >= 2) t = t.substring(1, t.length() - 1);
    return t.strip();
  }

  /**
   * Captions: a short line printed twice in a row is an image's alt text and its caption; the line after a photo
   * credit is the caption of that photo.
   */
  private static void findCaptions(List<Line> lines, List<Integer> captionLines) {
    Line prev = null;
    for (Line l : lines) {
      if (l.kind == Kind.BLANK) continue;
      if (prev != null && prev.key.equals(l.key) && l.units <= 25
          && (prev.kind == Kind.SHORT || prev.kind == Kind.CAPTION || prev.kind == Kind.PROSE)) {
        if (prev.kind != Kind.CAPTION) captionLines.add(prev.index);
        prev.kind = Kind.CAPTION;
        l.kind = Kind.DUP;
      } else if (prev != null && prev.kind == Kind.BOILER && LineEvidence.isPhotoCredit(prev.text, prev.key, prev.units)
          && l.kind == Kind.SHORT && l.units >= 3) {
        l.kind = Kind.CAPTION;
        captionLines.add(l.index);
      } else if (l.kind == Kind.CAPTION && !captionLines.contains(l.index)) {
        captionLines.add(l.index);
      }
      prev = l;
    }
  }

  /** A block printed again later on the page (seed 001 prints its body twice) is kept once, where it first stood. */
  private static void dropRepeats(List<Line> lines) {
    Set<String> seen = new java.util.HashSet<>();
    for (Line l : lines) {
      if (l.kind == Kind.BLANK || l.kind == Kind.DUP) continue;
      if (!seen.add(l.key)) l.kind = Kind.DUP;
    }
  }

  /** After "اقرأ أيضا" the short lines up to the next prose line are the headlines it links to. */
  private static void suppressRelated(List<Line> lines) {
    boolean inRelated = false;
    for (Line l : lines) {
      if (l.kind == Kind.RELATED || l.kind == Kind.END) {
        inRelated = true;
      } else if (l.kind == Kind.PROSE || l.kind == Kind.CREDIT) {
        inRelated = false;
      } else if (inRelated && (l.kind == Kind.SHORT || l.kind == Kind.LIST)) {
        l.kind = Kind.BOILER;
      }
    }
  }

  /** Segments end after each credit line; the last one runs to the end of the page. */
  private static List<int[]> segments(List<Line> lines) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (Line l : lines) {
      if (l.kind == Kind.CREDIT) {
        out.add(new int[] {start, l.index + 1});
        start = l.index + 1;
      }
    }
    out.add(new int[] {start, lines.size()});
    return out;
  }

  /** Regions of prose in [from, to): {firstProse, lastProse, prose chars}; the heavy ones only, in page order. */
  private static List<int[]> regions(List<Line> lines, int from, int to) {
    List<int[]> all = new ArrayList<>();
    int first = -1;
    int last = -1;
    int mass = 0;
    int gap = 0;
    int blanks = 0;
    for (int i = from; i < to; i++) {
      Line l = lines.get(i);
      switch (l.kind) {
        case BLANK -> blanks++;
        case DUP, SPEAKER, CAPTION -> {} // echoes and captions belong to the flow of an article
        case PROSE -> {
          if (first >= 0 && (gap >= MAX_GAP || blanks >= BLANK_BREAK)) {
            all.add(new int[] {first, last, mass});
            first = -1;
          }
          if (first < 0) {
            first = i;
            mass = 0;
          }
          last = i;
          mass += l.text.length();
          gap = 0;
          blanks = 0;
        }
        case LIST -> blanks = 0;
        case END -> gap = MAX_GAP;
        default -> {
          gap++;
          if (blanks >= BLANK_BREAK) gap = MAX_GAP;
          blanks = 0;
        }
      }
    }
    if (first >= 0) all.add(new int[] {first, last, mass});
    for (int k = 0; k < all.size(); k++) all.set(k, trimForeignEdges(lines, trimTeasers(lines, all.get(k))));
    // after "Comments" / "More stories" the page has left the article: what follows weighs a third
    int end = -1;
    for (int i = from; i < to && end < 0; i++) if (lines.get(i).kind == Kind.END && i > firstProse(all)) end = i;
    if (end >= 0) {
      for (int k = 0; k < all.size(); k++) {
        int[] r = all.get(k);
        if (r[0] > end) all.set(k, new int[] {r[0], r[1], r[2] / 3});
      }
    }
    int best = 0;
    for (int[] r : all) best = Math.max(best, r[2]);
    List<int[]> kept = new ArrayList<>();
    for (int[] r : all) if (r[2] >= KEEP_SHARE * best) kept.add(r);
    return kept;
  }

  private static int firstProse(List<int[]> regions) {
    return regions.isEmpty() ? Integer.MAX_VALUE : regions.getFirst()[0];
  }

  /**
   * Teaser lists (headline, one-paragraph teaser, byline, next headline …) look like prose in a text dump, but
   * their prose lines stand alone, while an article's paragraphs follow each other with at most one short line
   * (a subheading, a caption) between them. A region's edges are trimmed to the first and last prose line that
   * has such a neighbour, and the mass of stand-alone prose counts a third (a region of nothing but teasers then
   * loses to the article). Regions with fewer than three prose lines are left alone.
   */
  private static int[] trimTeasers(List<Line> lines, int[] region) {
    List<Integer> prose = new ArrayList<>();
    List<Integer> between = new ArrayList<>(); // short lines between prose k-1 and k
    int shorts = 0;
    for (int i = region[0]; i <= region[1]; i++) {
      Line l = lines.get(i);
      if (l.kind == Kind.PROSE) {
        prose.add(i);
        between.add(shorts);
        shorts = 0;
      } else if (l.kind != Kind.BLANK && !l.gone() && l.kind != Kind.LIST) {
        shorts++;
      }
    }
    int n = prose.size();
    if (n < 3) return region;
    boolean[] linked = new boolean[n];
    for (int k = 1; k < n; k++) {
      if (between.get(k) <= 1) {
        linked[k] = true;
        linked[k - 1] = true;
      }
    }
    int a = 0;
    while (a < n && !linked[a]) a++;
    int b = n - 1;
    while (b >= 0 && !linked[b]) b--;
    if (a > b) {
      int m = 0;
      for (int p : prose) m += lines.get(p).text.length();
      return new int[] {region[0], region[1], m / 3};
    }
    int m = 0;
    for (int k = a; k <= b; k++) m += lines.get(prose.get(k)).text.length() / (linked[k] ? 1 : 3);
    return new int[] {prose.get(a), prose.get(b), m};
  }

  /**
   * In a DOM the paragraphs of one article sit in the same kind of element; prose at the end of a region that
   * sits elsewhere (a comment policy or an author box under the story) is cut off when it is a minor part of the
   * region. The start is left alone: leads and summaries often sit in the article's header. Text dumps carry no containers and are left alone.
   */
  private static int[] trimForeignEdges(List<Line> lines, int[] region) {
    Map<Integer, Integer> mass = new HashMap<>();
    int total = 0;
    for (int i = region[0]; i <= region[1]; i++) {
      Line l = lines.get(i);
      if (l.kind != Kind.PROSE) continue;
      if (l.container == 0) return region;
      mass.merge(l.container, l.text.length(), Integer::sum);
      total += l.text.length();
    }
    int dominant = 0;
    int best = -1;
    for (Map.Entry<Integer, Integer> e : mass.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        dominant = e.getKey();
      }
    }
    int a = region[0];
    int b = region[1];
    int cut = 0;
    while (b > a && lines.get(b).container != dominant && lines.get(b).kind == Kind.PROSE) {
      cut += lines.get(b).text.length();
      b = previousProse(lines, b - 1, a);
    }
    if (cut * 10 > total * 3) return region;
    return new int[] {a, b, region[2] - cut};
  }

  private static int previousProse(List<Line> lines, int from, int to) {
    for (int i = from; i >= to; i--) if (lines.get(i).kind == Kind.PROSE) return i;
    return to;
  }

  private static final Pattern TITLE_SEPARATOR = Pattern.compile(" (?:[|\\-–—·•»]|::) |[|：]");

  /**
   * "&lt;headline&gt; - news.ORF.at", "&lt;headline&gt;：朝日新聞デジタル", "صوت الأمة | &lt;headline&gt;": the site name
   * printed around a {@code <title>} is cut off. A part is the site name when it shares a word with the site's
   * name or host, looks like a domain, or is one word long (two without site information); a headline that
   * merely contains a dash ("Rückschlag im Titelkampf - Liverpool verliert bei Everton") is left whole.
   */
  static String stripSiteName(String title, Optional<String> site) {
    Matcher m = TITLE_SEPARATOR.matcher(title);
    int firstStart = -1;
    int firstEnd = -1;
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart < 0) return title;
    String tail = title.substring(lastEnd).strip();
    String rest = title.substring(0, lastStart).strip();
    if (LineEvidence.units(rest) >= 2 && isSiteName(tail, site)) return stripSiteName(rest, site);
    String head = title.substring(0, firstStart).strip();
    String after = title.substring(firstEnd).strip();
    if (LineEvidence.units(after) >= 2 && site.isPresent() && sharesWord(head, site.get())) return after;
    return title;
  }

  private static boolean isSiteName(String part, Optional<String> site) {
    if (part.isEmpty()) return true;
    if (site.isPresent() && sharesWord(part, site.get())) return true;
    if (part.indexOf(' ') < 0 && part.indexOf('.') > 0) return true; // a domain: "news.ORF.at"
    return LineEvidence.units(part) <= (site.isEmpty() ? 2 : 1);
  }

  private static boolean sharesWord(String a, String b) {
    Set<String> words = new java.util.HashSet<>();
    for (String t : TextNormalizer.tokens(b)) if (t.length() >= 3 && !t.equals("com") && !t.equals("www")) words.add(t);
    for (String t : TextNormalizer.tokens(a)) if (words.contains(t)) return true;
    return false;
  }

  private CleanArticle assemble(
      List<Line> lines, int[] seg, List<int[]> regions, boolean firstArticle, Hints hints,
      Optional<OffsetDateTime> published, String outlet, String author, Map<Integer, String> creditAt,
      Map<Integer, Quote> quoteAt, List<Integer> captionLines) {
    int bodyStart = regions.get(0)[0];
    int bodyEnd = regions.get(regions.size() - 1)[1];
    // Headline: nearest title-like line above the first prose line, skipping captions, bylines and echoes.
    String title = "";
    int titleLine = -1;
    int seen = 0;
    for (int i = bodyStart - 1; i >= seg[0] && seen < 8; i--) {
      Line l = lines.get(i);
      if (l.kind == Kind.BLANK || l.gone()) continue;
      seen++;
      if (l.kind == Kind.META || l.kind == Kind.CAPTION || l.kind == Kind.BOILER) continue;
      if (l.tag == Block.Tag.HEADLINE || titleLike(l)) {
        title = l.text;
        titleLine = i;
        break;
      }
      if (l.kind == Kind.PROSE || l.kind == Kind.CREDIT) break;
    }
    if (firstArticle) {
      Optional<String> hinted = hints.title().filter(s -> !s.isBlank());
      if (hinted.isEmpty() && hints.firstLineMayBeTitle()) {
        int f = nextVisible(lines, 0);
        if (f >= 0 && f < bodyStart) {
          Line l0 = lines.get(f);
          if (titleLike(l0) && f != titleLine) {
            // WET dumps print the <title> first; it is the headline when the page repeats it (minus the site name)
            String stripped = stripSiteName(l0.text, Optional.empty());
            String sk = TextNormalizer.normalize(stripped);
            boolean echoed = !title.isEmpty() && sk.contains(TextNormalizer.normalize(title));
            for (int i = f + 1; i < lines.size() && !echoed; i++) {
              Line l = lines.get(i);
              if (l.kind != Kind.BLANK && l.units >= 3 && l.units <= 40
                  && (sk.contains(l.key) || (l.key.contains(sk) && l.key.length() < 2 * sk.length()))) {
                echoed = true;
                if (i > titleLine && i < bodyStart) titleLine = i;
              }
            }
            if (echoed || title.isEmpty()) hinted = Optional.of(stripped);
          }
        }
      }
      if (hinted.isPresent()) title = hinted.get();
    }
    String titleKey = TextNormalizer.normalize(title);
    List<String> paragraphs = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    LinkedHashSet<String> credits = new LinkedHashSet<>();
    List<Quote> quotes = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    for (int c : captionLines) {
      if (c >= seg[0] && c < seg[1]) captions.add(lines.get(c).text);
    }
    for (Map.Entry<Integer, String> e : new java.util.TreeMap<>(creditAt).entrySet()) {
      if (e.getKey() >= bodyStart && e.getKey() < seg[1]) credits.add(e.getValue());
    }
    Datelines.find(lines.get(bodyStart).text).flatMap(Datelines.Dateline::agency).ifPresent(credits::add);
    int regionIdx = 0;
    int end = bodyEnd;
    // bulleted highlights (and the heading that announces them) right after the last prose line
    for (int i = bodyEnd + 1; i < seg[1]; i++) {
      Line l = lines.get(i);
      if (l.kind == Kind.BLANK || l.gone()) continue;
      if (l.kind == Kind.LIST) {
        end = i;
      } else if (titleLike(l)) {
        int n = nextVisibleKept(lines, i + 1);
        if (n >= 0 && lines.get(n).kind == Kind.LIST) continue;
        break;
      } else {
        break;
      }
    }
    for (int i = bodyStart; i <= end && i < seg[1]; i++) {
      while (regionIdx < regions.size() && i > regions.get(regionIdx)[1] && i <= bodyEnd) regionIdx++;
      boolean inRegion = i > bodyEnd || (regionIdx < regions.size() && i >= regions.get(regionIdx)[0]);
      Line l = lines.get(i);
      if (!inRegion || i == titleLine) continue;
      boolean keep =
          switch (l.kind) {
            case PROSE, LIST -> true;
            case SHORT -> !(titleKey.length() > 0 && titleKey.contains(l.key) && l.units <= 40);
            default -> false;
          };
      if (!keep) continue;
      String text = l.text;
      Matcher m = LineEvidence.mayHoldUpdateStamp(text) ? LineEvidence.updateStamps(text) : null;
      if (m != null && m.find()) {
        StringBuilder sb = new StringBuilder();
        m.reset();
        while (m.find()) {
          updated.add(m.group());
          m.appendReplacement(sb, "");
        }
        m.appendTail(sb);
        text = LineEvidence.collapse(sb.toString());
      }
      if (text.isEmpty()) continue;
      paragraphs.add(text);
      Quote pull = quoteAt.get(i);
      if (pull != null) quotes.add(pull);
    }
    // inline quotations, after the pull-quotes that carry speakers
    Set<String> quoted = new java.util.HashSet<>();
    for (Quote q : quotes) quoted.add(TextNormalizer.normalize(q.text()));
    for (Quote q : Quotations.find(paragraphs)) {
      if (quoted.add(TextNormalizer.normalize(q.text()))) quotes.add(q);
    }
    List<LocalDate> mentioned = new ArrayList<>();
    if (published.isPresent()) {
      LinkedHashSet<LocalDate> days = new LinkedHashSet<>();
      LocalDate ref = published.get().toLocalDate();
      for (String p : paragraphs) days.addAll(ArabicDates.mentionedDates(p, ref));
      mentioned.addAll(days);
    }
    return new CleanArticle(
        title,
        paragraphs,
        published,
        Optional.ofNullable(outlet).or(hints::outlet),
        via(outlet, hints.outlet()),
        List.copyOf(credits),
        captions,
        quotes,
        updated,
        mentioned,
        Optional.ofNullable(author).or(hints::author));
  }

  /**
   * An aggregator names the original outlet in its byline ("نشر في صوت الأمة يوم …") while its own name is the
   * site's (og:site_name or host): then the site is the {@code via}.
   */
  private static Optional<String> via(String namedOutlet, Optional<String> siteOutlet) {
    if (namedOutlet == null || siteOutlet.isEmpty()) return Optional.empty();
    String a = TextNormalizer.normalize(namedOutlet);
    String b = TextNormalizer.normalize(siteOutlet.get());
    return a.equals(b) || b.contains(a) || a.contains(b) ? Optional.empty() : siteOutlet;
  }

  private static int nextVisibleKept(List<Line> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind != Kind.BLANK && !l.gone()) return i;
    }
    return -1;
  }
}
