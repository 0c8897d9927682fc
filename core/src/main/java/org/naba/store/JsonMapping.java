package org.naba.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.naba.model.Article;
import org.naba.model.ArticleResult;
import org.naba.model.NearDuplicate;
import org.naba.model.OutletReport;
import org.naba.model.OutletSummary;
import org.naba.model.Provenance;
import org.naba.model.Quote;
import org.naba.model.SharedPassage;
import org.naba.model.Story;
import org.naba.model.StoryDay;
import org.naba.model.StoryEntity;
import org.naba.model.StoryFigure;
import org.naba.model.StoryQuote;
import org.naba.model.SummarySentence;

/**
 * The public JSON shape of {@code articles.jsonl} and {@code stories.jsonl} (and of the REST API, which serves the
 * same objects). Fields may be added; none may be renamed or dropped: scripts and evaluations read them.
 *
 * <p>Missing values are written as JSON {@code null}, lists as arrays (empty when there is nothing). Times are
 * ISO-8601: articles keep the offset their source gave, story times are UTC instants.
 */
public final class JsonMapping {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonMapping() {}

  /** A shared, thread-safe mapper (ObjectMapper is thread-safe once configured). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode article(ArticleResult r) {
    Article a = r.article();
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("url", a.url().orElse(null));
    o.put("outlet", a.outlet().orElse(null));
    o.put("published", a.published().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null));
    o.put("title", a.title());
    o.put("text", a.text());
    o.put("lang", a.lang());
    o.put("story", r.story());
    o.put("duplicate_of", r.duplicateOf().orElse(null));
    strings(o.putArray("warnings"), a.warnings());
    // Fields beyond the foundation contract.
    o.put("via", a.via().orElse(null));
    o.put("author", a.author().orElse(null));
    o.put("source", a.source());
    strings(o.putArray("credits"), a.credits());
    strings(o.putArray("captions"), a.captions());
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : a.quotes()) quote(quotes, q.text(), q.speaker());
    strings(o.putArray("updated"), a.updated());
    ArrayNode dates = o.putArray("mentioned_dates");
    for (LocalDate d : a.mentionedDates()) dates.add(d.toString());
    ArrayNode near = o.putArray("near_duplicates");
    for (NearDuplicate n : r.nearDuplicates()) {
      near.addObject().put("id", n.id()).put("similarity", Math.round(n.similarity() * 1000) / 1000.0);
    }
    ArrayNode prov = o.putArray("provenance");
    for (Provenance p : r.provenance()) {
      ObjectNode po = prov.addObject();
      po.put("paragraph", p.paragraph());
      po.put("first_seen_in", p.firstSeenIn());
      strings(po.putArray("also_in"), p.alsoIn());
    }
    return o;
  }

  /**
   * The article {@link #article} wrote, read back (a resumed run reads the articles of the stories an earlier run left
   * open so). The text is split into paragraphs at its blank lines; a near copy's similarity keeps the three decimals
   * written.
   *
   * @throws IllegalArgumentException naming the field when the object is not an article Naba wrote
   */
  public static ArticleResult articleResult(JsonNode o) {
    String id = o.path("id").asText(null);
    if (id == null || !o.path("story").isTextual()) {
      throw new IllegalArgumentException("not an article: no id or story");
    }
    List<String> paragraphs = o.path("text").asText("").isEmpty() ? List.of()
        : List.of(o.path("text").asText().split("\n\n", -1));
    List<Quote> quotes = new java.util.ArrayList<>();
    for (JsonNode q : o.path("quotes")) quotes.add(new Quote(q.path("text").asText(""), optional(q, "speaker")));
    List<LocalDate> dates = new java.util.ArrayList<>();
    for (JsonNode d : o.path("mentioned_dates")) dates.add(LocalDate.parse(d.asText()));
    Article a = new Article(id, o.path("source").asText(id), optional(o, "url"), optional(o, "outlet"),
        optional(o, "via"), optional(o, "published").map(java.time.OffsetDateTime::parse), o.path("title").asText(""),
        paragraphs, o.path("lang").asText("ar"), optional(o, "author"), stringList(o, "credits"),
        stringList(o, "captions"), quotes, stringList(o, "updated"), dates, stringList(o, "warnings"));
    List<NearDuplicate> near = new java.util.ArrayList<>();
    for (JsonNode n : o.path("near_duplicates")) {
      near.add(new NearDuplicate(n.path("id").asText(), n.path("similarity").asDouble()));
    }
    List<Provenance> provenance = new java.util.ArrayList<>();
    for (JsonNode p : o.path("provenance")) {
      provenance.add(new Provenance(p.path("paragraph").asInt(), p.path("first_seen_in").asText(),
          stringList(p, "also_in")));
    }
    return new ArticleResult(a, o.path("story").asText(), optional(o, "duplicate_of"), near, provenance);
  }

  private static Optional<String> optional(JsonNode o, String field) {
    JsonNode v = o.path(field);
    return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }

  private static List<String> stringList(JsonNode o, String field) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode v : o.path(field)) out.add(v.asText());
    return out;
  }

  public static ObjectNode story(Story s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", s.id());
    o.put("headline", s.headline());
    strings(o.putArray("articles"), s.articles());
    strings(o.putArray("outlets"), s.outlets());
    o.put("first_seen", instant(s.firstSeen()));
    o.put("last_seen", instant(s.lastSeen()));
    sentences(o.putArray("summary"), s.summary());
    o.put("storyline", s.storyline().orElse(null));
    o.put("breaking", instant(s.breaking()));
    strings(o.putArray("merged_from"), s.mergedFrom());
    strings(o.putArray("earlier_articles"), s.earlierArticles());
    ArrayNode shared = o.putArray("shared_passages");
    for (SharedPassage p : s.sharedPassages()) {
      ObjectNode po = shared.addObject();
      po.put("origin", p.origin());
      po.put("origin_outlet", p.originOutlet().orElse(null));
      po.put("paragraphs", p.paragraphs());
      strings(po.putArray("carried_by"), p.carriedBy());
      strings(po.putArray("carrier_outlets"), p.carrierOutlets());
    }
    ArrayNode quotes = o.putArray("quotes");
    for (StoryQuote q : s.quotes()) strings(quote(quotes, q.text(), q.speaker()).putArray("articles"), q.articles());
    ArrayNode entities = o.putArray("entities");
    for (StoryEntity e : s.entities()) {
      ObjectNode eo = entities.addObject();
      eo.put("name", e.name());
      eo.put("type", e.type());
      strings(eo.putArray("variants"), e.variants());
      eo.put("mentions", e.mentions());
      strings(eo.putArray("articles"), e.articles());
    }
    ArrayNode byOutlet = o.putArray("by_outlet");
    for (OutletReport r : s.byOutlet()) {
      ObjectNode ro = byOutlet.addObject();
      ro.put("outlet", r.outlet());
      strings(ro.putArray("articles"), r.articles());
      ro.put("first_seen", instant(r.firstSeen()));
      ro.put("headline", r.headline());
      sentences(ro.putArray("exclusive"), r.exclusive());
    }
    ArrayNode figures = o.putArray("figures");
    for (StoryFigure f : s.figures()) {
      ObjectNode fo = figures.addObject();
      fo.put("kind", f.kind());
      fo.put("disputed", f.disputed());
      ArrayNode reports = fo.putArray("reports");
      for (StoryFigure.Report r : f.reports()) {
        reports.addObject().put("outlet", r.outlet()).put("value", r.value()).put("article", r.article())
            .put("time", instant(r.time()));
      }
    }
    sentences(o.putArray("key_points"), s.keyPoints());
    ArrayNode days = o.putArray("days");
    for (StoryDay d : s.days()) {
      days.addObject().put("day", d.day().toString()).put("articles", d.articles()).put("outlets", d.outlets())
          .put("headline", d.headline()).put("article", d.article());
    }
    o.put("article_count", s.articles().size());
    return o;
  }

  /**
   * A line of the storyline list: {@code {"id", "headline", "stories", "articles", "outlets", "first_seen",
   * "last_seen"}}, the headline being its largest story's.
   */
  public static ObjectNode storyline(StorylineRow r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", r.id());
    o.put("headline", r.headline());
    o.put("stories", r.stories());
    o.put("articles", r.articles());
    o.put("outlets", r.outlets());
    o.put("first_seen", instant(r.firstSeen()));
    o.put("last_seen", instant(r.lastSeen()));
    return o;
  }

  /** Appends sentences that cite their articles ({@code {"text", "articles"}}) to {@code into}. */
  private static void sentences(ArrayNode into, List<SummarySentence> sentences) {
    for (SummarySentence x : sentences) {
      ObjectNode xo = into.addObject();
      xo.put("text", x.text());
      strings(xo.putArray("articles"), x.articles());
    }
  }

  /** Appends a quotation ({@code text}, {@code speaker} or null) to {@code into} and returns it. */
  private static ObjectNode quote(ArrayNode into, String text, Optional<String> speaker) {
    ObjectNode q = into.addObject();
    q.put("text", text);
    q.put("speaker", speaker.orElse(null));
    return q;
  }

  /**
   * A search hit as {@code /api/search} and {@code naba search --json} give it: {@code id}, {@code story}, {@code
   * title}, {@code score}, {@code snippet}, and {@code highlights}, the matches as [start, end) UTF-16 offsets into
   * the snippet (the unit JavaScript strings index by).
   */
  public static ObjectNode hit(SearchHit h) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", h.articleId());
    o.put("story", h.storyId());
    o.put("title", h.title());
    o.put("score", h.score());
    o.put("snippet", h.snippetText());
    ArrayNode marks = o.putArray("highlights");
    int at = 0;
    for (SearchHit.Part p : h.snippet()) {
      if (p.match()) marks.addArray().add(at).add(at + p.text().length());
      at += p.text().length();
    }
    return o;
  }

  /**
   * A run's outlets, as {@code run.json}'s {@code outlets} holds them: {@code {"outlet", "articles", "stories",
   * "shared_stories", "first_reports", "copies", "passages_from": {outlet: paragraphs}, "passages_to": {…}}} each.
   */
  public static ArrayNode outlets(List<OutletSummary> outlets) {
    ArrayNode a = MAPPER.createArrayNode();
    for (OutletSummary o : outlets) {
      ObjectNode n = a.addObject().put("outlet", o.outlet()).put("articles", o.articles()).put("stories", o.stories())
          .put("shared_stories", o.sharedStories()).put("first_reports", o.firstReports()).put("copies", o.copies());
      ObjectNode from = n.putObject("passages_from");
      o.passagesFrom().forEach(from::put);
      ObjectNode to = n.putObject("passages_to");
      o.passagesTo().forEach(to::put);
    }
    return a;
  }

  /** One compact JSON line (no trailing newline). */
  public static String line(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String instant(Optional<Instant> t) {
    return t.map(Instant::toString).orElse(null);
  }

  private static void strings(ArrayNode arr, Collection<String> values) {
    for (String v : values) arr.add(v);
  }
}
