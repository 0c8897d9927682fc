package org.naba.clean;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Main-content extraction from HTML with jsoup. The DOM is flattened into text blocks (one per block element,
 * each with its link density and what its tag says it is: headline, heading, list item, caption), after the
 * subtrees that are never article text are dropped (scripts, navigation, forms, asides, and elements whose
 * class or id names a widget: share bars, comments, related links, cookie banners, as Readability's
 * "unlikely candidates" rule does). The blocks then go through the same classifier as text dumps
 * ({@link PageAnalyzer}), so a block is content for the same reasons in both cleaners.
 *
 * <p>Metadata comes from the markup first: headline from {@code og:title}, {@code h1} or {@code <title>} with the
 * site name removed; publication time from {@code article:published_time} and its aliases, JSON-LD
 * {@code datePublished}, {@code <time datetime>}; author from {@code author} meta, JSON-LD or {@code rel=author};
 * outlet from {@code og:site_name}, else the URL's host.
 *
 * <p>Never throws on junk input: jsoup parses anything, the DOM is walked without recursion, and input beyond
 * {@value #MAX_HTML_CHARS} characters is clipped with a warning. Thread-safe.
 */
public final class HtmlPageCleaner {
  static final int MAX_HTML_CHARS = 8_000_000;
  static final int MAX_BLOCKS = 50_000;

  private final PageAnalyzer analyzer;
  private final ObjectMapper json = new ObjectMapper();

  public HtmlPageCleaner(BoilerplateMemory memory) {
    this.analyzer = new PageAnalyzer(memory);
  }

  public CleanedPage clean(String html, Optional<String> url, String siteKey, Optional<OffsetDateTime> knownDate) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(siteKey, "siteKey");
    Objects.requireNonNull(knownDate, "knownDate");
    List<String> warnings = new ArrayList<>();
    if (html.length() > MAX_HTML_CHARS) {
      warnings.add("html clipped from " + html.length() + " to " + MAX_HTML_CHARS + " chars");
      html = html.substring(0, MAX_HTML_CHARS);
    }
    Document doc = Jsoup.parse(html, url.orElse(""));
    HtmlMeta meta = HtmlMeta.of(doc);
    List<JsonNode> ld = jsonLd(meta, warnings);
    Optional<String> outlet = meta.siteName().or(() -> host(url));
    Optional<String> title = title(doc, meta, ld, outlet.or(() -> host(url)));
    Optional<OffsetDateTime> published = meta.published(ld, knownDate);
    Optional<String> author = meta.author(ld);
    Element root = doc.body() == null ? doc : doc.body();
    List<Block> blocks = blocks(root);
    if (blocks.size() >= MAX_BLOCKS) warnings.add("page cut at " + MAX_BLOCKS + " blocks");
    PageAnalyzer.Hints hints = new PageAnalyzer.Hints(title, published, outlet, author, false);
    CleanedPage page = analyzer.analyze(blocks, siteKey, knownDate, hints);
    page = preferArticleBody(page, ld, siteKey, knownDate, hints);
    page = preferFlightBody(page, doc, siteKey, knownDate, hints);
    if (warnings.isEmpty()) return page;
    warnings.addAll(page.warnings());
    return new CleanedPage(page.articles(), warnings);
  }

  /**
   * Pages rendered by script ship their text only in JSON-LD ({@code NewsArticle.articleBody}): when the DOM gave
   * less than half of it, the article body is read from there, one paragraph per line, through the same analyzer.
   */
  private CleanedPage preferArticleBody(
      CleanedPage page, List<JsonNode> ld, String siteKey, Optional<OffsetDateTime> knownDate,
      PageAnalyzer.Hints hints) {
    Optional<String> body = HtmlMeta.ldText(ld, "articleBody");
    if (body.isEmpty()) return page;
    int found = 0;
    for (CleanArticle a : page.articles()) for (String p : a.paragraphs()) found += p.length();
    if (found * 2 >= body.get().length()) return page;
    List<Block> blocks = new ArrayList<>();
    for (String line : HtmlMeta.ldRaw(ld, "articleBody").orElse(body.get()).split("\n")) {
      String t = line.strip();
      if (t.startsWith("+++") || t.startsWith("[#")) continue; // CMS markup inside the text
      blocks.add(Block.text(t));
    }
    CleanedPage fromLd = analyzer.analyze(blocks, siteKey + "#ld", knownDate, hints);
    return fromLd.articles().isEmpty() ? page : fromLd;
  }

  /**
   * Pages built with Next.js's app router may ship their body only in their flight data ({@link NextFlight}): when
   * the DOM (and JSON-LD) gave less than half of the text the flight's HTML holds, the body is read from there,
   * through the same analyzer.
   */
  private CleanedPage preferFlightBody(
      CleanedPage page, Document doc, String siteKey, Optional<OffsetDateTime> knownDate, PageAnalyzer.Hints hints) {
    List<String> texts = NextFlight.htmlTexts(doc);
    if (texts.isEmpty()) return page;
    int found = 0;
    for (CleanArticle a : page.articles()) for (String p : a.paragraphs()) found += p.length();
    // The markup's length bounds its text: a page whose DOM was rendered on the server is not parsed twice.
    if (found * 2L >= texts.stream().mapToLong(String::length).sum()) return page;
    Element body = Jsoup.parseBodyFragment(String.join("\n", texts)).body();
    if (found * 2 >= body.text().length()) return page;
    CleanedPage fromFlight = analyzer.analyze(blocks(body), siteKey + "#flight", knownDate, hints);
    return fromFlight.articles().isEmpty() ? page : fromFlight;
  }

  private List<JsonNode> jsonLd(HtmlMeta meta, List<String> warnings) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : meta.jsonLdScripts()) {
      String data = s.data();
      if (data.length() > 1_000_000) continue;
      try {
        out.add(json.readTree(data));
      } catch (JacksonException e) { // sites ship broken JSON-LD; the page is still readable without it
        if (warnings.size() < 5) warnings.add("unreadable JSON-LD: " + clip(e.getOriginalMessage()));
      }
    }
    return out;
  }

  private static String clip(String s) {
    if (s == null) return "";
    return s.length() > 120 ? s.substring(0, 120) : s;
  }

  private static Optional<String> host(Optional<String> url) {
    return url.flatMap(PageUrls::host);
  }

  /**
   * The headline: the page's own {@code h1} when it agrees with the metadata title (half its words are in it),
   * since {@code og:title} is often rewritten for search and social; else {@code og:title}, the JSON-LD headline,
   * the {@code h1}, the {@code <title>}; site names cut off.
   */
  private static Optional<String> title(Document doc, HtmlMeta markup, List<JsonNode> ld, Optional<String> site) {
    Optional<String> meta = markup.metaTitle().or(() -> HtmlMeta.ldText(ld, "headline"));
    Optional<String> h1 = markup.h1().map(e -> LineEvidence.collapse(headlineText(e)))
        .filter(t -> LineEvidence.units(t) >= 2 && LineEvidence.units(t) <= 40);
    Optional<String> t = meta;
    if (h1.isPresent() && (meta.isEmpty() || agrees(h1.get(), meta.get()))) t = h1;
    if (t.isEmpty() && !doc.title().isBlank()) t = Optional.of(doc.title());
    return t.map(LineEvidence::collapse).map(s -> PageAnalyzer.stripSiteName(s, site)).filter(s -> !s.isBlank());
  }

  /**
   * A headline element's text, with a space where one of its elements ends or starts between two letters: a kicker
   * set in a span of its own ({@code <h1><span>عاجل</span>مقتل…</h1>}) is shown apart by the page's style, and is a
   * word of its own, where {@link Element#text()} glues it to the next ("عاجلمقتل"). A clitic before an element
   * stays on its word ("و<a>السعودية</a>").
   */
  static String headlineText(Element e) {
    StringBuilder out = new StringBuilder();
    boolean[] boundary = {false};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String text = t.text();
          if (text.isEmpty()) return;
          if (boundary[0] && !out.isEmpty() && Character.isLetterOrDigit(out.charAt(out.length() - 1))
              && Character.isLetterOrDigit(text.charAt(0)) && !endsWithProclitic(out)) {
            out.append(' ');
          }
          out.append(text);
          boundary[0] = false;
        } else if (node instanceof Element el && el != e) {
          boundary[0] = true;
          if (el.tagName().equals("br")) out.append(' ');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element && node != e) boundary[0] = true;
      }
    }, e);
    return out.toString();
  }

  /** Whether the text ends in a clitic written onto the next word ("و", "ب", "لل"…): "و<a>السعودية</a>" is one word. */
  private static boolean endsWithProclitic(CharSequence text) {
    int start = text.length();
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
    String word = text.subSequence(start, text.length()).toString();
    return word.length() == 1 ? "وفبلك".indexOf(word.charAt(0)) >= 0 : word.equals("لل") || word.equals("ال");
  }

  private static boolean agrees(String h1, String meta) {
    List<String> a = org.naba.text.TextNormalizer.tokens(h1);
    Set<String> b = new java.util.HashSet<>(org.naba.text.TextNormalizer.tokens(meta));
    int shared = 0;
    for (String w : a) if (b.contains(w)) shared++;
    return !a.isEmpty() && shared * 2 >= a.size();
  }

  private static final Set<String> SKIP_TAGS =
      Set.of("script", "style", "noscript", "template", "svg", "iframe", "button", "select", "input",
          "textarea", "nav", "aside", "footer", "head", "object", "embed", "canvas", "video", "audio", "map",
          "dialog", "menu");

  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "caption", "td",
          "th", "dd", "dt", "address", "div", "section", "article", "main", "header", "figure", "ul", "ol",
          "table", "tr", "br", "hr", "body", "dl", "center", "details", "summary");

  /** Class and id words of widgets that never hold article text (Readability's "unlikelyCandidates"). */
  private static final Set<String> WIDGET_WORDS =
      Set.of("comment", "comments", "share", "sharing", "social", "related", "recommended", "sidebar", "footer",
          "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent",
          "newsletter", "subscribe", "promo", "advert", "advertisement", "ad", "ads", "banner", "popup", "modal",
          "widget", "taboola", "outbrain", "teaser", "teasers", "tags", "sponsored", "paywall", "subscription",
          "most", "popular", "trending", "masthead", "skip");

  private static final List<String> CONTENT_WORDS =
      List.of("article", "content", "body", "main", "post", "entry", "story", "text");

  static boolean isWidget(Element e, int pageProse) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) return false;
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      // React/Next.js streaming renders the article into <div hidden id="S:1"> and moves it in with script
      return !holdsProse(e, pageProse);
    }
    String role = e.attr("role");
    if (role.equals("dialog") || role.equals("alertdialog") || role.equals("navigation") || role.equals("banner")
        || role.equals("contentinfo") || role.equals("complementary") || "true".equals(e.attr("aria-modal"))) {
      // ARIA landmarks say what the element is: dialogs, navigation, site header and footer, sidebars
      return !holdsProse(e, pageProse);
    }
    String style = e.attr("style");
    if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) return true;
    String names = e.className() + " " + e.id();
    if (names.isBlank()) return false;
    String lower = names.toLowerCase(Locale.ROOT);
    // Readability's "okMaybeItsACandidate": a name that also says article/content/post is not a widget
    for (String ok : CONTENT_WORDS) {
      if (lower.contains(ok)) return false;
    }
    // Each class or id word in turn, split by hand: a regex split for every element was a tenth of the DOM walk.
    for (int i = 0, n = lower.length(); i < n; ) {
      while (i < n && isSpace(lower.charAt(i))) i++;
      int start = i;
      while (i < n && !isSpace(lower.charAt(i))) i++;
      if (i > start && widgetName(lower.substring(start, i))) {
        // a wrapper named "widget Blog" or "container vertical-ad-con" may still hold the article: keep
        // subtrees that contain an article element or most of the page's prose
        return e.selectFirst(ARTICLE) == null && !holdsProse(e, pageProse);
      }
    }
    return false;
  }

  private static final Evaluator ARTICLE = QueryParser.parse("article, main, [itemprop=articleBody]");
  private static final Evaluator PARAGRAPH = QueryParser.parse("p");

  /** White space as {@code \\s} reads it in a regex (ASCII only). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Layout words: "sidebar-grid__container" is a grid cell that happens to sit in a sidebar layout. */
  private static final Set<String> LAYOUT_WORDS =
      Set.of("grid", "container", "wrapper", "wrap", "row", "col", "column", "layout", "inner", "outer", "cell");

  /** One class or id: its words ("social-share" → social, share) name a widget and no layout. */
  private static boolean widgetName(String name) {
    boolean widget = false;
    int start = -1;
    for (int i = 0; i <= name.length(); i++) {
      boolean letter = i < name.length() && Character.isLetter(name.charAt(i));
      if (letter && start < 0) start = i;
      if (!letter && start >= 0) {
        String word = name.substring(start, i);
        if (LAYOUT_WORDS.contains(word)) return false;
        if (WIDGET_WORDS.contains(word)) widget = true;
        start = -1;
      }
    }
    return widget;
  }

  /** Characters in paragraphs of 100 characters or more: where the prose of a page is. */
  private static int prose(Element e) {
    int chars = 0;
    for (Element p : e.select(PARAGRAPH)) {
      int n = p.text().length();
      if (n >= 100) chars += n;
    }
    return chars;
  }

  /** Whether a subtree holds at least half of the page's prose (a wrapper, not a cookie dialog or comments). */
  private static boolean holdsProse(Element e, int pageProse) {
    return pageProse > 0 && prose(e) * 2 >= pageProse;
  }

  /** A CMS's placeholder left in the text, alone on its line: "$$ARTICLEAD$$", "{{ad}}", "%%AD_SLOT%%". */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\$[\\w-]+\\$\\$|\\{\\{[\\w\\s.-]+}}|%%[\\w-]+%%");

  private static boolean isPlaceholder(String line) {
    char c = line.charAt(0);
    return (c == '$' || c == '{' || c == '%') && PLACEHOLDER.matcher(line).matches();
  }

  /** Whether an element's class attribute holds {@code word} (lower case), in any case, as a word or within one. */
  private static boolean classSays(Element e, String word) {
    String cls = e.attributes().getIgnoreCase("class");
    for (int i = 0, last = cls.length() - word.length(); i <= last; i++) {
      if (cls.regionMatches(true, i, word, 0, word.length())) return true;
    }
    return false;
  }

  /** Flattens the DOM into blocks without recursion; text inside links is counted for link density. */
  static List<Block> blocks(Element root) {
    List<Block> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int[] linkChars = {0};
    int[] linkDepth = {0};
    List<String> stack = new ArrayList<>();
    List<Element> elements = new ArrayList<>();
    int pageProse = prose(root);
    Runnable flush =
        () -> {
          if (out.size() >= MAX_BLOCKS) {
            text.setLength(0);
            return;
          }
          String t = LineEvidence.collapse(text.toString());
          if (!t.isEmpty() && !isPlaceholder(t)) {
            double density = Math.min(1.0, (double) linkChars[0] / Math.max(1, text.length()));
            out.add(new Block(t, tagOf(stack), density, elements.isEmpty() ? 0 : signature(elements.getLast())));
          }
          text.setLength(0);
          linkChars[0] = 0;
        };
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode tn) {
              String s = tn.getWholeText();
              if (text.length() < PageAnalyzer.MAX_LINE_CHARS) {
                text.append(s);
                if (linkDepth[0] > 0) linkChars[0] += s.length();
              }
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            String tag = e.normalName();
            if (SKIP_TAGS.contains(tag) || isWidget(e, pageProse)) return FilterResult.SKIP_ENTIRELY;
            if (tag.equals("a")) linkDepth[0]++;
            if (BLOCK_TAGS.contains(tag)) {
              flush.run();
              // A caption set in an element of its own class ("caption", "wp-caption-text", "photo-caption") is a
              // caption as much as a figcaption is.
              stack.add(!tag.equals("body") && classSays(e, "caption") ? "caption" : tag);
              elements.add(e);
            } else if (tag.equals("img") || tag.equals("picture")) {
              text.append(' ');
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            String tag = e.normalName();
            if (tag.equals("a")) {
              linkDepth[0] = Math.max(0, linkDepth[0] - 1);
              text.append(' ');
            }
            if (BLOCK_TAGS.contains(tag)) {
              flush.run();
              if (!stack.isEmpty()) stack.remove(stack.size() - 1);
              if (!elements.isEmpty()) elements.removeLast();
            } else if (tag.equals("span") || tag.equals("time") || tag.equals("label")) {
              text.append(' ');
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    flush.run();
    return out;
  }

  /** Tag and class of the block's parent and two ancestors above it: the "where" of a paragraph. */
  private static int signature(Element block) {
    int h = 1;
    Element e = block.parent();
    for (int i = 0; i < 3 && e != null; i++, e = e.parent()) {
      h = 31 * h + e.normalName().hashCode();
      h = 31 * h + e.className().hashCode();
    }
    return h == 0 ? 1 : h;
  }

  private static Block.Tag tagOf(List<String> stack) {
    Block.Tag found = Block.Tag.TEXT;
    for (int i = stack.size() - 1; i >= 0; i--) {
      String t = stack.get(i);
      switch (t) {
        case "h1":
          return Block.Tag.HEADLINE;
        case "h2", "h3", "h4", "h5", "h6":
          return Block.Tag.HEADING;
        case "figcaption", "caption":
          return Block.Tag.CAPTION;
        case "li", "dd", "dt":
          if (found == Block.Tag.TEXT) found = Block.Tag.LIST_ITEM;
          break;
        case "blockquote":
          if (found == Block.Tag.TEXT) found = Block.Tag.BLOCKQUOTE;
          break;
        default:
          break;
      }
    }
    return found;
  }
}
