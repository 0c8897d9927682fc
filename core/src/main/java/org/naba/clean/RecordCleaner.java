package org.naba.clean;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.naba.model.Quote;
import org.naba.text.ArabicDates;
import org.naba.text.Datelines;
import org.naba.text.Media;
import org.naba.text.TextNormalizer;

/**
 * Light cleaning for records whose text is already the article (news JSONL, feed items): paragraphs, each once (from
 * the block elements of a text that is HTML);
 * a closing credit line ("المصدر: وكالات") taken out of the body into {@code credits}, with the agency of an opening
 * dateline ("القاهرة (رويترز) -"); quotations with their speakers; and the relative days of the body resolved against
 * the record's date. Title, date and outlet come from the record itself. Given a {@link BoilerplateMemory}, it
 * also learns what each site prints around every record's text and leaves it out ({@link RecordBoilerplate}).
 *
 * <p>Thread-safe; with a memory, the records of one site must come in input order, as for the page cleaners.
 */
public final class RecordCleaner {
  private final Optional<RecordBoilerplate> boilerplate;

  /** Cleans each record on its own, learning nothing across records. */
  public RecordCleaner() {
    this.boilerplate = Optional.empty();
  }

  /** Cleans records learning, per site, the boilerplate around their text in {@code memory}. */
  public RecordCleaner(BoilerplateMemory memory) {
    this.boilerplate = Optional.of(new RecordBoilerplate(memory));
  }

  private static String unescape(String s) {
    return s.indexOf('&') < 0 ? s : org.jsoup.parser.Parser.unescapeEntities(s, false);
  }

  /** An HTML element's opening or closing tag, of those an article's markup is made of. */
  private static final Pattern MARKUP = Pattern.compile(
      "</?(?:p|br|div|span|a|b|i|u|em|strong|img|h[1-6]|ul|ol|li|figure|figcaption|table|tr|td|blockquote|script"
          + "|style|iframe|section|article)(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);

  /**
   * A record's text as a reader sees it: where it is HTML ("content" of a CMS's API, a scraper's export: "<p>وقع
   * انفجار <b>ضخم</b>…</p><script>…</script>"), the text of its block elements, one a line, as a page's are read
   * ({@link HtmlPageCleaner#blocks}: no scripts, styles or widgets), without its captions; else the text with its
   * entities decoded.
   */
  static String text(String raw) {
    if (raw.indexOf('<') < 0 || !MARKUP.matcher(raw).find()) return unescape(raw);
    StringBuilder out = new StringBuilder(raw.length());
    for (Block b : HtmlPageCleaner.blocks(Jsoup.parseBodyFragment(raw).body())) {
      if (b.tag() != Block.Tag.CAPTION) out.append(b.text()).append('\n');
    }
    return out.toString();
  }

  /**
   * 64-bit FNV-1a hash of a paragraph's folded words: equal for paragraphs that differ only in spelling drift,
   * harakat or punctuation, computed without building the folded string.
   */
  static long foldedHash(String paragraph) {
    long[] h = {0xcbf29ce484222325L};
    TextNormalizer.forEachToken(paragraph, (buf, len) -> {
      long x = h[0];
      for (int i = 0; i < len; i++) {
        x ^= buf[i];
        x *= 0x100000001b3L;
      }
      x ^= ' ';
      h[0] = x * 0x100000001b3L;
    });
    return h[0];
  }

  /** A short line naming a date, without sentence punctuation: a dateline, not a sentence. */
  static boolean isDateline(String paragraph) {
    if (paragraph.length() > 120 || TextNormalizer.countTokens(paragraph) > 16) return false;
    for (char c : new char[] {'.', '!', '?', '؟', '،', '؛', '«', '"'}) if (paragraph.indexOf(c) >= 0) return false;
    return ArabicDates.findPublicationDate(paragraph).isPresent();
  }

  /** Longest label before the headline in a permalink trailer ("رابط الخبر بصحيفة الوئام:"), in words. */
  private static final int TRAILER_LABEL_WORDS = 6;

  /**
   * The paragraph without a closing permalink trailer: a short label ending in a colon followed by the article's own
   * headline ("… السلامة الدائمة. رابط الخبر بصحيفة الوئام: مدني الباحة يسيطر على حريق"). Sites append it to every
   * article, so left in the body it makes all of a site's short articles share the same words.
   */
  static String withoutHeadlineTrailer(String paragraph, String title) {
    if (title.length() < 8) return paragraph;
    String p = paragraph.stripTrailing();
    if (!p.endsWith(title)) return paragraph;
    String before = p.substring(0, p.length() - title.length()).stripTrailing();
    if (!before.endsWith(":")) return paragraph;
    int start = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!')),
        Math.max(before.lastIndexOf('؟'), before.lastIndexOf('?'))) + 1;
    String label = before.substring(start, before.length() - 1).strip();
    if (label.isEmpty() || label.split("\\s+").length > TRAILER_LABEL_WORDS) return paragraph;
    return before.substring(0, start).strip();
  }

  /**
   * An agency's mark closing its copy, set off by slashes, brackets or dashes: "// انتهى //", "(انتهى)", "-يتبع-".
   * A sentence that ends in the verb ("… الذي انتهى.") has no such marks.
   */
  private static final Pattern WIRE_MARKER =
      Pattern.compile("(?:^|\\s)[/(\\[\\-–—*]+\\s*(?:انتهى|انتهي|يتبع)\\s*[/)\\]\\-–—*]*\\s*\\.?\\s*$");

  /** The paragraph without the wire marker that closes it; empty when it is nothing else. */
  static String withoutWireMarker(String paragraph) {
    // The marker is the last few chars: only they are read, and only when they hold one of its words.
    int from = Math.max(0, paragraph.length() - WIRE_MARKER_CHARS);
    String tail = paragraph.substring(from);
    if (!tail.contains("انتهى") && !tail.contains("انتهي") && !tail.contains("يتبع")) return paragraph;
    Matcher m = WIRE_MARKER.matcher(tail);
    return m.find() ? paragraph.substring(0, from + m.start()).stripTrailing() : paragraph;
  }

  /** A clock time standing alone, with at most a zone's or a day part's short words: "20:26 ت م", "10:30 مساء". */
  static boolean isFilingTime(String paragraph) {
    return paragraph.length() <= 20 && LineEvidence.units(paragraph) <= 4 && CLOCK.matcher(paragraph).find();
  }

  private static final Pattern CLOCK = Pattern.compile("^\\d{1,2}[:.]\\d{2}(?!\\d)");

  /** The longest wire marker read, in chars. */
  private static final int WIRE_MARKER_CHARS = 24;

  /** Most headlines a bare "اقرأ أيضاً:" is followed by, as paragraphs of their own. */
  private static final int RELATED_HEADLINES = 6;

  /** Longest bare marker, in units ("اقرأ أيضاً:" is two). */
  private static final int BARE_MARKER_UNITS = 3;

  /**
   * Drops the links to other stories an outlet writes into its articles: a paragraph that is a marker with the
   * headline it links to ("للمزيد: …", "اقرأ أيضا: …"), and a bare marker ("اقرأ أيضاً:") with the headlines that
   * follow it as paragraphs of their own (short, and not closed as a sentence is). Left in, another story's headline
   * lends its words to this one: to the story it joins, its summary and its names.
   */
  static void dropRelatedLinks(List<String> paragraphs) {
    for (int i = 0; i < paragraphs.size(); ) {
      String p = paragraphs.get(i);
      if (!isRelatedLink(p)) {
        i++;
        continue;
      }
      paragraphs.remove(i);
      if (LineEvidence.units(p) > BARE_MARKER_UNITS) continue;
      for (int n = 0; n < RELATED_HEADLINES && i < paragraphs.size() && isHeadline(paragraphs.get(i)); n++) {
        paragraphs.remove(i);
      }
    }
  }

  private static boolean isRelatedLink(String paragraph) {
    // Markers are short prefixes: the first chars rule most paragraphs out without folding all of them.
    return LineEvidence.mayOpenRelatedMarker(paragraph)
        && LineEvidence.isRelatedMarker(TextNormalizer.normalize(paragraph), LineEvidence.units(paragraph));
  }

  /** Longest headline a list of links gives, in units. */
  private static final int HEADLINE_UNITS = 20;

  /** Short, and not closed as a sentence or an introduction is (a headline may end in a question mark). */
  private static boolean isHeadline(String paragraph) {
    if (LineEvidence.units(paragraph) > HEADLINE_UNITS) return false;
    char last = paragraph.charAt(paragraph.length() - 1);
    return last != ':' && (!LineEvidence.endsSentence(paragraph) || last == '؟' || last == '?');
  }

  public CleanArticle clean(String rawTitle, String rawText, Optional<OffsetDateTime> published) {
    return clean(rawTitle, rawText, published, "");
  }

  /** One record of the site {@code siteKey} (a memory learns each site apart; see {@link BoilerplateMemory}). */
  public CleanArticle clean(String rawTitle, String rawText, Optional<OffsetDateTime> published, String siteKey) {
    return clean(read(rawTitle, rawText, siteKey), published);
  }

  /**
   * A record as read: its title and paragraphs, each once, and what its site's memory said of their edges. Only this
   * step learns from the site's earlier records ({@link #read} must see them in input order); {@link
   * #clean(Read, Optional)} may then run on any thread, in any order.
   */
  public static final class Read {
    private final String title;
    private final List<String> paragraphs;
    private final Optional<RecordBoilerplate.Edges> edges;

    private Read(String title, List<String> paragraphs, Optional<RecordBoilerplate.Edges> edges) {
      this.title = title;
      this.paragraphs = paragraphs;
      this.edges = edges;
    }
  }

  /** Reads one record of the site {@code siteKey}, showing its edges to the site's memory. */
  public Read read(String rawTitle, String rawText, String siteKey) {
    // Scraped records often keep HTML entities ("&quot;أوباما&quot;"); jsoup decodes them as a browser would.
    String title = TextNormalizer.strip(unescape(rawTitle));
    String text = text(rawText);
    List<String> paragraphs = new ArrayList<>();
    List<Long> hashes = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (String p : text.split("\n")) { // a one-char literal: String.split's fast path, no regex
      String s = TextNormalizer.strip(p); // "\u00A0" alone is no paragraph
      if (s.isEmpty()) continue;
      // A paragraph printed twice (feeds that repeat the lead, CMS exports) is kept once.
      long h = foldedHash(s);
      if (seen.add(h)) {
        paragraphs.add(s);
        hashes.add(h);
      }
    }
    // The site's memory sees the record as it came; what it learned is taken out once the record's own closing
    // lines (credits, end marks) are read.
    return new Read(title, paragraphs, boilerplate.map(b -> b.observe(siteKey, title, paragraphs, hashes)));
  }

  /** The rest of a record's cleaning, from what {@link #read} made of it (which it takes over). */
  public CleanArticle clean(Read read, Optional<OffsetDateTime> published) {
    String title = read.title;
    List<String> paragraphs = read.paragraphs;
    Optional<RecordBoilerplate.Edges> edges = read.edges;
    dropRelatedLinks(paragraphs);
    LinkedHashSet<String> credits = new LinkedHashSet<>();
    if (!paragraphs.isEmpty()) {
      Datelines.find(paragraphs.get(0)).flatMap(Datelines.Dateline::agency).ifPresent(credits::add);
    }
    // A dateline standing as its own first paragraph ("الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس") is
    // metadata: every bulletin of the agency that day repeats it, so left in the body it would make them all look
    // alike. Its closing agency becomes a credit.
    if (paragraphs.size() > 1 && isDateline(paragraphs.get(0))) {
      String dateline = paragraphs.remove(0);
      String[] words = dateline.split("\\s+");
      Media.agency(words[words.length - 1]).ifPresent(credits::add);
    }
    // Closing lines that are not the article: a credit line, the agency's end mark and the time it filed the copy
    // ("// انتهى //", then "20:26 ت م").
    while (!paragraphs.isEmpty()) {
      String last = paragraphs.get(paragraphs.size() - 1);
      Optional<String> credit = LineEvidence.creditLine(last, TextNormalizer.countTokens(last));
      if (credit.isPresent()) {
        credits.add(credit.get());
      } else if (!isFilingTime(last) && !withoutWireMarker(last).isEmpty()) {
        break;
      }
      paragraphs.remove(paragraphs.size() - 1);
    }
    if (!paragraphs.isEmpty()) {
      int last = paragraphs.size() - 1;
      String kept = withoutHeadlineTrailer(withoutWireMarker(paragraphs.get(last)), title);
      if (kept.isEmpty()) {
        paragraphs.remove(last);
      } else {
        paragraphs.set(last, kept);
      }
    }
    String headline = title;
    if (edges.isPresent()) {
      boilerplate.get().strip(edges.get(), paragraphs, credits);
      headline = boilerplate.get().title(edges.get(), title);
    }
    List<Quote> quotes = new ArrayList<>();
    quotes.addAll(Quotations.find(paragraphs));
    List<java.time.LocalDate> mentioned = published
        .map(t -> ArabicDates.mentionedDates(String.join("\n", paragraphs), t.toLocalDate()))
        .orElse(List.of());
    return new CleanArticle(headline, paragraphs, published, Optional.empty(), Optional.empty(), List.copyOf(credits),
        List.of(), quotes, List.of(), mentioned, Optional.empty());
  }
}
