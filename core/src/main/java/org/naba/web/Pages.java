package org.naba.web;

import static org.naba.web.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.naba.store.JsonMapping;
import org.naba.store.SearchHit;
import org.naba.store.SearchIndex;
import org.naba.store.StoryFilter;
import org.naba.store.StoryOrder;
import org.naba.store.StorySummaryRow;
import org.naba.store.StorylineRow;

/**
 * The HTML pages, rendered from what the store returns. Pure functions of their arguments (no I/O), so the tests
 * can check the markup without a server.
 */
final class Pages {
  /** How many outlets a story row names before "و N أخرى". */
  private static final int OUTLETS_SHOWN = 4;

  private Pages() {}

  /** One page of the story list. */
  record StoryList(
      List<StorySummaryRow> rows, int page, int pageSize, int total, StoryFilter filter, StoryOrder order,
      Map<String, Integer> outlets, Optional<Instant> updated, boolean carried) {
    StoryList {
      rows = List.copyOf(rows);
      // Keeps the store's order (most stories first), which Map.copyOf would not.
      outlets = Collections.unmodifiableMap(new LinkedHashMap<>(outlets));
      if (page < 1 || pageSize < 1 || total < 0) throw new IllegalArgumentException("page " + page + " of " + total);
    }

    /** A list without the time its run finished (a run of an older Naba), of a run that carried no story. */
    StoryList(List<StorySummaryRow> rows, int page, int pageSize, int total, StoryFilter filter, StoryOrder order,
        Map<String, Integer> outlets) {
      this(rows, page, pageSize, total, filter, order, outlets, Optional.empty(), false);
    }
  }

  static String storyList(StoryList l) {
    StringBuilder b = new StringBuilder();
    b.append("<div class=\"toolbar\"><div class=\"heading\"><h1>القصص</h1><span class=\"muted\">")
        .append(esc(Html.storyCount(l.total())));
    if (l.filter().breakingOnly()) b.append(l.total() == 2 ? " عاجلتان" : " عاجلة"); // the adjective agrees
    b.append(esc(filterWords(l.filter())));
    if (l.filter().entity().isPresent()) b.append(" <a class=\"clear\" href=\"/\">(كل القصص)</a>");
    b.append(" · <a class=\"feed\" href=\"").append(esc(feedHref(l.filter(), l.order())))
        .append("\" title=\"تابع هذه القائمة في قارئ الخلاصات\">خلاصة Atom</a>");
    // When the run served was made: a server that follows its directory serves each day's run as it lands.
    l.updated().ifPresent(t -> b.append(" · <span class=\"updated\">حُدّثت ").append(Html.time(t)).append("</span>"));
    b.append("</span></div>");
    b.append("<form class=\"filter\" action=\"/\" method=\"get\">");
    l.filter().entity().ifPresent(e -> b.append("<input type=\"hidden\" name=\"entity\" value=\"").append(esc(e))
        .append("\">"));
    if (!l.outlets().isEmpty()) {
      b.append("<select name=\"outlet\" aria-label=\"المصدر\"><option value=\"\">كل المصادر</option>");
      l.outlets().forEach((name, n) -> b.append("<option value=\"").append(esc(name)).append('"')
          .append(l.filter().outlet().filter(name::equals).isPresent() ? " selected" : "").append('>')
          .append(esc(name)).append(" (").append(n).append(")</option>"));
      b.append("</select> ");
    }
    b.append("<label><input type=\"checkbox\" name=\"breaking\" value=\"1\"")
        .append(l.filter().breakingOnly() ? " checked" : "").append("> العاجلة فقط</label> ");
    b.append("<label><input type=\"checkbox\" name=\"min_outlets\" value=\"")
        .append(Math.max(2, l.filter().minOutlets())).append('"')
        .append(l.filter().minOutlets() > 1 ? " checked" : "").append("> من أكثر من مصدر</label> ");
    if (l.carried() || l.filter().thisRunOnly()) {
      // A resumed run's store also holds the stories of the runs before it that drew nothing new.
      b.append("<label><input type=\"checkbox\" name=\"this_run\" value=\"1\"")
          .append(l.filter().thisRunOnly() ? " checked" : "").append("> من هذا التشغيل فقط</label> ");
    }
    dayInputs(b, l.filter().from(), l.filter().to());
    orderSelect(b, l.order(), "الأوسع تغطية أولاً");
    b.append(" <button type=\"submit\">تصفية</button></form>");
    b.append("</div>\n");
    if (l.rows().isEmpty()) {
      b.append("<p class=\"card\">لا توجد قصص هنا.</p>\n");
    } else {
      b.append("<ol class=\"stories\">\n");
      for (StorySummaryRow r : l.rows()) storyRow(b, r);
      b.append("</ol>\n");
    }
    pager(b, "/", l.page(), l.pageSize(), l.total(), esc(listQuery(l.filter(), l.order())));
    return Html.page("القصص", "", b.toString(), feedHref(l.filter(), l.order()));
  }

  /** A story list's filter and order as query parameters, each after an "&" (not escaped). */
  static String listQuery(StoryFilter f, StoryOrder order) {
    return f.outlet().map(o -> "&outlet=" + Html.queryPart(o)).orElse("")
        + (f.breakingOnly() ? "&breaking=1" : "")
        + f.entity().map(e -> "&entity=" + Html.queryPart(e)).orElse("")
        + (f.minOutlets() > 1 ? "&min_outlets=" + f.minOutlets() : "")
        + f.from().map(d -> "&from=" + d).orElse("")
        + f.to().map(d -> "&to=" + d).orElse("")
        + (f.thisRunOnly() ? "&this_run=1" : "")
        + (order == StoryOrder.LATEST ? "" : "&sort=" + order.parameter());
  }

  /** The story list with a filter and order (not escaped). */
  static String listHref(StoryFilter f, StoryOrder order) {
    return withQuery("/", listQuery(f, order));
  }

  /** The Atom feed of a story list (not escaped). */
  static String feedHref(StoryFilter f, StoryOrder order) {
    return withQuery("/feed.atom", listQuery(f, order));
  }

  private static String withQuery(String path, String parameters) {
    return parameters.isEmpty() ? path : path + "?" + parameters.substring(1);
  }

  /**
   * What a story filter narrows a list to, in the words that follow "القصص" (plain text): " من skynews نقلتها
   * مصدران فأكثر منذ … حتى … تذكر بوتين". Breaking is left to the caller, whose adjective agrees with its noun.
   */
  static String filterWords(StoryFilter f) {
    StringBuilder b = new StringBuilder();
    f.outlet().ifPresent(o -> b.append(" من ").append(o));
    if (f.minOutlets() > 1) b.append(" نقلتها ").append(Html.outletCount(f.minOutlets())).append(" فأكثر");
    f.from().ifPresent(d -> b.append(" منذ ").append(Html.day(d)));
    f.to().ifPresent(d -> b.append(" حتى ").append(Html.day(d)));
    f.entity().ifPresent(e -> b.append(" تذكر ").append(e));
    if (f.thisRunOnly()) b.append(" من هذا التشغيل");
    return b.toString();
  }

  /** A form's days, from and to (UTC), as the browser's date pickers. */
  private static void dayInputs(StringBuilder b, Optional<LocalDate> from, Optional<LocalDate> to) {
    b.append("<label>من <input type=\"date\" name=\"from\" value=\"").append(from.map(Object::toString).orElse(""))
        .append("\"></label> <label>إلى <input type=\"date\" name=\"to\" value=\"")
        .append(to.map(Object::toString).orElse("")).append("\"></label> ");
  }

  /** A list's order: the latest first, or {@code largest} (named by the list: widest coverage, most stories). */
  private static void orderSelect(StringBuilder b, StoryOrder order, String largest) {
    b.append("<select name=\"sort\" aria-label=\"الترتيب\">");
    for (StoryOrder o : StoryOrder.values()) {
      b.append("<option value=\"").append(o.parameter()).append('"').append(o == order ? " selected" : "")
          .append('>').append(o == StoryOrder.LATEST ? "الأحدث أولاً" : largest).append("</option>");
    }
    b.append("</select>");
  }

  /** Links to the previous and next pages of a list at {@code path}, keeping its parameters ({@code &amp;…}). */
  private static void pager(StringBuilder b, String path, int page, int pageSize, int total, String parameters) {
    int pages = Math.max(1, (total + pageSize - 1) / pageSize);
    if (pages <= 1) return;
    b.append("<nav class=\"pager\" aria-label=\"الصفحات\">");
    if (page > 1) {
      b.append("<a rel=\"prev\" href=\"").append(path).append("?page=").append(page - 1).append(parameters)
          .append("\">السابق</a>");
    }
    b.append("<span class=\"muted\">صفحة ").append(page).append(" من ").append(pages).append("</span>");
    if (page < pages) {
      b.append("<a rel=\"next\" href=\"").append(path).append("?page=").append(page + 1).append(parameters)
          .append("\">التالي</a>");
    }
    b.append("</nav>\n");
  }

  /** A row's span in time: from its first to its last dated article, or "بلا تاريخ". */
  private static void span(StringBuilder b, Optional<Instant> first, Optional<Instant> last) {
    if (first.isPresent() && last.isPresent()) {
      b.append("<span>").append(Html.timeRange(first.get(), last.get())).append("</span>");
    } else if (last.isPresent()) {
      b.append("<span>").append(Html.time(last.get())).append("</span>");
    } else {
      b.append("<span>بلا تاريخ</span>");
    }
  }

  /** One page of the storyline list. */
  record StorylineList(List<StorylineRow> rows, int page, int pageSize, int total, int minStories, StoryOrder order) {
    StorylineList {
      rows = List.copyOf(rows);
      if (page < 1 || pageSize < 1 || total < 0 || minStories < 1) {
        throw new IllegalArgumentException("page " + page + " of " + total + ", min " + minStories);
      }
    }
  }

  /** The storylines, each with its largest story's headline, its counts and its span, and a link to its page. */
  static String storylineList(StorylineList l) {
    StringBuilder b = new StringBuilder();
    b.append("<div class=\"toolbar\"><div class=\"heading\"><h1>الخطوط القصصية</h1><span class=\"muted\">")
        .append(esc(Html.storylineCount(l.total()))).append(" (").append(esc(Html.storyCount(l.minStories())))
        .append(" فأكثر لكل خط)</span></div>");
    b.append("<form class=\"filter\" action=\"/storylines\" method=\"get\">")
        .append("<label>قصص الخط على الأقل <input type=\"number\" name=\"min_stories\" min=\"1\" value=\"")
        .append(l.minStories()).append("\"></label> ");
    orderSelect(b, l.order(), "الأكثر قصصاً أولاً");
    b.append(" <button type=\"submit\">تصفية</button></form></div>\n");
    if (l.rows().isEmpty()) {
      b.append("<p class=\"card\">لا توجد خطوط قصصية هنا.</p>\n");
    } else {
      b.append("<ol class=\"stories storylines\">\n");
      for (StorylineRow r : l.rows()) {
        b.append("<li class=\"story\"><a class=\"headline\" href=\"").append(Html.storylineHref(r.id())).append("\">")
            .append(esc(r.headline())).append("</a><div class=\"meta\"><span>").append(esc(Html.storyCount(r.stories())))
            .append("</span><span>").append(esc(Html.articleCount(r.articles()))).append("</span><span>")
            .append(esc(Html.outletCount(r.outlets()))).append("</span>");
        span(b, r.firstSeen(), r.lastSeen());
        b.append("</div></li>\n");
      }
      b.append("</ol>\n");
    }
    pager(b, "/storylines", l.page(), l.pageSize(), l.total(),
        (l.minStories() != WebServer.DEFAULT_MIN_STORIES ? "&amp;min_stories=" + l.minStories() : "")
            + (l.order() == StoryOrder.LATEST ? "" : "&amp;sort=" + l.order().parameter()));
    return Html.page("الخطوط القصصية", "", b.toString());
  }

  /** How many names a storyline page lists. */
  static final int STORYLINE_NAMES = 16;

  /**
   * A storyline's page: its stories earliest first, under its largest story's headline, and the names its stories
   * are about ({@code full}: its stories in the {@code /api/stories/{id}} shape), by how many of its articles name
   * them.
   */
  static String storyline(String id, List<StorySummaryRow> stories, List<ObjectNode> full) {
    StorySummaryRow largest = stories.getFirst();
    int articles = 0;
    Set<String> outlets = new HashSet<>();
    for (StorySummaryRow r : stories) {
      if (r.articleCount() > largest.articleCount()) largest = r;
      articles += r.articleCount();
      outlets.addAll(r.outlets());
    }
    Optional<Instant> first = stories.stream().flatMap(r -> r.firstSeen().stream()).min(Comparator.naturalOrder());
    Optional<Instant> last = stories.stream().flatMap(r -> r.lastSeen().stream()).max(Comparator.naturalOrder());
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"muted\"><a href=\"/storylines\">كل الخطوط القصصية</a></p>\n<article class=\"story-page\">\n")
        .append("<h1>").append(esc(largest.headline())).append("</h1>\n<div class=\"card\"><dl class=\"facts\">");
    fact(b, "القصص", esc(Html.storyCount(stories.size())));
    fact(b, "المقالات", esc(Html.articleCount(articles)));
    fact(b, "المصادر", esc(Html.outletCount(outlets.size())));
    first.ifPresent(t -> fact(b, "أول ظهور", Html.time(t)));
    last.ifPresent(t -> fact(b, "آخر ظهور", Html.time(t)));
    fact(b, "الخط القصصي", "<bdi dir=\"ltr\">" + esc(id) + "</bdi>");
    fact(b, "المتابعة", "<a class=\"feed\" href=\"" + Html.storylineFeedHref(id) + "\""
        + " title=\"تابع قصصه الجديدة في قارئ الخلاصات\">خلاصة Atom</a>");
    b.append("</dl></div>\n");
    JsonNode names = storylineNames(full, STORYLINE_NAMES);
    if (!names.isEmpty()) entities(b, names);
    b.append("<section><h2>قصصه من الأقدم إلى الأحدث</h2>\n<ol class=\"stories storyline\">\n");
    for (StorySummaryRow r : stories) storyRow(b, r);
    b.append("</ol></section></article>\n");
    return Html.page(largest.headline(), "", b.toString(), Html.storylineFeedHref(id));
  }

  private static void storyRow(StringBuilder b, StorySummaryRow r) {
    b.append("<li class=\"story\"><a class=\"headline\" href=\"").append(Html.storyHref(r.id())).append("\">")
        .append(esc(r.headline())).append("</a>");
    if (r.breaking().isPresent()) b.append("<span class=\"badge breaking\">عاجل</span>");
    // What the story is about in a line: its summary's first sentence, cut at a word near LEAD_CHARS.
    r.lead().ifPresent(t -> b.append("<p class=\"lead\">").append(esc(Html.cut(t, LEAD_CHARS))).append("</p>"));
    storyRowMetaLine(b, r);
  }

  /** Characters of a story's lead a list shows. */
  static final int LEAD_CHARS = 220;

  /** A story row's badge and meta line, and the end of its list item. */
  private static void storyRowMeta(StringBuilder b, StorySummaryRow r) {
    if (r.breaking().isPresent()) b.append("<span class=\"badge breaking\">عاجل</span>");
    storyRowMetaLine(b, r);
  }

  /** A story row's meta line, and the end of its list item. */
  private static void storyRowMetaLine(StringBuilder b, StorySummaryRow r) {
    b.append("<div class=\"meta\"><span>").append(esc(Html.articleCount(r.articleCount()))).append("</span>");
    if (r.earlierArticles() >= r.articleCount() && r.articleCount() > 0) {
      // A story an earlier run of the stream read whole, carried in this run's store: no news of it today.
      b.append("<span class=\"earlier\">كلها من تشغيل سابق</span>");
    } else if (r.earlierArticles() > 0) {
      // A story continued from an earlier run of the stream: today's news of a developing story, not a new one.
      b.append("<span class=\"earlier\">منها ").append(esc(Html.articleCount(r.earlierArticles())))
          .append(" من تشغيل سابق</span>");
    }
    if (!r.outlets().isEmpty()) {
      List<String> shown = r.outlets().subList(0, Math.min(OUTLETS_SHOWN, r.outlets().size()));
      b.append("<span class=\"outlets\">").append(esc(String.join("، ", shown)));
      int more = r.outlets().size() - shown.size();
      if (more > 0) b.append(" و").append(more).append(" أخرى");
      b.append("</span>");
    }
    if (!r.names().isEmpty()) {
      b.append("<span class=\"names\">").append(esc(String.join("، ", r.names()))).append("</span>");
    }
    span(b, r.firstSeen(), r.lastSeen());
    b.append("</div></li>\n");
  }

  /** A story page without its storyline's other stories (see {@link #story(ObjectNode, List, List)}). */
  static String story(ObjectNode story, List<ObjectNode> articles) {
    return story(story, articles, List.of());
  }

  /**
   * A story page: the story in the JsonMapping shape, its articles in chronological order, and the stories of its
   * storyline earliest first (this one among them; none or only this one: no storyline section).
   */
  static String story(ObjectNode story, List<ObjectNode> articles, List<StorySummaryRow> storyline) {
    // Citations and duplicate marks refer to articles by their number in the timeline.
    Map<String, Integer> number = new HashMap<>();
    Map<String, ObjectNode> byId = new HashMap<>();
    for (ObjectNode a : articles) {
      number.put(a.path("id").asText(), number.size() + 1);
      byId.put(a.path("id").asText(), a);
    }
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"muted\"><a href=\"/\">كل القصص</a></p>\n<article class=\"story-page\">\n<h1>")
        .append(esc(story.path("headline").asText()));
    if (!story.path("breaking").isNull()) b.append("<span class=\"badge breaking\">عاجل</span>");
    b.append("</h1>\n<div class=\"card\"><dl class=\"facts\">");
    fact(b, "المصادر", esc(join(story.path("outlets"))));
    fact(b, "المقالات", esc(Html.articleCount(story.path("article_count").asInt())));
    if (!story.path("earlier_articles").isEmpty()) {
      // A story this run continued from an earlier run of the stream (naba run --resume): how many articles that run
      // read, listed here with the rest.
      fact(b, "من تشغيل سابق", esc(Html.articleCount(story.path("earlier_articles").size())));
    }
    instant(story, "first_seen").ifPresent(t -> fact(b, "أول ظهور", Html.time(t)));
    instant(story, "last_seen").ifPresent(t -> fact(b, "آخر ظهور", Html.time(t)));
    instant(story, "breaking").ifPresent(t -> fact(b, "رُصد عاجلاً", Html.time(t)));
    String id = story.path("id").asText();
    boolean withOthers = storyline.stream().anyMatch(r -> !r.id().equals(id));
    if (withOthers) {
      fact(b, "الخط القصصي", "<a href=\"#storyline\">" + esc(Html.storyCount(storyline.size())) + "</a>");
    } else {
      // Alone in its storyline; a storyline named by another story whose rows were not given links its page.
      text(story, "storyline").filter(line -> !line.equals(id)).ifPresentOrElse(
          line -> fact(b, "الخط القصصي", "<a href=\"" + Html.storylineHref(line) + "\"><bdi dir=\"ltr\">"
              + esc(line) + "</bdi></a>"),
          () -> fact(b, "الخط القصصي", "هذه القصة وحدها"));
    }
    if (!story.path("merged_from").isEmpty()) {
      // The merged stories have no page of their own: how many, and their ids (which earlier runs' links may hold).
      fact(b, "دُمجت معها", esc(Html.storyCount(story.path("merged_from").size()))
          + " <small class=\"muted\"><bdi dir=\"ltr\">" + esc(join(story.path("merged_from"))) + "</bdi></small>");
    }
    b.append("</dl></div>\n");

    if (!story.path("key_points").isEmpty()) {
      // The distinct claims its outlets headline, with the articles that make each.
      b.append("<section id=\"key-points\"><h2>أبرز النقاط</h2>\n<ul class=\"key-points\">\n");
      citedItems(b, story.path("key_points"), number, byId);
      b.append("</ul></section>\n");
    }

    b.append("<section id=\"summary\"><h2>الملخص</h2>\n<ol class=\"summary\">\n");
    citedItems(b, story.path("summary"), number, byId);
    b.append("</ol></section>\n");

    if (!story.path("entities").isEmpty()) entities(b, story.path("entities"));
    if (!story.path("figures").isEmpty()) figures(b, story.path("figures"), number, byId);
    if (!story.path("by_outlet").isEmpty()) byOutlet(b, story.path("by_outlet"), number, byId);

    if (!story.path("quotes").isEmpty()) {
      // What was said and by whom, with the articles that quote it.
      b.append("<section id=\"quotes\"><h2>التصريحات</h2>\n<ul class=\"quotes\">\n");
      for (JsonNode q : story.path("quotes")) {
        b.append("<li><q>").append(esc(q.path("text").asText())).append("</q>");
        text(q, "speaker").ifPresent(s -> b.append(" — <span class=\"speaker\">").append(esc(s)).append("</span>"));
        for (JsonNode cited : q.path("articles")) b.append(cite(cited.asText(), number, byId));
        b.append("</li>\n");
      }
      b.append("</ul></section>\n");
    }

    if (!story.path("shared_passages").isEmpty()) {
      // Wire copy and syndication: which article first ran the passages that other outlets carried.
      b.append("<section id=\"shared\"><h2>الفقرات المنقولة بين المصادر</h2>\n<ul class=\"shared\">\n");
      for (JsonNode p : story.path("shared_passages")) {
        b.append("<li>");
        String origin = p.path("origin").asText();
        text(p, "origin_outlet").ifPresent(o -> b.append("<span class=\"outlet\">").append(esc(o)).append("</span> "));
        b.append(number.containsKey(origin) ? ref(origin, number) : "<bdi dir=\"ltr\">" + esc(origin) + "</bdi>");
        b.append(String.format(Locale.ROOT, " — الفقرات المنقولة: %d، نقلتها: ", p.path("paragraphs").asInt()))
            .append(esc(join(p.path("carrier_outlets"))));
        b.append("</li>\n");
      }
      b.append("</ul></section>\n");
    }

    if (withOthers) storyline(b, id, storyline);

    if (!story.path("days").isEmpty()) days(b, story.path("days"), number, byId);

    b.append("<section id=\"timeline\"><h2>التسلسل الزمني</h2>\n");
    if (articles.size() > TIMELINE_TEXTS) {
      b.append("<p class=\"muted\">نصوص أول ").append(TIMELINE_TEXTS)
          .append(" مقال هنا؛ ولكل مقال بعدها رابط إلى نصه الكامل.</p>\n");
    }
    b.append("<ol class=\"timeline\">\n");
    Set<String> earlier = new HashSet<>();
    story.path("earlier_articles").forEach(e -> earlier.add(e.asText()));
    for (int i = 0; i < articles.size(); i++) {
      ObjectNode a = articles.get(i);
      timelineEntry(b, a, number, byId, i < TIMELINE_TEXTS, earlier.contains(a.path("id").asText()));
    }
    b.append("</ol></section>\n</article>\n");
    return Html.page(story.path("headline").asText(), "", b.toString());
  }

  /** How many stories of a storyline a story page lists: those nearest this story in the storyline's order. */
  static final int STORYLINE_SHOWN = 25;

  /**
   * The storyline's stories earliest first, this one marked and not linked; of a long storyline, the {@link
   * #STORYLINE_SHOWN} nearest this story, with how many earlier and later ones are left out.
   */
  private static void storyline(StringBuilder b, String storyId, List<StorySummaryRow> rows) {
    int at = 0;
    for (int i = 0; i < rows.size(); i++) if (rows.get(i).id().equals(storyId)) at = i;
    int from = Math.max(0, Math.min(at - STORYLINE_SHOWN / 2, rows.size() - STORYLINE_SHOWN));
    int to = Math.min(rows.size(), from + STORYLINE_SHOWN);
    b.append("<section id=\"storyline\"><h2>الخط القصصي</h2>\n<p class=\"muted\">")
        .append(esc(Html.storyCount(rows.size()))).append(" في هذا الخط القصصي، من الأقدم إلى الأحدث (<a href=\"")
        .append(Html.storylineHref(rows.getFirst().storyline().orElse(storyId)))
        .append("\">صفحة الخط القصصي</a>).</p>\n");
    if (from > 0) b.append("<p class=\"muted\">وقبلها ").append(esc(Html.storyCount(from))).append(".</p>\n");
    b.append("<ol class=\"stories storyline\">\n");
    for (StorySummaryRow r : rows.subList(from, to)) {
      if (r.id().equals(storyId)) {
        b.append("<li class=\"story current\" aria-current=\"page\"><strong class=\"headline\">")
            .append(esc(r.headline())).append("</strong>");
        storyRowMeta(b, r);
      } else {
        storyRow(b, r);
      }
    }
    b.append("</ol>\n");
    if (to < rows.size()) {
      b.append("<p class=\"muted\">وبعدها ").append(esc(Html.storyCount(rows.size() - to))).append(".</p>\n");
    }
    b.append("</section>\n");
  }

  /**
   * Articles of a story page's timeline that carry their full text; each later one links to it ({@link #articleText}).
   * The Abha bombing's 746 articles made a page of 2.9 MB, 1.8 MB of it their texts, folded away unread.
   */
  static final int TIMELINE_TEXTS = 100;

  /**
   * One article of a story page's timeline; {@code earlier}: an earlier run of the stream read it (the story was
   * continued with {@code naba run --resume}).
   */
  private static void timelineEntry(StringBuilder b, ObjectNode a, Map<String, Integer> number,
      Map<String, ObjectNode> byId, boolean withText, boolean earlier) {
    String id = a.path("id").asText();
    boolean dup = !a.path("duplicate_of").isNull();
    b.append("<li id=\"").append(esc(Html.anchor(id))).append('"').append(dup ? " class=\"dup\"" : "").append('>')
        .append("<div class=\"meta\"><span class=\"num\">").append(number.get(id)).append("</span>");
    articleMeta(b, a);
    b.append("</div>\n<div class=\"title\">").append(esc(a.path("title").asText()));
    if (earlier) b.append("<span class=\"badge earlier\">من تشغيل سابق</span>");
    if (dup) {
      String original = a.path("duplicate_of").asText();
      b.append("<span class=\"badge dup\">نسخة مكررة من ").append(ref(original, number)).append("</span>");
    }
    for (JsonNode n : a.path("near_duplicates")) {
      long percent = Math.round(n.path("similarity").asDouble() * 100);
      b.append("<span class=\"badge dup\">شبيه بـ").append(ref(n.path("id").asText(), number))
          .append(String.format(Locale.ROOT, " (%d٪)", percent)).append("</span>");
    }
    b.append("</div>\n");
    if (!withText) {
      b.append("<p class=\"muted\"><a href=\"").append(Html.articleTextHref(id)).append("\">النص الكامل</a></p></li>\n");
      return;
    }
    b.append("<details><summary>النص الكامل</summary>\n");
    articleBody(b, a, number);
    b.append("</details></li>\n");
  }

  /** An article's time, outlet and the agency it came through, as the spans of a meta line. */
  private static void articleMeta(StringBuilder b, ObjectNode a) {
    Optional<OffsetDateTime> published = text(a, "published").map(OffsetDateTime::parse);
    b.append("<span>").append(published.map(p -> Html.time(p.toInstant())).orElse("بلا تاريخ")).append("</span>");
    text(a, "outlet").ifPresent(o -> b.append("<span class=\"outlet\">").append(esc(o)).append("</span>"));
    text(a, "via").ifPresent(v -> b.append("<span>عبر ").append(esc(v)).append("</span>"));
  }

  /**
   * An article's paragraphs (each marked with the article it was first seen in, linked through {@code number}), its
   * quotations with their speakers, and its source link.
   */
  private static void articleBody(StringBuilder b, ObjectNode a, Map<String, Integer> number) {
    Map<Integer, JsonNode> provenance = new HashMap<>();
    for (JsonNode p : a.path("provenance")) provenance.put(p.path("paragraph").asInt(), p);
    String[] paragraphs = a.path("text").asText().split("\n\n");
    for (int i = 0; i < paragraphs.length; i++) {
      if (paragraphs[i].isBlank()) continue;
      b.append("<p>").append(esc(paragraphs[i]));
      JsonNode p = provenance.get(i);
      if (p != null) {
        b.append(" <span class=\"prov\">(ظهرت أولاً في ").append(ref(p.path("first_seen_in").asText(), number))
            .append(")</span>");
      }
      b.append("</p>\n");
    }
    if (!a.path("quotes").isEmpty()) {
      b.append("<div class=\"quotes\">");
      for (JsonNode q : a.path("quotes")) {
        b.append("<blockquote>«").append(esc(q.path("text").asText())).append("»");
        text(q, "speaker").ifPresent(sp -> b.append(" <cite>— ").append(esc(sp)).append("</cite>"));
        b.append("</blockquote>");
      }
      b.append("</div>\n");
    }
    text(a, "url").ifPresent(u -> b.append("<p class=\"muted\"><a rel=\"noopener noreferrer\" href=\"")
        .append(esc(safeUrl(u))).append("\">المصدر الأصلي</a></p>\n"));
  }

  /**
   * An article's full text on a page of its own, for a story page that lists it without (a story of more than {@link
   * #TIMELINE_TEXTS} articles): its title, time and outlet, its paragraphs and quotations, and links back to its place
   * in its story ({@code storyHeadline}) and to the articles it took paragraphs from.
   */
  static String articleText(ObjectNode a, String storyHeadline) {
    String id = a.path("id").asText();
    String story = a.path("story").asText();
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"muted\"><a href=\"").append(Html.articleInStoryHref(story, id)).append("\">")
        .append(esc(storyHeadline.isBlank() ? story : storyHeadline))
        .append("</a></p>\n<article class=\"article-text\">\n<h1>").append(esc(a.path("title").asText()))
        .append("</h1>\n<div class=\"meta\">");
    articleMeta(b, a);
    b.append("</div>\n");
    // Paragraphs first seen elsewhere link to those articles' own pages: no timeline numbers here.
    articleBody(b, a, Map.of());
    b.append("</article>\n");
    return Html.page(a.path("title").asText(), "", b.toString());
  }

  /**
   * A citation mark linking to an article's place in the timeline, and a chance to break the line after it: a
   * statement cited by ten articles ends in ten marks with nothing between them, which a phone's line cannot hold.
   */
  private static String cite(String id, Map<String, Integer> number, Map<String, ObjectNode> byId) {
    Integer n = number.get(id);
    String label = Optional.ofNullable(byId.get(id))
        .map(a -> text(a, "outlet").map(o -> o + ": ").orElse("") + a.path("title").asText())
        .orElse(id);
    return "<a class=\"cite\" href=\"#" + Html.urlPart(Html.anchor(id)) + "\" title=\"" + esc(label) + "\">"
        + (n == null ? "؟" : n) + "</a><wbr>";
  }

  /** A link to an article: its place in this timeline, or, for one outside this story, its own page. */
  private static String ref(String id, Map<String, Integer> number) {
    Integer n = number.get(id);
    if (n == null) return "<a href=\"/articles/" + Html.urlPart(id) + "\">" + esc(id) + "</a>";
    return "<a href=\"#" + Html.urlPart(Html.anchor(id)) + "\">[" + n + "]</a>";
  }

  /** Search results, each with its article's outlet and story looked up by the caller. */
  record Result(SearchHit hit, Optional<String> outlet, Optional<Instant> published, String storyHeadline) {}

  /**
   * The story's developments day by day: each day's count of articles and outlets and its representative headline,
   * linked to its article in the timeline.
   */
  private static void days(StringBuilder b, JsonNode days, Map<String, Integer> number, Map<String, ObjectNode> byId) {
    b.append("<section id=\"days\"><h2>التطورات يوماً بيوم</h2>\n<table class=\"days\">\n");
    for (JsonNode d : days) {
      java.time.LocalDate day = java.time.LocalDate.parse(d.path("day").asText());
      b.append("<tr><th><time datetime=\"").append(esc(day.toString())).append("\">").append(esc(Html.day(day)))
          .append("</time></th><td>").append(esc(d.path("headline").asText()))
          .append(cite(d.path("article").asText(), number, byId)).append("</td><td class=\"muted\">")
          .append(esc(Html.articleCount(d.path("articles").asInt()))).append("، ")
          .append(esc(Html.outletCount(d.path("outlets").asInt()))).append("</td></tr>\n");
    }
    b.append("</table></section>\n");
  }

  /** A list item for each sentence ({@code {"text", "articles"}}), its text followed by links to its articles. */
  private static void citedItems(StringBuilder b, JsonNode sentences, Map<String, Integer> number,
      Map<String, ObjectNode> byId) {
    for (JsonNode s : sentences) {
      b.append("<li>").append(esc(s.path("text").asText()));
      for (JsonNode cited : s.path("articles")) b.append(cite(cited.asText(), number, byId));
      b.append("</li>\n");
    }
  }

  /** Arabic names of the counts a story's outlets report. */
  private static final Map<String, String> FIGURE_KINDS = Map.of("killed", "القتلى", "injured", "الجرحى",
      "arrested", "الموقوفون");

  /**
   * The counts the outlets report, one row per kind: each outlet's latest figure with when it gave it, and a mark
   * where outlets gave different figures within the same hours.
   */
  private static void figures(StringBuilder b, JsonNode figures, Map<String, Integer> number,
      Map<String, ObjectNode> byId) {
    b.append("<section id=\"figures\"><h2>الأرقام كما نقلتها كل وسيلة</h2>\n<table class=\"figures\">\n");
    for (JsonNode f : figures) {
      String kind = f.path("kind").asText();
      b.append("<tr><th>").append(esc(FIGURE_KINDS.getOrDefault(kind, kind)));
      if (f.path("disputed").asBoolean()) b.append(" <span class=\"badge disputed\">تتباين الأرقام</span>");
      b.append("</th><td><ul>");
      for (JsonNode r : f.path("reports")) {
        b.append("<li><span class=\"outlet\">").append(esc(r.path("outlet").asText())).append("</span>: <b>")
            .append(r.path("value").asLong()).append("</b>");
        text(r, "time").ifPresent(t -> b.append(" <span class=\"muted\">").append(Html.time(Instant.parse(t)))
            .append("</span>"));
        b.append(cite(r.path("article").asText(), number, byId)).append("</li>");
      }
      b.append("</ul></td></tr>\n");
    }
    b.append("</table></section>\n");
  }

  /**
   * The side-by-side of the outlets: for each, when it first reported the story, how many articles it ran, its first
   * headline, and what only it reported.
   */
  private static void byOutlet(StringBuilder b, JsonNode reports, Map<String, Integer> number,
      Map<String, ObjectNode> byId) {
    b.append("<section id=\"by-outlet\"><h2>ما نقلته كل وسيلة</h2>\n<div class=\"outlets\">\n");
    for (JsonNode r : reports) {
      b.append("<div class=\"outlet-card\"><h3>").append(esc(r.path("outlet").asText())).append("</h3>");
      b.append("<p class=\"muted\">").append(esc(Html.articleCount(r.path("articles").size())));
      text(r, "first_seen").ifPresent(t -> b.append("، أول خبر ").append(Html.time(Instant.parse(t))));
      b.append("</p>");
      String first = r.path("articles").path(0).asText();
      if (!r.path("headline").asText().isBlank()) {
        b.append("<p class=\"headline\">").append(esc(r.path("headline").asText())).append(cite(first, number, byId))
            .append("</p>");
      }
      if (!r.path("exclusive").isEmpty()) {
        b.append("<p class=\"muted\">انفردت بـ:</p><ul class=\"exclusive\">");
        citedItems(b, r.path("exclusive"), number, byId);
        b.append("</ul>");
      }
      b.append("</div>\n");
    }
    b.append("</div></section>\n");
  }

  /**
   * The names of a storyline's stories as one list in the stories' {@code entities} shape: a name (and type) the
   * stories share is one, with the spellings and the articles of all of them; the {@code max} named by most articles.
   */
  static JsonNode storylineNames(List<ObjectNode> stories, int max) {
    // By type and name, in first-seen order: the spellings (in order) and the articles of every story's entry.
    Map<NameKey, Set<String>> variants = new LinkedHashMap<>();
    Map<NameKey, Set<String>> articles = new HashMap<>();
    for (ObjectNode story : stories) {
      for (JsonNode e : story.path("entities")) {
        NameKey key = new NameKey(e.path("name").asText(), e.path("type").asText());
        Set<String> v = variants.computeIfAbsent(key, k -> new LinkedHashSet<>());
        for (JsonNode x : e.path("variants")) v.add(x.asText());
        Set<String> a = articles.computeIfAbsent(key, k -> new HashSet<>());
        for (JsonNode x : e.path("articles")) a.add(x.asText());
      }
    }
    List<NameKey> keys = new ArrayList<>(variants.keySet());
    keys.sort(Comparator.comparingInt((NameKey k) -> -articles.get(k).size()));
    ArrayNode out = JsonMapping.mapper().createArrayNode();
    for (NameKey k : keys.subList(0, Math.min(max, keys.size()))) {
      ObjectNode o = out.addObject().put("name", k.name()).put("type", k.type());
      variants.get(k).forEach(o.putArray("variants")::add);
      articles.get(k).stream().sorted().forEach(o.putArray("articles")::add);
    }
    return out;
  }

  /** A name of a given type, one entry of a storyline's names. */
  private record NameKey(String name, String type) {}

  /** Arabic headings of the entity types, in the order the section lists them. */
  private static final List<Map.Entry<String, String>> ENTITY_TYPES = List.of(Map.entry("PERS", "أشخاص"),
      Map.entry("LOC", "أماكن"), Map.entry("ORG", "هيئات ومؤسسات"), Map.entry("MISC", "أسماء أخرى"));

  /**
   * Who and where a story is about, by type: each name links to the list of the stories that name it, with the other
   * spellings its articles use and how many articles name it.
   */
  private static void entities(StringBuilder b, JsonNode entities) {
    b.append("<section id=\"entities\"><h2>الأسماء</h2>\n<dl class=\"entities\">\n");
    for (Map.Entry<String, String> type : ENTITY_TYPES) {
      List<JsonNode> ofType = new ArrayList<>();
      for (JsonNode e : entities) if (e.path("type").asText().equals(type.getKey())) ofType.add(e);
      if (ofType.isEmpty()) continue;
      b.append("<dt>").append(type.getValue()).append("</dt><dd><ul>");
      for (JsonNode e : ofType) {
        String name = e.path("name").asText();
        b.append("<li><a class=\"entity\" href=\"/?entity=").append(Html.queryPart(name)).append("\">")
            .append(esc(name)).append("</a>");
        List<String> others = new ArrayList<>();
        for (JsonNode v : e.path("variants")) if (!v.asText().equals(name)) others.add(v.asText());
        if (!others.isEmpty()) {
          b.append(" <span class=\"variants\">(").append(esc(String.join("، ", others))).append(")</span>");
        }
        b.append(String.format(Locale.ROOT, " <span class=\"muted\">%s</span>",
            esc(Html.articleCount(e.path("articles").size()))));
        b.append("</li>");
      }
      b.append("</ul></dd>\n");
    }
    b.append("</dl></section>\n");
  }

  static String search(String query, List<Result> results, boolean indexed, Map<String, List<String>> spellings) {
    return search(query, results, indexed, spellings, SearchIndex.Filter.NONE, Set.of());
  }

  /**
   * The search page: its hits (narrowed and ordered by {@code filter}), the other forms searched, and a form to
   * narrow the search to one of {@code outlets} and to days, and to order it by time.
   */
  static String search(String query, List<Result> results, boolean indexed, Map<String, List<String>> spellings,
      SearchIndex.Filter filter, java.util.Collection<String> outlets) {
    StringBuilder b = new StringBuilder();
    if (!indexed) {
      b.append("<h1>البحث</h1><p class=\"card\">لا يوجد فهرس بحث لهذا التشغيل.</p>\n");
    } else if (query.isBlank()) {
      b.append("<h1>البحث</h1><p class=\"card\">اكتب كلمة أو أكثر في مربع البحث. تجد كل الكلمات معًا؛")
          .append(" ضع العبارة بين علامتي تنصيص للبحث عنها كما هي، و-كلمة لاستبعادها، وOR بين كلمتين لإحداهما")
          .append(" (ترامب OR ترمب)، وكلمة* لكل ما يبدأ بها.</p>\n");
    } else {
      b.append("<div class=\"toolbar\"><h1>نتائج البحث عن «").append(esc(query)).append("»</h1>")
          .append("<span class=\"muted\">")
          .append(esc(results.isEmpty() ? "لا نتائج" : Html.articleCount(results.size())))
          .append("</span></div>\n");
      searchForm(b, query, filter, outlets);
      if (!spellings.isEmpty()) {
        b.append("<p class=\"muted\">وشمل البحث صيغًا أخرى للكلمات: ");
        StringJoiner each = new StringJoiner("، ");
        spellings.forEach((word, others) -> each.add("«" + esc(word) + "» و«" + esc(String.join("» و«", others)) + "»"));
        b.append(each).append(".</p>\n");
      }
      storiesOfHits(b, results);
      b.append("<ol class=\"hits\">\n");
      for (Result r : results) {
        SearchHit h = r.hit();
        b.append("<li><a class=\"headline\" href=\"").append(Html.storyHref(h.storyId())).append('#')
            .append(Html.urlPart(Html.anchor(h.articleId()))).append("\">").append(esc(h.title())).append("</a>")
            .append("<div class=\"meta\">");
        r.outlet().ifPresent(o -> b.append("<span>").append(esc(o)).append("</span>"));
        r.published().ifPresent(p -> b.append("<span>").append(Html.time(p)).append("</span>"));
        b.append("<span>في قصة: <a href=\"").append(Html.storyHref(h.storyId())).append("\">")
            .append(esc(r.storyHeadline())).append("</a></span></div>\n<p>");
        for (SearchHit.Part p : h.snippet()) {
          b.append(p.match() ? "<mark>" + esc(p.text()) + "</mark>" : esc(p.text()));
        }
        b.append("</p></li>\n");
      }
      b.append("</ol>\n");
    }
    return Html.page(query.isBlank() ? "البحث" : "بحث: " + query, query, b.toString());
  }

  /** The search's narrowing: outlet, days and order, the query kept. */
  private static void searchForm(StringBuilder b, String query, SearchIndex.Filter filter,
      java.util.Collection<String> outlets) {
    b.append("<form class=\"filter\" action=\"/search\" method=\"get\"><input type=\"hidden\" name=\"q\" value=\"")
        .append(esc(query)).append("\">");
    if (!outlets.isEmpty()) {
      b.append("<select name=\"outlet\" aria-label=\"المصدر\"><option value=\"\">كل المصادر</option>");
      for (String o : outlets) {
        b.append("<option value=\"").append(esc(o)).append('"')
            .append(filter.outlet().filter(o::equals).isPresent() ? " selected" : "").append('>').append(esc(o))
            .append("</option>");
      }
      b.append("</select> ");
    }
    dayInputs(b, filter.from(), filter.to());
    b.append("<select name=\"sort\" aria-label=\"الترتيب\"><option value=\"relevance\"")
        .append(filter.newestFirst() ? "" : " selected").append(">الأنسب أولاً</option><option value=\"newest\"")
        .append(filter.newestFirst() ? " selected" : "").append(">الأحدث أولاً</option></select> ")
        .append("<button type=\"submit\">تصفية</button></form>\n");
  }

  /**
   * The stories the hits fall in, in the order of their first hit, each with its count of hits: a search for a name
   * finds many articles of a few stories, and the reader looks for the story.
   */
  private static void storiesOfHits(StringBuilder b, List<Result> results) {
    if (results.size() < 2) return;
    Map<String, List<Result>> byStory = new LinkedHashMap<>();
    for (Result r : results) byStory.computeIfAbsent(r.hit().storyId(), k -> new ArrayList<>()).add(r);
    b.append("<section class=\"hit-stories\"><h2>في ").append(esc(Html.storyCount(byStory.size())))
        .append("</h2><ul>\n");
    for (Map.Entry<String, List<Result>> e : byStory.entrySet()) {
      b.append("<li><a href=\"").append(Html.storyHref(e.getKey())).append("\">")
          .append(esc(e.getValue().getFirst().storyHeadline())).append("</a> <span class=\"muted\">")
          .append(esc(Html.articleCount(e.getValue().size()))).append("</span></li>\n");
    }
    b.append("</ul></section>\n");
  }

  /**
   * The run's outlets ({@code run.json}'s {@code outlets}), each a card: its articles and stories, how often it was
   * first on a story others also reported, its whole copies of others' articles, and the passages it shares with
   * other outlets, whose first. An older run without the table says so.
   */
  static String outlets(JsonNode outlets) {
    StringBuilder b = new StringBuilder("<h1>المصادر</h1>\n");
    if (!outlets.isArray() || outlets.isEmpty()) {
      b.append("<p class=\"card\">لا يحمل هذا التشغيل جدول المصادر (كتبه إصدار أقدم من نبأ، أو لم تُعرف مصادر"
          + " مقالاته): أعد naba run لإنشائه.</p>\n");
      return Html.page("المصادر", "", b.toString());
    }
    b.append("<p class=\"muted\">«سبقت إليها»: من القصص التي نقلتها مصادر أخرى أيضاً، تلك التي كان أول مقالاتها لهذا"
        + " المصدر؛ و«نقلت عن» الفقرات التي ظهرت أولاً في مقال لمصدر آخر. الأسبقية بترتيب النشر في هذا التشغيل، وهو"
        + " ترتيب الزحف حيث تؤرخ المدونة مقالاتها بوقت جمعها.</p>\n<ol class=\"stories outlets\">\n");
    for (JsonNode o : outlets) {
      String name = o.path("outlet").asText();
      int shared = o.path("shared_stories").asInt();
      int first = o.path("first_reports").asInt();
      b.append("<li class=\"story\"><a class=\"headline\" href=\"/?outlet=").append(esc(Html.queryPart(name)))
          .append("\">").append(esc(name)).append("</a><dl class=\"facts\">");
      fact(b, "المقالات", esc(Html.articleCount(o.path("articles").asInt())));
      fact(b, "القصص", esc(Html.storyCount(o.path("stories").asInt())));
      fact(b, "مع مصادر أخرى", esc(Html.storyCount(shared)));
      fact(b, "سبقت إليها", esc(Html.storyCount(first))
          + (shared > 0 ? " <span class=\"muted\">(" + Math.round(100.0 * first / shared) + "٪)</span>" : ""));
      fact(b, "نسخ كاملة من غيرها", esc(Html.articleCount(o.path("copies").asInt())));
      b.append("</dl>");
      passages(b, "نقلت عن", o.path("passages_from"));
      passages(b, "نقل عنها", o.path("passages_to"));
      b.append("</li>\n");
    }
    b.append("</ol>\n");
    return Html.page("المصادر", "", b.toString());
  }

  /**
   * Passages shared with other outlets, by outlet, most first, as a line of the card's whole width (a long list in
   * the facts' narrow column would wrap at every word on a phone); nothing when there are none.
   */
  private static void passages(StringBuilder b, String label, JsonNode byOutlet) {
    if (byOutlet.isEmpty()) return;
    StringBuilder v = new StringBuilder();
    // The outlet's name isolated (most are in Latin letters), and kept with its count where the line has room.
    byOutlet.properties().forEach(e -> v.append(v.isEmpty() ? "" : "، ").append("<span class=\"pair\"><bdi>")
        .append(esc(e.getKey())).append("</bdi> (").append(esc(Html.paragraphCount(e.getValue().asInt())))
        .append(")</span>"));
    b.append("<p class=\"passages\"><span class=\"muted\">").append(esc(label)).append(":</span> ").append(v)
        .append("</p>");
  }

  /** A page for an error the reader can act on (a wrong link or parameter). */
  static String error(String title, String message) {
    return Html.page(title, "", "<h1>" + esc(title) + "</h1><p class=\"card\">" + esc(message)
        + "</p><p><a href=\"/\">العودة إلى القصص</a></p>\n");
  }

  private static void fact(StringBuilder b, String label, String valueHtml) {
    b.append("<dt>").append(esc(label)).append("</dt><dd>").append(valueHtml).append("</dd>");
  }

  private static String join(JsonNode array) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode n : array) sb.append(sb.isEmpty() ? "" : "، ").append(n.asText());
    return sb.toString();
  }

  private static Optional<String> text(JsonNode o, String field) {
    JsonNode n = o.path(field);
    return n.isTextual() ? Optional.of(n.asText()) : Optional.empty();
  }

  private static Optional<Instant> instant(JsonNode o, String field) {
    return text(o, field).map(Instant::parse);
  }

  /** Only http(s) links are followed: a {@code javascript:} URL from a crawled page must not become a link. */
  private static String safeUrl(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : "#";
  }
}
