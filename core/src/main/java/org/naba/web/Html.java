package org.naba.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * The page shell, the style sheet and the small formatting helpers the pages share. Every piece of data goes
 * through {@link #esc} (jsoup's escaper, which also escapes both quote characters, so one function serves text and
 * double-quoted attribute values); markup is only ever written as literals here and in {@link Pages}.
 */
final class Html {
  private Html() {}

  /**
   * Inline and self-contained: the UI must work on a closed network, so no web fonts or CDN. The font stack lists
   * Arabic faces common on each platform before the generic fallback; logical properties ({@code inline-start})
   * keep the layout right in RTL without mirrored rules.
   */
  static final String CSS = """
      :root { --ink:#1d232a; --muted:#5d6873; --line:#e3e6ea; --bg:#f6f7f9; --card:#fff; --accent:#0b6e4f;
        --accent-soft:#e3f3ec; --alert:#b3261e; --mark:#fff1a8; }
      * { box-sizing: border-box; }
      html { font-size: 17px; }
      body { margin: 0; background: var(--bg); color: var(--ink); line-height: 1.75;
        font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", "Geeza Pro", Tahoma, "DejaVu Sans",
        Arial, sans-serif; }
      a { color: var(--accent); text-decoration: none; }
      a:hover, a:focus { text-decoration: underline; }
      header.top { background: var(--accent); color: #fff; padding: .6rem 1.2rem; display: flex; gap: 1.2rem;
        align-items: center; flex-wrap: wrap; }
      header.top .brand { color: #fff; font-size: 1.5rem; font-weight: bold; }
      header.top .tagline { opacity: .85; font-size: .9rem; }
      header.top nav a { color: #fff; font-size: .95rem; margin-inline-end: .8rem; }
      form.search { margin-inline-start: auto; display: flex; gap: .4rem; }
      form.search input { font: inherit; padding: .3rem .7rem; border-radius: .4rem; border: 0; min-width: 16rem; }
      button, select { font: inherit; padding: .3rem .9rem; border-radius: .4rem; border: 1px solid var(--line);
        background: #fff; color: var(--ink); cursor: pointer; }
      header.top button { background: #0a5a41; color: #fff; border-color: #0a5a41; }
      main { max-width: 58rem; margin: 1.5rem auto; padding: 0 1.2rem; overflow-wrap: anywhere; }
      h1 { font-size: 1.7rem; line-height: 1.4; margin: .2rem 0 .8rem; }
      h2 { font-size: 1.2rem; margin: 1.8rem 0 .6rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
      .muted, .meta { color: var(--muted); font-size: .9rem; }
      a.feed { white-space: nowrap; }
      .pair { display: inline-block; }
      p.passages { margin: .4rem 0 0; }
      .toolbar .heading { display: flex; align-items: baseline; gap: .8rem; }
      form.filter { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem .9rem; }
      form.filter label { white-space: nowrap; }
      form.filter input[type=date], form.filter input[type=number] { font: inherit; padding: .2rem .4rem;
        border-radius: .4rem; border: 1px solid var(--line); max-width: 10rem; }
      .toolbar { display: flex; justify-content: space-between; align-items: center; gap: 1rem; flex-wrap: wrap;
        margin-bottom: 1rem; }
      ol.stories, ol.hits { list-style: none; padding: 0; margin: 0; }
      ol.stories > li, ol.hits > li, .card { background: var(--card); border: 1px solid var(--line);
        border-radius: .6rem; padding: .8rem 1.1rem; margin-bottom: .7rem; }
      .headline { font-size: 1.2rem; font-weight: bold; }
      p.lead { margin: .3rem 0 .2rem; line-height: 1.6; }
      section.hit-stories { margin-bottom: 1rem; }
      section.hit-stories h2 { font-size: 1rem; margin: 0 0 .3rem; }
      section.hit-stories ul { margin: 0; padding-inline-start: 1.2rem; }
      .badge { display: inline-block; font-size: .75rem; font-weight: bold; padding: 0 .55rem; border-radius: 1rem;
        vertical-align: middle; margin-inline-start: .4rem; background: var(--accent-soft); color: var(--accent); }
      .badge.breaking { background: var(--alert); color: #fff; }
      ol.storyline > li.current { border-inline-start: 4px solid var(--accent); background: var(--accent-soft); }
      .badge.dup, .badge.earlier { background: #eceff3; color: var(--muted); }
      .meta span + span::before { content: " · "; }
      nav.pager { display: flex; justify-content: center; gap: 1.2rem; align-items: center; margin: 1.5rem 0; }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
      dl.facts dt { color: var(--muted); }
      dl.facts dd { margin: 0; }
      ol.summary { padding-inline-start: 1.4rem; margin: 0; }
      ol.summary li { margin-bottom: .5rem; font-size: 1.05rem; }
      ul.key-points { padding-inline-start: 1.4rem; margin: 0; }
      ul.key-points li { margin-bottom: .35rem; font-weight: bold; }
      table.days { border-collapse: collapse; width: 100%; }
      table.days th { text-align: start; vertical-align: top; padding: .35rem 0; padding-inline-end: 1rem;
        color: var(--muted); font-weight: normal; white-space: nowrap; }
      table.days td { padding: .35rem 0; vertical-align: top; border-bottom: 1px solid var(--line); }
      table.days td.muted { padding-inline-start: 1rem; white-space: nowrap; font-size: .9rem; }
      @media (max-width: 40rem) {
        table.days, table.days tbody, table.days tr, table.days th, table.days td { display: block; }
        table.days tr { padding: .35rem 0; border-bottom: 1px solid var(--line); }
        table.days th, table.days td { padding: 0; border-bottom: none; }
        table.days td.muted { padding-inline-start: 0; white-space: normal; }
      }
      table.figures { border-collapse: collapse; }
      table.figures th { text-align: start; vertical-align: top; padding: .3rem 0; padding-inline-end: 1rem;
        color: var(--muted); font-weight: normal; white-space: nowrap; }
      table.figures ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; }
      .badge.disputed { background: var(--alert); color: #fff; }
      div.outlets { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: .8rem; }
      .outlet-card { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: .6rem 1rem; }
      .outlet-card h3 { margin: 0 0 .2rem; font-size: 1.05rem; }
      .outlet-card p { margin: .2rem 0; }
      .outlet-card .headline { font-weight: bold; }
      ul.exclusive { padding-inline-start: 1.2rem; margin: .2rem 0; font-size: .95rem; }
      dl.entities { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 0; }
      dl.entities dt { color: var(--muted); }
      dl.entities dd { margin: 0; }
      dl.entities ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
      .variants { color: var(--muted); font-size: .9rem; }
      ul.quotes { padding-inline-start: 1.4rem; margin: 0; }
      ul.quotes li { margin-bottom: .5rem; }
      ul.quotes q { quotes: "«" "»"; }
      .speaker { color: var(--muted); font-weight: bold; }
      a.cite { font-size: .75rem; vertical-align: super; margin-inline-start: .15rem; padding: 0 .3rem;
        border-radius: .3rem; background: var(--accent-soft); }
      ol.timeline { list-style: none; padding: 0; margin: 0; border-inline-start: 3px solid var(--line); }
      ol.timeline > li { position: relative; margin: 0 0 .9rem; padding: .6rem 1rem; margin-inline-start: 1rem;
        background: var(--card); border: 1px solid var(--line); border-radius: .6rem; scroll-margin-top: 1rem; }
      ol.timeline > li::before { content: ""; position: absolute; inset-inline-start: -1.45rem; top: 1.05rem;
        width: .7rem; height: .7rem; border-radius: 50%; background: var(--accent); }
      ol.timeline > li.dup { opacity: .75; }
      ol.timeline > li:target { border-color: var(--accent); box-shadow: 0 0 0 3px var(--accent-soft); }
      .num { font-weight: bold; color: var(--accent); margin-inline-end: .3rem; }
      .title { font-size: 1.05rem; font-weight: bold; margin: .15rem 0; }
      details { margin-top: .4rem; }
      details > summary { cursor: pointer; color: var(--accent); font-size: .9rem; }
      details p { margin: .5rem 0; }
      blockquote { margin: .5rem 0; padding: .2rem .8rem; border-inline-start: 3px solid var(--accent);
        background: var(--bg); border-radius: .3rem; }
      blockquote cite { color: var(--muted); font-style: normal; font-size: .9rem; }
      .prov { color: var(--muted); font-size: .8rem; }
      mark { background: var(--mark); padding: 0 .1rem; border-radius: .2rem; }
      time { unicode-bidi: isolate; }
      footer { text-align: center; color: var(--muted); font-size: .8rem; margin: 2rem 0; }
      """;

  private static final String[] MONTHS = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"
  };

  /** Escapes text for element content and double-quoted attribute values. */
  static String esc(String s) {
    return Entities.escape(s);
  }

  /**
   * Percent-encodes an id for use in a URL path or fragment, keeping {@code /} so that file-path ids stay
   * readable (Jetty rejects an encoded {@code %2F} in a path as ambiguous).
   */
  static String urlPart(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return sb.toString();
  }

  /** Percent-encodes a query parameter value (everything but unreserved characters). */
  static String queryPart(String s) {
    return urlPart(s).replace("/", "%2F");
  }

  /** The link to a story page. */
  static String storyHref(String storyId) {
    return "/stories/" + urlPart(storyId);
  }

  /** An article's place in its story's timeline. */
  static String articleInStoryHref(String storyId, String articleId) {
    return storyHref(storyId) + "#" + urlPart(anchor(articleId));
  }

  /** The page of an article's full text alone ({@code /text/{id}}). */
  static String articleTextHref(String articleId) {
    return "/text/" + urlPart(articleId);
  }

  /** The link to a storyline page. */
  static String storylineHref(String storylineId) {
    return "/storylines/" + urlPart(storylineId);
  }

  /** The link to a storyline's Atom feed. */
  static String storylineFeedHref(String storylineId) {
    return storylineHref(storylineId) + "/feed.atom";
  }

  /** The in-page anchor name of an article on its story page. */
  static String anchor(String articleId) {
    return "a-" + articleId;
  }

  /**
   * A time as Arabic readers of news sites see it ("1 مارس 2024، 06:00 ت.غ"): in UTC so that articles from
   * outlets in different zones sort visibly, with Latin digits as most Arabic news sites print them.
   */
  static String time(Instant t) {
    OffsetDateTime u = t.atOffset(ZoneOffset.UTC);
    String s = date(u) + "، " + clock(u) + " ت.غ";
    return "<time datetime=\"" + esc(t.toString()) + "\">" + esc(s) + "</time>";
  }

  /**
   * A span of time, compact when both ends fall on the same UTC day ("1 مارس 2024، من 06:00 إلى 08:30 ت.غ"): a
   * story list row should show the span without repeating the date. Words, not a dash: between two numbers in
   * right-to-left text a dash shows the later time on the left, which readers misread.
   */
  static String timeRange(Instant from, Instant to) {
    if (from.equals(to)) return time(from);
    OffsetDateTime f = from.atOffset(ZoneOffset.UTC);
    OffsetDateTime t = to.atOffset(ZoneOffset.UTC);
    if (!f.toLocalDate().equals(t.toLocalDate())) return "من " + time(from) + " إلى " + time(to);
    String s = date(f) + "، من " + clock(f) + " إلى " + clock(t) + " ت.غ";
    return "<time datetime=\"" + esc(from.toString()) + "\">" + esc(s) + "</time>";
  }

  private static String date(OffsetDateTime u) {
    return day(u.toLocalDate());
  }

  /** A day as the page writes it: "1 مارس 2024". */
  static String day(java.time.LocalDate d) {
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  private static String clock(OffsetDateTime u) {
    return String.format(Locale.ROOT, "%02d:%02d", u.getHour(), u.getMinute());
  }

  /**
   * {@code text} as a line of a list shows it: whole when it has at most {@code max} characters, else cut at the last
   * space before them, with "…".
   */
  static String cut(String text, int max) {
    if (text.length() <= max) return text;
    int space = text.lastIndexOf(' ', max);
    return text.substring(0, space > max / 2 ? space : max).strip() + "…";
  }

  /** "مقال واحد", "مقالان", "3 مقالات", "11 مقالاً": Arabic counts agree with their number. */
  static String articleCount(int n) {
    return count(n, "مقال واحد", "مقالان", "مقالات", "مقالاً");
  }

  /** "وسيلة واحدة", "وسيلتان", "3 وسائل", "11 وسيلة": news outlets. */
  static String outletCount(int n) {
    return count(n, "وسيلة واحدة", "وسيلتان", "وسائل", "وسيلة");
  }

  /** "خط قصصي واحد", "خطان قصصيان", "3 خطوط قصصية", "11 خطاً قصصياً". */
  static String storylineCount(int n) {
    return count(n, "خط قصصي واحد", "خطان قصصيان", "خطوط قصصية", "خطاً قصصياً");
  }

  /** "قصة واحدة", "قصتان", "3 قصص", "11 قصة". */
  static String storyCount(int n) {
    return count(n, "قصة واحدة", "قصتان", "قصص", "قصة");
  }

  static String paragraphCount(int n) {
    return count(n, "فقرة واحدة", "فقرتان", "فقرات", "فقرة");
  }

  private static String count(int n, String one, String two, String few, String many) {
    if (n == 1) return one;
    if (n == 2) return two;
    int rest = n % 100;
    if (rest >= 3 && rest <= 10) return n + " " + few;
    return n + " " + many;
  }

  /** A whole page: {@code title} and {@code query} are plain text, {@code body} is markup. */
  static String page(String title, String query, String body) {
    return page(title, query, body, null);
  }

  /** A whole page that also announces the Atom feed at {@code feed} (a path with its query, not escaped; or null). */
  static String page(String title, String query, String body, String feed) {
    return "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + esc(title) + " — نبأ</title>\n"
        + (feed == null ? "" : "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"" + esc(title)
            + "\" href=\"" + esc(feed) + "\">\n")
        + "<style>\n" + CSS + "</style>\n</head>\n<body>\n"
        + "<header class=\"top\"><a class=\"brand\" href=\"/\">نبأ</a>"
        + "<span class=\"tagline\">قصص الأخبار من مصادرها</span>"
        + "<nav aria-label=\"الأقسام\"><a href=\"/\">القصص</a><a href=\"/storylines\">الخطوط القصصية</a>"
        + "<a href=\"/outlets\">المصادر</a></nav>"
        + "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
        + "<input type=\"search\" name=\"q\" value=\"" + esc(query) + "\" placeholder=\"ابحث في المقالات…\""
        + " aria-label=\"بحث\"><button type=\"submit\">بحث</button></form></header>\n"
        + "<main>\n" + body + "</main>\n"
        + "<footer>نبأ — محرك قصص الأخبار العربية</footer>\n</body>\n</html>\n";
  }
}
