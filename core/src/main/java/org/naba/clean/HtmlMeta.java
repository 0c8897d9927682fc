package org.naba.clean;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.naba.text.ArabicDates;

/** Metadata read from markup: meta tags, JSON-LD ({@code schema.org/NewsArticle}) and {@code <time>}. */
final class HtmlMeta {

  /** A page's elements that metadata can come from, in document order, gathered in one walk of the DOM. */
  private final List<Element> metas = new ArrayList<>();
  private final List<Element> times = new ArrayList<>();
  private final List<Element> scripts = new ArrayList<>();
  private final List<Element> attributed = new ArrayList<>(); // with a rel or itemprop attribute
  private Element firstH1;

  private HtmlMeta(Document doc) {
    NodeTraversor.traverse((node, depth) -> {
      if (!(node instanceof Element e)) return;
      switch (e.normalName()) {
        case "meta" -> metas.add(e);
        case "time" -> times.add(e);
        case "script" -> scripts.add(e);
        case "h1" -> {
          if (firstH1 == null) firstH1 = e;
        }
        default -> { }
      }
      if (e.attributesSize() > 0 && (e.hasAttr("rel") || e.hasAttr("itemprop"))) attributed.add(e);
    }, doc);
  }

  /**
   * Gathers the page's meta, time, script and h1 elements and those with a {@code rel} or {@code itemprop}: every
   * query below matches only such elements, so each reads a short list instead of walking a page of thousands of
   * elements again (a selector per field made a third of the cleaning time of a large page).
   */
  static HtmlMeta of(Document doc) {
    return new HtmlMeta(doc);
  }

  private static final Evaluator SITE_NAME = QueryParser.parse("meta[property=og:site_name]");
  private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");
  private static final Evaluator TWITTER_TITLE = QueryParser.parse("meta[name=twitter:title]");
  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");

  /** {@code og:site_name}. */
  Optional<String> siteName() {
    return first(metas, SITE_NAME);
  }

  /** {@code og:title}, else {@code twitter:title}. */
  Optional<String> metaTitle() {
    return first(metas, OG_TITLE).or(() -> first(metas, TWITTER_TITLE));
  }

  /** The page's first {@code h1}, if any. */
  Optional<Element> h1() {
    return Optional.ofNullable(firstH1);
  }

  /** The JSON-LD scripts, in document order. */
  List<Element> jsonLdScripts() {
    List<Element> out = new ArrayList<>();
    for (Element e : scripts) if (e.is(JSON_LD)) out.add(e);
    return out;
  }

  /** The first non-empty value (content, datetime, else text) among {@code candidates} that match {@code query}. */
  private static Optional<String> first(List<Element> candidates, Evaluator query) {
    for (Element e : candidates) {
      if (!e.is(query)) continue;
      String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      v = LineEvidence.collapse(v);
      if (!v.isEmpty()) return Optional.of(v);
    }
    return Optional.empty();
  }

  /** The first string value of {@code field} anywhere in the JSON-LD graphs (breadth-first, bounded). */
  static Optional<String> ldText(List<JsonNode> ld, String field) {
    Deque<JsonNode> queue = new ArrayDeque<>(ld);
    int budget = 10_000;
    while (!queue.isEmpty() && budget-- > 0) {
      JsonNode n = queue.poll();
      if (n.isObject()) {
        JsonNode v = n.get(field);
        if (v != null) {
          if (v.isTextual() && !v.asText().isBlank()) return Optional.of(LineEvidence.collapse(v.asText()));
          if (v.isObject() && v.hasNonNull("name")) return Optional.of(LineEvidence.collapse(v.get("name").asText()));
          if (v.isArray() && !v.isEmpty()) {
            JsonNode f = v.get(0);
            if (f.isTextual()) return Optional.of(LineEvidence.collapse(f.asText()));
            if (f.isObject() && f.hasNonNull("name")) return Optional.of(LineEvidence.collapse(f.get("name").asText()));
          }
        }
        n.forEach(queue::add);
      } else if (n.isArray()) {
        n.forEach(queue::add);
      }
    }
    return Optional.empty();
  }

  /** Like {@link #ldText} but without collapsing white space, so line breaks survive. */
  static Optional<String> ldRaw(List<JsonNode> ld, String field) {
    Deque<JsonNode> queue = new ArrayDeque<>(ld);
    int budget = 10_000;
    while (!queue.isEmpty() && budget-- > 0) {
      JsonNode n = queue.poll();
      if (n.isObject()) {
        JsonNode v = n.get(field);
        if (v != null && v.isTextual() && !v.asText().isBlank()) return Optional.of(v.asText());
        n.forEach(queue::add);
      } else if (n.isArray()) {
        n.forEach(queue::add);
      }
    }
    return Optional.empty();
  }

  private static final Evaluator DATE_META = QueryParser.parse(
      "meta[property=article:published_time], meta[property=og:published_time], meta[itemprop=datePublished],"
          + " meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], meta[name=date],"
          + " meta[name=DC.date.issued], meta[name=dcterms.created], meta[name=parsely-pub-date],"
          + " meta[name=sailthru.date], meta[name=article.published], meta[name=cXenseParse:recs:publishtime]");
  private static final Evaluator DATE_TIME =
      QueryParser.parse("time[pubdate], article time[datetime], time[datetime]");
  private static final Evaluator AUTHOR_META =
      QueryParser.parse("meta[name=author], meta[property=article:author], meta[name=byl]");
  private static final Evaluator AUTHOR_MARKUP = QueryParser.parse("[rel=author], [itemprop=author] [itemprop=name]");

  Optional<OffsetDateTime> published(List<JsonNode> ld, Optional<OffsetDateTime> known) {
    ZoneOffset offset = known.map(OffsetDateTime::getOffset).orElse(ZoneOffset.UTC);
    Optional<OffsetDateTime> d = first(metas, DATE_META).flatMap(s -> parse(s, offset));
    if (d.isEmpty()) d = ldText(ld, "datePublished").flatMap(s -> parse(s, offset));
    if (d.isEmpty()) d = first(times, DATE_TIME).flatMap(s -> parse(s, offset));
    return d;
  }

  Optional<String> author(List<JsonNode> ld) {
    Optional<String> a = first(metas, AUTHOR_META).filter(s -> !s.startsWith("http"));
    if (a.isEmpty()) a = ldText(ld, "author").filter(s -> !s.startsWith("http"));
    if (a.isEmpty()) a = first(attributed, AUTHOR_MARKUP);
    return a.filter(s -> s.length() <= 120);
  }

  /** ISO-8601 in its usual web shapes, else the Arabic date rules; a date alone is the start of that day. */
  static Optional<OffsetDateTime> parse(String s, ZoneOffset offset) {
    String t = s.strip();
    try {
      return Optional.of(OffsetDateTime.parse(t));
    } catch (DateTimeException e) {
      // not an offset date-time; try the next shape
    }
    try {
      return Optional.of(ZonedDateTime.parse(t).toOffsetDateTime());
    } catch (DateTimeException e) {
      // next shape
    }
    try {
      return Optional.of(OffsetDateTime.parse(t.replace(' ', 'T'), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeException e) {
      // next shape
    }
    try {
      return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).atOffset(offset));
    } catch (DateTimeException e) {
      // next shape
    }
    if (t.length() >= 10) {
      try {
        return Optional.of(LocalDate.parse(t.substring(0, 10)).atStartOfDay().atOffset(offset));
      } catch (DateTimeException e) {
        // fall through to the text rules
      }
    }
    return ArabicDates.findPublicationDate(t).map(d -> d.atOffset(offset));
  }
}
