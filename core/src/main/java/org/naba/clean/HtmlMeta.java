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
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Metadata read from markup: meta tags, JSON-LD ({@code schema.org/NewsArticle}) and {@code <time>}. */
final class HtmlMeta {
  private HtmlMeta() {}

  static Optional<String> first(Document doc, String cssQuery) {
    // meta tags mostly live in <head>: look there first and walk the whole page only when they are not there
    if (cssQuery.startsWith("meta")) {
      Optional<String> inHead = first(doc.head(), cssQuery);
      if (inHead.isPresent()) return inHead;
    }
    return first((Element) doc, cssQuery);
  }

  private static Optional<String> first(Element scope, String cssQuery) {
    for (Element e : scope.select(cssQuery)) {
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

  private static final String DATE_META =
      "meta[property=article:published_time], meta[property=og:published_time], meta[itemprop=datePublished],"
          + " meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], meta[name=date],"
          + " meta[name=DC.date.issued], meta[name=dcterms.created], meta[name=parsely-pub-date],"
          + " meta[name=sailthru.date], meta[name=article.published], meta[name=cXenseParse:recs:publishtime]";

  static Optional<OffsetDateTime> published(Document doc, List<JsonNode> ld, Optional<OffsetDateTime> known) {
    ZoneOffset offset = known.map(OffsetDateTime::getOffset).orElse(ZoneOffset.UTC);
    Optional<OffsetDateTime> d = first(doc, DATE_META).flatMap(s -> parse(s, offset));
    if (d.isEmpty()) d = ldText(ld, "datePublished").flatMap(s -> parse(s, offset));
    if (d.isEmpty()) d = first(doc, "time[pubdate], article time[datetime], time[datetime]").flatMap(s -> parse(s, offset));
    return d;
  }

  static Optional<String> author(Document doc, List<JsonNode> ld) {
    Optional<String> a = first(doc, "meta[name=author], meta[property=article:author], meta[name=byl]")
        .filter(s -> !s.startsWith("http"));
    if (a.isEmpty()) a = ldText(ld, "author").filter(s -> !s.startsWith("http"));
    if (a.isEmpty()) a = first(doc, "[rel=author], [itemprop=author] [itemprop=name]");
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
