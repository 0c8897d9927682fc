package org.naba.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.router.EndpointNotFound;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.naba.store.JsonMapping;
import org.naba.store.RunStore;
import org.naba.store.SearchHit;
import org.naba.store.SearchIndex;
import org.naba.store.StoryFilter;
import org.naba.store.StoryOrder;
import org.naba.store.StorySummaryRow;
import org.naba.store.StorylineRow;

/**
 * Serves one run's output: HTML pages for readers and a JSON API that serves the same article and story objects as
 * {@code articles.jsonl} and {@code stories.jsonl} ({@link JsonMapping}).
 *
 * <pre>
 * GET /                       story list, newest first   ?page=1&amp;outlet=…
 * GET /stories/{id}           a story: summary with citations, timeline of its articles
 * GET /articles/{id}          an article's place in its story's timeline (a redirect)
 * GET /text/{id}              an article's full text alone
 * GET /search                 full-text search           ?q=…
 * GET /api/stories            {"total","offset","limit","stories":[…]}   ?offset=0&amp;limit=20&amp;outlet=…&amp;entity=…
 * GET /api/stories/{id}       the story object plus "articles_detail": its articles, chronological
 * GET /api/articles/{id}      an article object (ids may contain "/")
 * GET /api/search             {"query","hits":[…],"stories":[…]}  ?q=…&amp;limit=20
 * GET /api/run                the run's description
 * </pre>
 *
 * <p>API errors are JSON {@code {"error": …}}: 404 for an unknown id, 400 naming the parameter for a bad or unknown
 * query parameter (as Carrot2's REST API does: a misspelt parameter is an error, not silently ignored). Every
 * response carries an explicit {@code charset=utf-8}, since Javalin's {@code ctx.html()} sends none, and a
 * Content-Security-Policy that forbids all outside resources: pages are self-contained by design.
 */
public final class WebServer {
  static final String HTML = "text/html; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";

  /** Stories per page of the HTML list. */
  static final int PAGE_SIZE = 25;
  /** The largest {@code limit} the API accepts. */
  static final int MAX_API_LIMIT = 200;
  private static final int DEFAULT_API_LIMIT = 20;
  private static final int HTML_SEARCH_LIMIT = 50;

  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'";

  /**
   * How often, at most, a request checks whether the run directory holds another run than the one served: a new run
   * written there, or a symlink switched to another run's directory.
   */
  static final long FOLLOW_MILLIS = 2000;

  private final Path runDir;
  /** The run served now; a request holds the one it started with until it ends ({@link ServedRun#acquire}). */
  private final AtomicReference<ServedRun> current;
  /** The run each request thread holds, between the before and after handlers. */
  private final ThreadLocal<ServedRun> held = new ThreadLocal<>();
  private final long followMillis;
  private volatile long nextCheck;
  private final Javalin app;

  private WebServer(Path runDir, ServedRun served, long followMillis, String host, int port) {
    this.runDir = runDir;
    this.current = new AtomicReference<>(served);
    this.followMillis = followMillis;
    this.nextCheck = System.currentTimeMillis() + followMillis;
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        follow();
        held.set(ServedRun.acquire(current));
      });
      config.routes.after(ctx -> {
        ServedRun run = held.get();
        held.remove();
        if (run != null) run.release();
      });
      config.routes.get("/", this::storyListPage);
      config.routes.get("/stories/<id>", this::storyPage);
      config.routes.get("/articles/<id>", this::articlePage);
      config.routes.get("/text/<id>", this::articleTextPage);
      config.routes.get("/search", this::searchPage);
      config.routes.get("/storylines", this::storylineListPage);
      // Before the storyline page, whose id may hold slashes (an id made of a file's path): its feed is not a page.
      config.routes.get("/storylines/<id>/feed.atom", this::storylineFeed);
      config.routes.get("/storylines/<id>", this::storylinePage);
      config.routes.get("/feed.atom", this::storyFeed);
      config.routes.get("/outlets", this::outletsPage);
      config.routes.get("/api/outlets", this::apiOutlets);
      config.routes.get("/api/stories", this::apiStories);
      config.routes.get("/api/stories/<id>", this::apiStory);
      config.routes.get("/api/storylines", this::apiStorylines);
      config.routes.get("/api/storylines/<id>", this::apiStoryline);
      config.routes.get("/api/articles/<id>", this::apiArticle);
      config.routes.get("/api/search", this::apiSearch);
      config.routes.get("/api/run", ctx -> json(ctx, 200, store().runInfo()));
      // A path no page or endpoint answers: the site's own page (or JSON under /api/), not Javalin's plain text.
      config.routes.exception(EndpointNotFound.class, (e, ctx) -> {
        if (ctx.path().startsWith("/api/")) {
          json(ctx, 404, JsonMapping.line(JsonMapping.mapper().createObjectNode()
              .put("error", "no such endpoint: " + ctx.method() + " " + ctx.path())));
        } else {
          html(ctx, 404, Pages.error("الصفحة غير موجودة", "لا توجد صفحة بالعنوان " + ctx.path() + " في نبأ."));
        }
      });
      config.routes.exception(BadParameter.class, (e, ctx) -> {
        if (ctx.path().startsWith("/api/")) {
          ObjectNode err = JsonMapping.mapper().createObjectNode().put("error", e.getMessage())
              .put("parameter", e.parameter);
          json(ctx, 400, JsonMapping.line(err));
        } else {
          html(ctx, 400, Pages.error("طلب غير صالح", e.getMessage()));
        }
      });
    });
    app.start(host, port);
  }

  /**
   * Serves the run in {@code runDir} on localhost.
   *
   * @param port the port, or 0 for any free port (see {@link #port()})
   * @throws IllegalStateException when {@code runDir} holds no store
   */
  public static WebServer start(Path runDir, int port) {
    return start(runDir, "127.0.0.1", port);
  }

  /**
   * Serves the run in {@code runDir} on the given interface ({@code 0.0.0.0} for all). Search is offered when the
   * run has an index; without one the search page says so and {@code /api/search} answers 503.
   *
   * <p>The server follows the directory: when another whole run is there (a run written into it again, or {@code
   * runDir} a symlink switched to another run's directory, as a daily resumed run is published), the next request
   * after at most {@link #FOLLOW_MILLIS} serves it, and requests under way finish on the run they started with.
   */
  public static WebServer start(Path runDir, String host, int port) {
    return start(runDir, host, port, FOLLOW_MILLIS);
  }

  static WebServer start(Path runDir, String host, int port, long followMillis) {
    ServedRun served = ServedRun.open(runDir);
    try {
      return new WebServer(runDir, served, followMillis, host, port);
    } catch (RuntimeException e) {
      served.retire();
      throw e;
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Stops the server and closes the run's store and index. */
  public void stop() {
    try {
      app.stop();
    } finally {
      current.get().retire();
    }
  }

  /**
   * Serves the run now in the directory, if it is another whole run than the one served (checked at most every
   * {@code followMillis}); one that cannot be opened yet (still being written) is tried again later.
   */
  private void follow() {
    long now = System.currentTimeMillis();
    if (now < nextCheck) return;
    synchronized (this) {
      if (now < nextCheck) return;
      nextCheck = now + followMillis;
      ServedRun served = current.get();
      Optional<Object> stamp = ServedRun.stamp(runDir);
      if (stamp.isEmpty() || stamp.equals(served.stamp())) return;
      ServedRun next;
      try {
        next = ServedRun.open(runDir);
      } catch (RuntimeException e) {
        return; // not whole yet: the run served goes on
      }
      if (!next.described()) {
        next.retire(); // its store has not taken its run.json yet, the last thing a run writes: tried again later
        return;
      }
      current.set(next);
      served.retire();
    }
  }

  /** The store of the run the current request holds. */
  private RunStore store() {
    return held().store();
  }

  /** The search index of the run the current request holds, if it has one. */
  private Optional<SearchIndex> index() {
    return held().index();
  }

  private ServedRun held() {
    ServedRun run = held.get();
    return run != null ? run : current.get();
  }

  // ---- HTML ----

  private void storyListPage(Context ctx) {
    int page = intParam(ctx, "page", 1, 1, Integer.MAX_VALUE);
    StoryFilter filter = storyFilter(ctx);
    StoryOrder order = orderParam(ctx);
    int total = store().storyCount(filter);
    long offset = (long) (page - 1) * PAGE_SIZE;
    List<StorySummaryRow> rows =
        offset >= total ? List.of() : store().stories((int) offset, PAGE_SIZE, filter, order);
    html(ctx, 200,
        Pages.storyList(new Pages.StoryList(rows, page, PAGE_SIZE, total, filter, order, store().outlets(),
            held().finished(), held().carried())));
  }

  private void storylineListPage(Context ctx) {
    int page = intParam(ctx, "page", 1, 1, Integer.MAX_VALUE);
    int minStories = intParam(ctx, "min_stories", DEFAULT_MIN_STORIES, 1, Integer.MAX_VALUE);
    StoryOrder order = orderParam(ctx);
    int total = store().storylineCount(minStories);
    long offset = (long) (page - 1) * PAGE_SIZE;
    List<StorylineRow> rows =
        offset >= total ? List.of() : store().storylines((int) offset, PAGE_SIZE, minStories, order);
    html(ctx, 200, Pages.storylineList(new Pages.StorylineList(rows, page, PAGE_SIZE, total, minStories, order)));
  }

  /** The stories a storyline must hold to be listed, unless asked otherwise: a lone story is no line. */
  static final int DEFAULT_MIN_STORIES = 2;

  private void storylinePage(Context ctx) {
    String id = ctx.pathParam("id");
    List<StorySummaryRow> stories = store().storyline(id);
    if (stories.isEmpty()) {
      storylineNotFound(ctx, id);
      return;
    }
    html(ctx, 200, Pages.storyline(id, stories, store().storylineJson(id)));
  }

  private static void storylineNotFound(Context ctx, String id) {
    html(ctx, 404, Pages.error("الخط القصصي غير موجود", "لا يوجد خط قصصي بالمعرّف " + id + " في هذا التشغيل."));
  }

  private void storyPage(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<ObjectNode> story = store().storyJson(id);
    if (story.isEmpty()) {
      html(ctx, 404, Pages.error("القصة غير موجودة", "لا توجد قصة بالمعرّف " + id + " في هذا التشغيل."));
      return;
    }
    List<StorySummaryRow> storyline = Optional.ofNullable(story.get().path("storyline").textValue())
        .map(store()::storyline).orElse(List.of());
    html(ctx, 200, Pages.story(story.get(), store().articlesOfStory(id), storyline));
  }

  private void searchPage(Context ctx) {
    String q = stringParam(ctx, "q").orElse("").strip();
    List<Pages.Result> results = new ArrayList<>();
    Map<String, List<String>> forms = Map.of();
    SearchIndex.Filter filter = searchFilter(ctx);
    if (index().isPresent() && !q.isEmpty()) {
      SearchIndex.Found found = index().get().find(q, HTML_SEARCH_LIMIT, filter);
      forms = found.forms();
      for (SearchHit h : found.hits()) {
        Optional<ObjectNode> a = store().articleBriefJson(h.articleId());
        results.add(new Pages.Result(h,
            a.map(o -> o.path("outlet")).filter(JsonNode::isTextual).map(JsonNode::asText),
            a.map(o -> o.path("published")).filter(JsonNode::isTextual)
                .map(p -> OffsetDateTime.parse(p.asText()).toInstant()),
            store().storyHeadline(h.storyId()).orElse(h.storyId())));
      }
    }
    html(ctx, 200, Pages.search(q, results, index().isPresent(), forms, filter, store().outlets().keySet()));
  }

  // ---- JSON ----

  private void outletsPage(Context ctx) {
    html(ctx, 200, Pages.outlets(runOutlets()));
  }

  /** The run's outlets as {@code run.json} holds them ({@code {"outlets": [...]}}; empty for an older run). */
  private void apiOutlets(Context ctx) {
    allowOnly(ctx);
    ObjectNode out = JsonMapping.mapper().createObjectNode();
    out.set("outlets", runOutlets());
    json(ctx, 200, JsonMapping.line(out));
  }

  /** {@code run.json}'s outlets, or an empty array where the run has none. */
  private JsonNode runOutlets() {
    try {
      JsonNode outlets = JsonMapping.mapper().readTree(store().runInfo()).path("outlets");
      return outlets.isArray() ? outlets : JsonMapping.mapper().createArrayNode();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the run's run.json in its store is not JSON", e);
    }
  }

  /**
   * The story list as an Atom feed: the same filter and order as {@code /} and {@code /api/stories}, the first
   * {@code limit} stories (50 unless asked, at most {@link #MAX_API_LIMIT}).
   */
  private void storyFeed(Context ctx) {
    allowOnly(ctx, "limit", "outlet", "breaking", "entity", "min_outlets", "from", "to", "sort", "this_run");
    int limit = intParam(ctx, "limit", DEFAULT_FEED_LIMIT, 1, MAX_API_LIMIT);
    StoryFilter filter = storyFilter(ctx);
    StoryOrder order = orderParam(ctx);
    String title = "نبأ: القصص" + (filter.breakingOnly() ? " العاجلة" : "") + Pages.filterWords(filter);
    atom(ctx, Feeds.stories(title, store().storiesBriefJson(0, limit, filter, order), base(ctx),
        Pages.feedHref(filter, order), Pages.listHref(filter, order)));
  }

  /**
   * A storyline as an Atom feed: its stories, latest first, under the headline of its largest, so that a reader
   * follows a developing situation (a war's front, a negotiation) story by story.
   */
  private void storylineFeed(Context ctx) {
    allowOnly(ctx);
    String id = ctx.pathParam("id");
    List<ObjectNode> stories = new ArrayList<>(store().storylineBriefJson(id));
    if (stories.isEmpty()) {
      storylineNotFound(ctx, id);
      return;
    }
    ObjectNode largest = stories.stream()
        .max(Comparator.comparingInt((ObjectNode s) -> s.path("article_count").asInt())).orElseThrow();
    Collections.reverse(stories);
    String feed = Feeds.stories("نبأ: " + largest.path("headline").asText(), stories, base(ctx),
        Html.storylineFeedHref(id), Html.storylineHref(id));
    atom(ctx, feed);
  }

  /** The server's address as the client asked for it ("http://host:port"): feeds link absolutely. */
  private static String base(Context ctx) {
    // A request without a Host header (HTTP/1.0) is answered with the address it reached.
    String host = ctx.host();
    if (host == null || host.isBlank()) host = ctx.req().getLocalName() + ":" + ctx.req().getLocalPort();
    return ctx.scheme() + "://" + host;
  }

  private static void atom(Context ctx, String feed) {
    ctx.status(200).contentType("application/atom+xml; charset=utf-8").result(feed.getBytes(StandardCharsets.UTF_8));
  }

  /** Stories in a feed unless {@code limit} asks otherwise. */
  static final int DEFAULT_FEED_LIMIT = 50;

  private void apiStories(Context ctx) {
    allowOnly(ctx, "offset", "limit", "outlet", "breaking", "entity", "min_outlets", "from", "to", "sort",
        "this_run");
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", DEFAULT_API_LIMIT, 1, MAX_API_LIMIT);
    StoryFilter filter = storyFilter(ctx);
    StoryOrder order = orderParam(ctx);
    ObjectNode out = JsonMapping.mapper().createObjectNode();
    out.put("total", store().storyCount(filter));
    out.put("offset", offset);
    out.put("limit", limit);
    ArrayNode stories = out.putArray("stories");
    store().storiesJson(offset, limit, filter, order).forEach(stories::add);
    json(ctx, 200, JsonMapping.line(out));
  }

  private void apiStory(Context ctx) {
    allowOnly(ctx);
    String id = ctx.pathParam("id");
    Optional<ObjectNode> story = store().storyJson(id);
    if (story.isEmpty()) {
      notFound(ctx, "story", id);
      return;
    }
    ArrayNode detail = story.get().putArray("articles_detail");
    store().articlesOfStory(id).forEach(detail::add);
    json(ctx, 200, JsonMapping.line(story.get()));
  }

  /**
   * The storylines of {@code min_stories} stories or more (2 unless asked), latest activity first ({@code
   * sort=latest}) or most stories first ({@code sort=largest}), paged as {@code /api/stories}.
   */
  private void apiStorylines(Context ctx) {
    allowOnly(ctx, "offset", "limit", "min_stories", "sort");
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", DEFAULT_API_LIMIT, 1, MAX_API_LIMIT);
    int minStories = intParam(ctx, "min_stories", DEFAULT_MIN_STORIES, 1, Integer.MAX_VALUE);
    StoryOrder order = orderParam(ctx);
    ObjectNode out = JsonMapping.mapper().createObjectNode();
    out.put("total", store().storylineCount(minStories));
    out.put("offset", offset);
    out.put("limit", limit);
    ArrayNode lines = out.putArray("storylines");
    store().storylines(offset, limit, minStories, order).forEach(r -> lines.add(JsonMapping.storyline(r)));
    json(ctx, 200, JsonMapping.line(out));
  }

  /** A storyline's stories, earliest first, in the shape of {@code /api/stories}; 404 when no story has it. */
  private void apiStoryline(Context ctx) {
    allowOnly(ctx);
    String id = ctx.pathParam("id");
    List<ObjectNode> stories = store().storylineJson(id);
    if (stories.isEmpty()) {
      notFound(ctx, "storyline", id);
      return;
    }
    ObjectNode out = JsonMapping.mapper().createObjectNode();
    out.put("id", id);
    out.put("total", stories.size());
    stories.forEach(out.putArray("stories")::add);
    json(ctx, 200, JsonMapping.line(out));
  }

  /**
   * An article's place: its story's page, at the article. Story pages link here for articles they do not hold (a
   * near copy in another story, the original of a copy read by an earlier, resumed run).
   */
  private void articlePage(Context ctx) {
    allowOnly(ctx);
    String id = ctx.pathParam("id");
    Optional<String> story = store().articleBriefJson(id).map(a -> a.path("story").asText()).filter(x -> !x.isEmpty());
    if (story.isEmpty()) {
      articleNotFound(ctx, id);
      return;
    }
    ctx.redirect(Html.articleInStoryHref(story.get(), id));
  }

  /** An article's full text on a page of its own (a big story's page lists its later articles without). */
  private void articleTextPage(Context ctx) {
    allowOnly(ctx);
    String id = ctx.pathParam("id");
    Optional<ObjectNode> article = store().articleJson(id);
    if (article.isEmpty()) {
      articleNotFound(ctx, id);
      return;
    }
    String headline = store().storyHeadline(article.get().path("story").asText()).orElse("");
    html(ctx, 200, Pages.articleText(article.get(), headline));
  }

  private void apiArticle(Context ctx) {
    allowOnly(ctx);
    String id = ctx.pathParam("id");
    Optional<ObjectNode> article = store().articleJson(id);
    if (article.isEmpty()) {
      notFound(ctx, "article", id);
      return;
    }
    json(ctx, 200, JsonMapping.line(article.get()));
  }

  private void apiSearch(Context ctx) {
    allowOnly(ctx, "q", "limit", "outlet", "from", "to", "sort");
    String q = stringParam(ctx, "q").filter(s -> !s.isBlank())
        .orElseThrow(() -> new BadParameter("q", "parameter q (the query) is required"));
    int limit = intParam(ctx, "limit", DEFAULT_API_LIMIT, 1, MAX_API_LIMIT);
    SearchIndex.Filter filter = searchFilter(ctx);
    if (index().isEmpty()) {
      json(ctx, 503, JsonMapping.line(JsonMapping.mapper().createObjectNode()
          .put("error", "this run has no search index")));
      return;
    }
    ObjectNode out = JsonMapping.mapper().createObjectNode();
    out.put("query", q);
    ArrayNode hits = out.putArray("hits");
    SearchIndex.Found result = index().get().find(q, limit, filter);
    List<SearchHit> found = result.hits();
    // The words also searched in other forms: {"بوتين": ["بوتن"], "بمصر": ["مصر"]}.
    ObjectNode spelled = out.putObject("spellings");
    result.forms().forEach((word, others) -> others.forEach(spelled.putArray(word)::add));
    for (SearchHit h : found) hits.add(JsonMapping.hit(h));
    // The stories the hits fall in, in the order of their first hit, with their headline and count of hits.
    Map<String, Integer> perStory = new LinkedHashMap<>();
    for (SearchHit h : found) perStory.merge(h.storyId(), 1, Integer::sum);
    ArrayNode stories = out.putArray("stories");
    perStory.forEach((id, n) -> stories.addObject().put("id", id)
        .put("headline", store().storyHeadline(id).orElse(id)).put("hits", n));
    json(ctx, 200, JsonMapping.line(out));
  }

  /** The page for an article id this run does not hold (its link to a story page or to its own text). */
  private static void articleNotFound(Context ctx, String id) {
    html(ctx, 404, Pages.error("المقال ليس في هذا التشغيل",
        "لا يوجد مقال بالمعرّف " + id + " في هذا التشغيل؛ ربما قرأه تشغيل سابق استُؤنف منه هذا التشغيل."));
  }

  private static void notFound(Context ctx, String kind, String id) {
    json(ctx, 404, JsonMapping.line(JsonMapping.mapper().createObjectNode()
        .put("error", "no " + kind + " with id " + id).put("id", id)));
  }

  // ---- plumbing ----

  /** A query parameter the client got wrong: answered 400 with its name. */
  static final class BadParameter extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String parameter;

    BadParameter(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }
  }

  private static void allowOnly(Context ctx, String... allowed) {
    Set<String> known = Set.of(allowed);
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name)) {
        throw new BadParameter(name, "unknown parameter " + name + "; this endpoint takes " + known);
      }
    }
  }

  /**
   * The story list's filter, from the same parameters on the page and in the API: {@code outlet}, {@code breaking},
   * {@code entity}, {@code min_outlets} (stories at least that many outlets reported) and {@code from}/{@code to}
   * (days, YYYY-MM-DD, UTC: stories reported within them). A blank parameter is an absent one (a form sends them).
   */
  private static StoryFilter storyFilter(Context ctx) {
    Days days = days(ctx);
    return new StoryFilter(stringParam(ctx, "outlet").filter(s -> !s.isBlank()), boolParam(ctx, "breaking"),
        stringParam(ctx, "entity").filter(s -> !s.isBlank()), intParam(ctx, "min_outlets", 0, 0, MAX_MIN_OUTLETS),
        days.from(), days.to(), boolParam(ctx, "this_run"));
  }

  /**
   * A search's filter, from the same parameters on the page and in the API: {@code outlet}, {@code from}/{@code to}
   * (days, YYYY-MM-DD, UTC) and {@code sort} ({@code relevance}, the default, or {@code newest}). An index written
   * before Naba indexed outlets and times cannot take them: asked anyway, the parameter is named with the reason.
   */
  private SearchIndex.Filter searchFilter(Context ctx) {
    Days days = days(ctx);
    Optional<String> sort = stringParam(ctx, "sort").map(String::strip).filter(v -> !v.isEmpty());
    if (sort.isPresent() && !sort.get().equals("relevance") && !sort.get().equals("newest")) {
      throw new BadParameter("sort", "parameter sort must be relevance or newest, not '" + sort.get() + "'");
    }
    SearchIndex.Filter filter = new SearchIndex.Filter(stringParam(ctx, "outlet").filter(o -> !o.isBlank()),
        days.from(), days.to(), sort.filter("newest"::equals).isPresent());
    if ((filter.narrows() || filter.newestFirst()) && index().isPresent() && !index().get().filters()) {
      String named = filter.outlet().isPresent() ? "outlet" : days.from().isPresent() ? "from"
          : days.to().isPresent() ? "to" : "sort";
      throw new BadParameter(named, "this run's search index holds no outlets or times (written by an older Naba):"
          + " run naba run again to search by outlet, day or time (parameter " + named + ")");
    }
    return filter;
  }

  /** The most outlets a story list may ask a story for. */
  private static final int MAX_MIN_OUTLETS = 1000;

  /** The days a list or search is narrowed to, both ends whole (UTC). */
  private record Days(Optional<LocalDate> from, Optional<LocalDate> to) {}

  /** The {@code from} and {@code to} days; {@code to} before {@code from} is a bad parameter. */
  private static Days days(Context ctx) {
    Optional<LocalDate> from = dayParam(ctx, "from");
    Optional<LocalDate> to = dayParam(ctx, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new BadParameter("to", "parameter to (" + to.get() + ") is before from (" + from.get() + ")");
    }
    return new Days(from, to);
  }

  /** A day parameter, YYYY-MM-DD; absent or blank is none. */
  private static Optional<LocalDate> dayParam(Context ctx, String name) {
    Optional<String> raw = stringParam(ctx, name).map(String::strip).filter(v -> !v.isEmpty());
    if (raw.isEmpty()) return Optional.empty();
    try {
      return Optional.of(LocalDate.parse(raw.get()));
    } catch (DateTimeParseException e) {
      throw new BadParameter(name, "parameter " + name + " must be a day, YYYY-MM-DD, not '" + raw.get() + "'");
    }
  }

  /** The story list's order: {@code sort=latest} (the default) or {@code sort=largest}. */
  private static StoryOrder orderParam(Context ctx) {
    Optional<String> raw = stringParam(ctx, "sort").map(String::strip).filter(v -> !v.isEmpty());
    if (raw.isEmpty()) return StoryOrder.LATEST;
    return StoryOrder.named(raw.get()).orElseThrow(
        () -> new BadParameter("sort", "parameter sort must be latest or largest, not '" + raw.get() + "'"));
  }

  private static Optional<String> stringParam(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) throw new BadParameter(name, "parameter " + name + " is given " + values.size() + " times");
    return values.stream().findFirst();
  }

  /** A yes/no parameter: {@code true} or {@code 1}, {@code false} or {@code 0}; absent is no. */
  private static boolean boolParam(Context ctx, String name) {
    Optional<String> raw = stringParam(ctx, name).map(String::strip);
    if (raw.isEmpty()) return false;
    return switch (raw.get()) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new BadParameter(name, "parameter " + name + " must be true or false, not '" + raw.get() + "'");
    };
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    Optional<String> raw = stringParam(ctx, name);
    if (raw.isEmpty()) return fallback;
    int value;
    try {
      value = Integer.parseInt(raw.get().strip());
    } catch (NumberFormatException e) {
      throw new BadParameter(name, "parameter " + name + " must be a whole number, not '" + raw.get() + "'");
    }
    if (value < min || value > max) {
      String range = max == Integer.MAX_VALUE ? "at least " + min : "in [" + min + ", " + max + "]";
      throw new BadParameter(name, "parameter " + name + " must be " + range + ", not " + value);
    }
    return value;
  }

  private static void html(Context ctx, int status, String page) {
    ctx.status(status).contentType(HTML).result(page.getBytes(StandardCharsets.UTF_8));
  }

  private static void json(Context ctx, int status, String body) {
    ctx.status(status).contentType(JSON).result(body.getBytes(StandardCharsets.UTF_8));
  }
}
