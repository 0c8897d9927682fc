package org.naba.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.naba.model.ArticleResult;
import org.naba.model.Story;
import org.naba.store.JsonMapping;
import org.naba.store.RunStore;
import org.naba.store.SampleData;
import org.naba.store.SearchIndex;

class WebServerTest {
  @TempDir static Path dir;
  static WebServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Writes the sample run (store and index) into {@code dir}: shared with the browser test. */
  static void writeSampleRun(Path dir) {
    try (RunStore store = RunStore.create(dir)) {
      store.putArticles(SampleData.articles());
      store.putStories(SampleData.stories());
      store.putSpellings(org.naba.summary.StoryEntities.spellingsOf(
          SampleData.stories().stream().flatMap(st -> st.entities().stream()).toList()));
      // A run.json with the sample's outlets, as a run writes it.
      com.fasterxml.jackson.databind.node.ObjectNode info = JsonMapping.mapper().createObjectNode().put("name", "عينة");
      info.set("outlets", JsonMapping.outlets(org.naba.summary.OutletSummaries.of(SampleData.articles())));
      store.putRunInfo(JsonMapping.line(info));
    }
    SearchIndex.build(dir, SampleData.articles());
  }

  /**
   * A symlink switched to another run's directory, as a daily resumed run is published: the server serves the new run
   * from the next request on, and the run it served before is closed.
   */
  @Test
  void theServerFollowsItsDirectoryToTheNextRun(@TempDir Path runs) throws Exception {
    Path day1 = runs.resolve("day1");
    Path day2 = runs.resolve("day2");
    writeSampleRun(day1);
    writeSampleRun(day2);
    try (RunStore store = RunStore.create(day2)) {
      store.putArticles(SampleData.articles());
      store.putStories(SampleData.stories().subList(0, 1));
      store.putRunInfo("{\"name\": \"اليوم الثاني\", \"finished\": \"2016-09-06T12:00:00Z\"}");
    }
    java.nio.file.Files.writeString(day1.resolve("run.json"), "{\"name\": \"اليوم الأول\"}");
    java.nio.file.Files.writeString(day2.resolve("run.json"), "{\"name\": \"اليوم الثاني\"}");
    Path current = runs.resolve("current");
    java.nio.file.Files.createSymbolicLink(current, day1.getFileName());
    WebServer following = WebServer.start(current, "127.0.0.1", 0, 0);
    try {
      assertThat(get(following, "/api/stories").json().get("total").asInt()).isEqualTo(3);
      Path next = runs.resolve("current.new");
      java.nio.file.Files.createSymbolicLink(next, day2.getFileName());
      java.nio.file.Files.move(next, current, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      assertThat(get(following, "/api/stories").json().get("total").asInt()).isEqualTo(1);
      assertThat(get(following, "/api/run").json().get("name").asText()).isEqualTo("اليوم الثاني");
      assertThat(get(following, "/").body()).contains("حُدّثت <time datetime=\"2016-09-06T12:00:00Z\">");
      assertThat(get(following, "/search?q=" + Html.queryPart("جنيف")).status()).isEqualTo(200);
      // A directory switched to what is not a whole run yet keeps the run served.
      java.nio.file.Files.createSymbolicLink(next, runs.relativize(runs.resolve("empty")));
      java.nio.file.Files.createDirectories(runs.resolve("empty"));
      java.nio.file.Files.writeString(runs.resolve("empty").resolve("run.json"), "{}");
      java.nio.file.Files.move(next, current, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      assertThat(get(following, "/api/stories").json().get("total").asInt()).isEqualTo(1);
      // Nor does a store that has not taken its run.json yet (the last thing a run writes).
      Path half = runs.resolve("half");
      try (RunStore store = RunStore.create(half)) {
        store.putArticles(SampleData.articles());
        store.putStories(SampleData.stories());
      }
      java.nio.file.Files.writeString(half.resolve("run.json"), "{}");
      java.nio.file.Files.createSymbolicLink(next, half.getFileName());
      java.nio.file.Files.move(next, current, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      assertThat(get(following, "/api/stories").json().get("total").asInt()).isEqualTo(1);
      // Back to the first day's run, of a Naba that kept no finishing time: served again.
      java.nio.file.Files.createSymbolicLink(next, day1.getFileName());
      java.nio.file.Files.move(next, current, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      assertThat(get(following, "/api/stories").json().get("total").asInt()).isEqualTo(3);
    } finally {
      following.stop();
    }
  }

  /** A run that carried no story from an earlier one: all of its stories are its own. */
  @Test
  void thisRunsStoriesAreAllTheStoriesOfARunThatCarriedNone() throws Exception {
    assertThat(get("/api/stories?this_run=1").json().get("total").asInt()).isEqualTo(3);
    assertThat(get("/?this_run=1").status()).isEqualTo(200);
    assertThat(get("/feed.atom?this_run=1").status()).isEqualTo(200);
    assertThat(get("/").body()).doesNotContain("name=\"this_run\"");
  }

  @BeforeAll
  static void start() {
    writeSampleRun(dir);
    server = WebServer.start(dir, 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  record Reply(int status, String contentType, String body, HttpResponse<byte[]> raw) {
    JsonNode json() throws IOException {
      return JsonMapping.mapper().readTree(body);
    }
  }

  static Reply get(String pathAndQuery) throws IOException, InterruptedException {
    return get(server, pathAndQuery);
  }

  static Reply get(WebServer s, String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + pathAndQuery)).build();
    HttpResponse<byte[]> res = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
    return new Reply(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""),
        new String(res.body(), StandardCharsets.UTF_8), res);
  }

  /** The Content-Type without spaces, lower-cased: Jetty writes {@code ;charset=} with no space. */
  static String mediaType(Reply r) {
    return r.contentType().replace(" ", "").toLowerCase(java.util.Locale.ROOT);
  }

  @Test
  void anArticleOutsideTheStoryLinksToItsOwnPageWhichFindsItsStoryOrSaysItIsNotInThisRun() throws Exception {
    Reply page = get("/stories/" + Html.urlPart(SampleData.QUAKE));
    assertThat(page.body()).contains("href=\"/articles/" + SampleData.EARLIER_RUN_ID + "\"");
    Reply earlier = get("/articles/" + SampleData.EARLIER_RUN_ID);
    assertThat(earlier.status()).isEqualTo(404);
    assertThat(earlier.body()).contains("ليس في هذا التشغيل", SampleData.EARLIER_RUN_ID);
    Reply here = get("/articles/bbc-1");
    assertThat(here.status()).isEqualTo(302);
    assertThat(here.raw().headers().firstValue("Location")).hasValue(
        "/stories/" + Html.urlPart(SampleData.GENEVA) + "#" + Html.urlPart(Html.anchor("bbc-1")));
  }

  @Test
  void anArticlesTextHasAPageOfItsOwnEvenWithASlashInItsId() throws Exception {
    Reply r = get("/text/" + Html.urlPart(SampleData.PATH_ID));
    assertThat(r.status()).isEqualTo(200);
    assertThat(mediaType(r)).isEqualTo("text/html;charset=utf-8");
    assertThat(r.body()).contains("بوتين يلتقي أوباما في جنيف لبحث الأزمة السورية", "الجزيرة",
        "href=\"/stories/" + Html.urlPart(SampleData.GENEVA) + "#" + Html.urlPart(Html.anchor(SampleData.PATH_ID)));
    Reply missing = get("/text/nope");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("ليس في هذا التشغيل", "nope");
    assertThat(get("/text/bbc-1?x=1").status()).isEqualTo(400);
  }

  @Test
  void storyListIsAnRtlUtf8PageNewestFirst() throws Exception {
    Reply r = get("/");
    assertThat(r.status()).isEqualTo(200);
    assertThat(mediaType(r)).isEqualTo("text/html;charset=utf-8");
    assertThat(r.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "<meta charset=\"utf-8\">");
    assertThat(r.body()).containsSubsequence(
        "href=\"/stories/s-geneva\">بوتين وأوباما يلتقيان في جنيف</a><span class=\"badge breaking\">عاجل</span>",
        "3 مقالات", "الجزيرة، بي بي سي عربي، آر تي",
        "href=\"/stories/s-quake\">زلزال يضرب جنوب تركيا</a>", "مقالان",
        "href=\"/stories/s-undated\"", "مقال واحد", "بلا تاريخ");
    assertThat(r.body()).contains("1 مارس 2024، من 06:00 إلى 08:30 ت.غ");
    assertThat(r.raw().headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        v -> assertThat(v).startsWith("default-src 'none'"));
  }

  @Test
  void storyListFiltersByOutlet() throws Exception {
    Reply r = get("/?outlet=" + Html.queryPart("الأناضول"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("/stories/s-quake").doesNotContain("/stories/s-geneva")
        .contains("<option value=\"الأناضول\" selected>");
  }

  @Test
  void storyListRejectsABadPageAndShowsAnEmptyOneBeyondTheEnd() throws Exception {
    Reply bad = get("/?page=abc");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(mediaType(bad)).isEqualTo("text/html;charset=utf-8");
    assertThat(bad.body()).contains("page");
    assertThat(get("/?page=0").status()).isEqualTo(400);
    assertThat(get("/?breaking=maybe").status()).isEqualTo(400);
    Reply breaking = get("/?breaking=1");
    assertThat(breaking.status()).isEqualTo(200);
    assertThat(breaking.body()).contains("بوتين وأوباما يلتقيان في جنيف").doesNotContain("زلزال يضرب جنوب تركيا");
    Reply beyond = get("/?page=99");
    assertThat(beyond.status()).isEqualTo(200);
    assertThat(beyond.body()).contains("لا توجد قصص");
  }

  @Test
  void storyPageShowsSummaryWithCitationsAndTheTimeline() throws Exception {
    Reply r = get("/stories/s-geneva");
    assertThat(r.status()).isEqualTo(200);
    assertThat(mediaType(r)).isEqualTo("text/html;charset=utf-8");
    String anchor = "a-aljazeera/2024/03/putin-obama.html";
    assertThat(r.body()).containsSubsequence(
        "<h1>بوتين وأوباما يلتقيان في جنيف",
        "التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي باراك أوباما في جنيف.",
        "<a class=\"cite\" href=\"#" + anchor + "%231\"", ">1</a>",
        "<a class=\"cite\" href=\"#a-rt-1\"", ">2</a>",
        "وقال مسؤولون إن المحادثات كانت صريحة.", "<a class=\"cite\" href=\"#a-bbc-1\"",
        "<li id=\"" + anchor + "#1\">", "<details><summary>",
        "<li id=\"a-rt-1\" class=\"dup\">", "نسخة مكررة من <a href=\"#" + anchor + "%231\">[1]</a>",
        "<li id=\"a-bbc-1\">", "شبيه بـ<a href=\"#" + anchor + "%231\">[1]</a> (62٪)",
        "ظهرت أولاً في");
    assertThat(r.body()).contains("<blockquote>«نريد حلاً سياسياً» <cite>— بوتين</cite></blockquote>");
    assertThat(r.body()).contains("الجزيرة، بي بي سي عربي، آر تي", "line-russia-us");
  }

  @Test
  void articleTextIsEscaped() throws Exception {
    Reply r = get("/stories/s-quake");
    assertThat(r.body()).contains("ولم ترد أنباء عن إصابات &lt;حتى الآن&gt; &amp; &quot;بحسب&quot; السلطات.")
        .doesNotContain("<حتى");
  }

  @Test
  void unknownStoryIsA404Page() throws Exception {
    Reply r = get("/stories/" + Html.urlPart("قصة-مفقودة"));
    assertThat(r.status()).isEqualTo(404);
    assertThat(mediaType(r)).isEqualTo("text/html;charset=utf-8");
    assertThat(r.body()).contains("قصة-مفقودة", "dir=\"rtl\"");
  }

  @Test
  void theListShowsEachStorysFirstSummarySentence() throws Exception {
    Reply r = get("/");
    assertThat(r.body()).contains("<p class=\"lead\">التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي باراك أوباما في"
        + " جنيف.</p>", "<p class=\"lead\">ضرب زلزال بقوة 6.2 درجة جنوب تركيا فجر اليوم.</p>");
  }

  @Test
  void aPathNothingAnswersIsTheSitesOwn404PageOrJsonUnderApi() throws Exception {
    Reply page = get("/no-such-page");
    assertThat(page.status()).isEqualTo(404);
    assertThat(mediaType(page)).isEqualTo("text/html;charset=utf-8");
    assertThat(page.body()).contains("dir=\"rtl\"", "الصفحة غير موجودة", "/no-such-page");
    Reply api = get("/api/no-such-endpoint");
    assertThat(api.status()).isEqualTo(404);
    assertThat(mediaType(api)).isEqualTo("application/json;charset=utf-8");
    assertThat(api.body()).contains("\"error\"", "/api/no-such-endpoint");
    // The two pages of an article not in this run say the same.
    assertThat(get("/text/nope").body()).contains("ربما قرأه تشغيل سابق");
    assertThat(get("/articles/nope").body()).contains("ربما قرأه تشغيل سابق");
  }

  @Test
  void searchPageMarksMatchesAndLinksToTheArticleInItsStory() throws Exception {
    Reply r = get("/search?q=" + Html.queryPart("سورية"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(mediaType(r)).isEqualTo("text/html;charset=utf-8");
    assertThat(r.body()).contains("نتائج البحث عن «سورية»", "<mark>السورية</mark>",
        "href=\"/stories/s-geneva#a-aljazeera/2024/03/putin-obama.html%231\"",
        "value=\"سورية\"", "في قصة: <a href=\"/stories/s-geneva\">بوتين وأوباما يلتقيان في جنيف</a>");
    // Above the hits, the stories they fall in, each with its count of hits.
    String stories = r.body().substring(r.body().indexOf("<section class=\"hit-stories\">"));
    assertThat(stories.substring(0, stories.indexOf("</section>")))
        .contains("<a href=\"/stories/s-geneva\">بوتين وأوباما يلتقيان في جنيف</a>");
    assertThat(get("/search").body()).contains("اكتب كلمة", "ترامب OR ترمب", "-كلمة");
    assertThat(get("/search?q=" + Html.queryPart("<b>")).body()).contains("«&lt;b&gt;»").doesNotContain("«<b>");
  }

  @Test
  void apiStoriesServesThePublicJsonShapePaged() throws Exception {
    Reply r = get("/api/stories?offset=1&limit=1");
    assertThat(r.status()).isEqualTo(200);
    assertThat(mediaType(r)).isEqualTo("application/json;charset=utf-8");
    JsonNode j = r.json();
    assertThat(j.get("total").asInt()).isEqualTo(3);
    assertThat(j.get("offset").asInt()).isEqualTo(1);
    assertThat(j.get("stories")).containsExactly(JsonMapping.story(SampleData.stories().get(1)));
    assertThat(get("/api/stories").json().get("stories")).hasSize(3);
    assertThat(get("/api/stories?outlet=" + Html.queryPart("آر تي")).json().get("total").asInt()).isEqualTo(1);
    // The stories naming someone, in any spelling their outlets use.
    Reply named = get("/api/stories?entity=" + Html.queryPart("بوتن"));
    assertThat(named.json().get("total").asInt()).isEqualTo(1);
    assertThat(named.json().get("stories").get(0).get("id").asText()).isEqualTo(SampleData.GENEVA);
    assertThat(get("/api/stories?entity=" + Html.queryPart("أنقرة")).json().get("total").asInt()).isZero();
    assertThat(get("/").body()).contains("<span class=\"names\">بوتين، جنيف</span>");
    assertThat(get("/?entity=" + Html.queryPart("بوتين")).body()).contains("تذكر بوتين")
        .contains(Html.storyHref(SampleData.GENEVA)).doesNotContain(Html.storyHref(SampleData.QUAKE));
    Reply breaking = get("/api/stories?breaking=true");
    assertThat(breaking.json().get("total").asInt()).isEqualTo(1);
    assertThat(breaking.json().get("stories").get(0).get("id").asText()).isEqualTo(SampleData.GENEVA);
    assertThat(get("/api/stories?breaking=0").json().get("total").asInt()).isEqualTo(3);
    // Reach, days and order: the same parameters on the page.
    assertThat(get("/api/stories?min_outlets=3").json().get("total").asInt()).isEqualTo(1);
    assertThat(get("/api/stories?min_outlets=2&sort=largest").json().get("stories")).extracting(s -> s.get("id")
        .asText()).containsExactly(SampleData.GENEVA, SampleData.QUAKE);
    assertThat(get("/api/stories?from=2024-02-20&to=2024-02-20").json().get("stories")).singleElement()
        .satisfies(s -> assertThat(s.get("id").asText()).isEqualTo(SampleData.QUAKE));
    assertThat(get("/api/stories?outlet=&from=&sort=").json().get("total").asInt()).isEqualTo(3);
    Reply wide = get("/?min_outlets=3&from=2024-03-01&sort=largest");
    assertThat(wide.status()).isEqualTo(200);
    assertThat(wide.body()).contains("نقلتها 3 وسائل فأكثر منذ 1 مارس 2024").contains(Html.storyHref(SampleData.GENEVA))
        .doesNotContain(Html.storyHref(SampleData.QUAKE));
    assertThat(get("/?from=2024-13-01").status()).isEqualTo(400);
  }

  @Test
  void storylinesAreListedAndEachHasAPage() throws Exception {
    JsonNode none = get("/api/storylines").json();
    assertThat(none.get("total").asInt()).isZero(); // every sample storyline holds one story
    JsonNode all = get("/api/storylines?min_stories=1&sort=largest").json();
    assertThat(all.get("total").asInt()).isEqualTo(3);
    assertThat(all.get("storylines").get(0)).isEqualTo(JsonMapping.mapper().readTree(
        "{\"id\":\"line-russia-us\",\"headline\":\"بوتين وأوباما يلتقيان في جنيف\",\"stories\":1,\"articles\":3,"
            + "\"outlets\":3,\"first_seen\":\"2024-03-01T06:00:00Z\",\"last_seen\":\"2024-03-01T08:30:00Z\"}"));
    Reply list = get("/storylines?min_stories=1");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("3 خطوط قصصية", "href=\"/storylines/line-russia-us\"");
    assertThat(get("/storylines").body()).contains("لا توجد خطوط قصصية هنا.");
    Reply page = get("/storylines/line-russia-us");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>بوتين وأوباما يلتقيان في جنيف</h1>", Html.storyHref(SampleData.GENEVA))
        .contains("<section id=\"entities\">", "/?entity=" + Html.queryPart("بوتين"));
    assertThat(get("/storylines/" + Html.urlPart("لا-يوجد")).status()).isEqualTo(404);
    assertThat(get("/").body()).contains("href=\"/storylines\"");
    assertThat(get("/api/storylines?min_stories=0").status()).isEqualTo(400);
    assertThat(get("/api/storylines?sort=size").status()).isEqualTo(400);
  }

  /** A list's Atom feed: the same filter, read back by Rome as a feed reader would. */
  @Test
  void theStoryListIsAnAtomFeedWithTheSameFilter() throws Exception {
    Reply all = get("/feed.atom");
    assertThat(all.status()).isEqualTo(200);
    assertThat(mediaType(all)).startsWith("application/atom+xml");
    com.rometools.rome.feed.synd.SyndFeed feed = new com.rometools.rome.io.SyndFeedInput()
        .build(new java.io.StringReader(all.body()));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).isEqualTo("نبأ: القصص");
    // Atom's author, not Dublin Core's creator.
    assertThat(feed.getAuthors()).extracting(a -> a.getName()).containsExactly("نبأ");
    assertThat(all.body()).doesNotContain("dc:creator");
    assertThat(feed.getEntries()).hasSize(3);
    String base = "http://127.0.0.1:" + server.port();
    var geneva = feed.getEntries().stream().filter(e -> e.getTitle().equals("بوتين وأوباما يلتقيان في جنيف"))
        .findFirst().orElseThrow();
    assertThat(geneva.getLink()).isEqualTo(base + Html.storyHref(SampleData.GENEVA));
    assertThat(geneva.getUri()).isEqualTo(geneva.getLink());
    assertThat(geneva.getUpdatedDate().toInstant()).isEqualTo(java.time.Instant.parse("2024-03-01T08:30:00Z"));
    assertThat(geneva.getCategories()).extracting(c -> c.getName()).containsExactly(Feeds.BREAKING);
    assertThat(geneva.getDescription().getValue()).contains("<li>");
    // The feed is as new as its latest story.
    assertThat(feed.getPublishedDate().toInstant()).isEqualTo(java.time.Instant.parse("2024-03-01T08:30:00Z"));

    Reply breaking = get("/feed.atom?breaking=1&entity=" + Html.queryPart("بوتين"));
    com.rometools.rome.feed.synd.SyndFeed only = new com.rometools.rome.io.SyndFeedInput()
        .build(new java.io.StringReader(breaking.body()));
    assertThat(only.getTitle()).isEqualTo("نبأ: القصص العاجلة تذكر بوتين");
    assertThat(only.getEntries()).extracting(e -> e.getTitle()).containsExactly("بوتين وأوباما يلتقيان في جنيف");
    assertThat(only.getLinks()).anySatisfy(l -> {
      assertThat(l.getRel()).isEqualTo("self");
      assertThat(l.getHref()).isEqualTo(base + "/feed.atom?breaking=1&entity=" + Html.queryPart("بوتين"));
    });
    assertThat(only.getLinks()).anySatisfy(l -> {
      assertThat(l.getRel()).isEqualTo("alternate");
      assertThat(l.getHref()).isEqualTo(base + "/?breaking=1&entity=" + Html.queryPart("بوتين"));
    });
    assertThat(new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(
        get("/feed.atom?limit=1&sort=largest").body())).getEntries()).hasSize(1);
    // The list page announces its feed, with its filter.
    assertThat(get("/?breaking=1").body()).contains(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"القصص\" href=\"/feed.atom?breaking=1\">")
        .contains("<a class=\"feed\" href=\"/feed.atom?breaking=1\"");
    assertThat(get("/feed.atom?page=2").status()).isEqualTo(400);
    // A request without a Host header (HTTP/1.0) still gets absolute links, to the address it reached.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write("GET /feed.atom?limit=1 HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(reply).startsWith("HTTP/1.1 200").contains("href=\"http://127.0.0.1:" + server.port() + "/stories/")
          .doesNotContain("null");
    }
  }

  /** The outlets page and API read run.json's outlets (as the store keeps it). */
  @Test
  void theOutletsPageAndApiGiveRunJsonsOutlets() throws Exception {
    Reply api = get("/api/outlets");
    assertThat(api.status()).isEqualTo(200);
    assertThat(api.json().get("outlets"))
        .isEqualTo(JsonMapping.outlets(org.naba.summary.OutletSummaries.of(SampleData.articles())));
    assertThat(api.json().get("outlets")).isNotEmpty();
    Reply page = get("/outlets");
    assertThat(page.status()).isEqualTo(200);
    String first = api.json().get("outlets").get(0).get("outlet").asText();
    assertThat(page.body()).contains("href=\"/?outlet=" + Html.queryPart(first) + "\"").doesNotContain("أعد naba run");
    assertThat(get("/api/outlets?x=1").status()).isEqualTo(400);
  }

  /** A storyline's feed: its stories, latest first, under its largest story's headline; its page links it. */
  @Test
  void aStorylineIsAnAtomFeedOfItsStoriesLatestFirst(@TempDir Path run) throws Exception {
    java.time.Instant t = java.time.Instant.parse("2018-06-13T08:00:00Z");
    Story offensive = new Story("hodeidah-1", "التحالف يبدأ هجوما على الحديدة", List.of("a1", "a2", "a3"),
        List.of("عكاظ"), java.util.Optional.of(t), java.util.Optional.of(t.plusSeconds(3_600)), List.of(),
        java.util.Optional.of("hodeidah-1"), java.util.Optional.empty(), List.of());
    Story truce = new Story("hodeidah-2", "هدنة في الحديدة", List.of("a4"), List.of("الرياض"),
        java.util.Optional.of(t.plusSeconds(10 * 86_400)), java.util.Optional.of(t.plusSeconds(10 * 86_400)),
        List.of(), java.util.Optional.of("hodeidah-1"), java.util.Optional.empty(), List.of());
    try (RunStore store = RunStore.create(run)) {
      store.putArticles(List.of());
      store.putStories(List.of(offensive, truce));
      store.putRunInfo("{}");
    }
    SearchIndex.build(run, List.of());
    WebServer other = WebServer.start(run, 0);
    try {
      Reply reply = get(other, "/storylines/hodeidah-1/feed.atom");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(mediaType(reply)).startsWith("application/atom+xml");
      com.rometools.rome.feed.synd.SyndFeed feed = new com.rometools.rome.io.SyndFeedInput()
          .build(new java.io.StringReader(reply.body()));
      assertThat(feed.getTitle()).isEqualTo("نبأ: التحالف يبدأ هجوما على الحديدة");
      assertThat(feed.getEntries()).extracting(e -> e.getTitle()).containsExactly("هدنة في الحديدة",
          "التحالف يبدأ هجوما على الحديدة");
      assertThat(get(other, "/storylines/hodeidah-1").body()).contains("href=\"/storylines/hodeidah-1/feed.atom\"");
      assertThat(get(other, "/storylines/nothing-here/feed.atom").status()).isEqualTo(404);
    } finally {
      other.stop();
    }
  }

  @ParameterizedTest(name = "{0} → 400 naming {1}")
  @CsvSource({
    "/api/stories?limit=0, limit",
    "/api/stories?limit=201, limit",
    "/api/stories?limit=ten, limit",
    "/api/stories?offset=-1, offset",
    "/api/stories?offset=1&offset=2, offset",
    "/api/stories?lmit=5, lmit",
    "/api/search, q",
    "/api/search?q=%20, q",
    "/api/search?q=x&limit=0, limit",
    "/api/stories/s-geneva?full=1, full",
    "/api/stories?breaking=yes, breaking",
    "/api/stories?min_outlets=-1, min_outlets",
    "/api/stories?min_outlets=two, min_outlets",
    "/api/stories?from=2024-02-30, from",
    "/api/stories?to=1.3.2024, to",
    "/api/stories?from=2024-03-02&to=2024-03-01, to",
    "/api/stories?sort=oldest, sort",
  })
  void badParametersAre400NamingTheParameter(String path, String parameter) throws Exception {
    Reply r = get(path);
    assertThat(r.status()).isEqualTo(400);
    assertThat(mediaType(r)).isEqualTo("application/json;charset=utf-8");
    assertThat(r.json().get("parameter").asText()).isEqualTo(parameter);
    assertThat(r.json().get("error").asText()).contains(parameter);
  }

  @Test
  void apiStoryCarriesItsArticlesInChronologicalOrder() throws Exception {
    Reply r = get("/api/stories/s-geneva");
    assertThat(r.status()).isEqualTo(200);
    ObjectNode expected = JsonMapping.story(SampleData.stories().get(0));
    List<ArticleResult> all = SampleData.articles();
    var detail = expected.putArray("articles_detail");
    detail.add(JsonMapping.article(all.get(0)));
    detail.add(JsonMapping.article(all.get(2)));
    detail.add(JsonMapping.article(all.get(1)));
    assertThat(r.json()).isEqualTo(expected);
  }

  @Test
  void apiArticleAcceptsIdsWithSlashesAndHashes() throws Exception {
    Reply r = get("/api/articles/" + Html.urlPart(SampleData.PATH_ID));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).isEqualTo(JsonMapping.article(SampleData.articles().get(0)));
    assertThat(r.json().get("title").asText()).isEqualTo("بوتين يلتقي أوباما في جنيف لبحث الأزمة السورية");
  }

  @Test
  void apiStorylineListsItsStoriesAndAnUnknownOneIs404() throws Exception {
    Reply r = get("/api/storylines/line-russia-us");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("total").asInt()).isEqualTo(1);
    assertThat(r.json().get("stories").get(0).get("id").asText()).isEqualTo(SampleData.GENEVA);
    assertThat(get("/api/storylines/line-missing").status()).isEqualTo(404);
  }

  @Test
  void unknownIdsAre404Json() throws Exception {
    for (String path : List.of("/api/stories/" + Html.urlPart("لا-يوجد"), "/api/articles/nope")) {
      Reply r = get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(mediaType(r)).isEqualTo("application/json;charset=utf-8");
      assertThat(r.json().get("error").asText()).startsWith("no ");
    }
    assertThat(get("/api/stories/" + Html.urlPart("لا-يوجد")).json().get("id").asText()).isEqualTo("لا-يوجد");
  }

  @Test
  void apiSearchFindsVariantSpellingsWithHighlightOffsets() throws Exception {
    Reply r = get("/api/search?q=" + Html.queryPart("اوباما") + "&limit=5");
    assertThat(r.status()).isEqualTo(200);
    JsonNode j = r.json();
    assertThat(j.get("query").asText()).isEqualTo("اوباما");
    assertThat(j.get("hits")).extracting(h -> h.get("id").asText())
        .containsExactlyInAnyOrder(SampleData.PATH_ID, "bbc-1", "rt-1");
    // The stories of the hits, each once, in the order of its first hit, with its headline and count of hits.
    java.util.Map<String, Long> perStory = java.util.stream.StreamSupport.stream(j.get("hits").spliterator(), false)
        .collect(java.util.stream.Collectors.groupingBy(h -> h.get("story").asText(), java.util.LinkedHashMap::new,
            java.util.stream.Collectors.counting()));
    assertThat(j.get("stories")).extracting(s -> s.get("id").asText()).containsExactlyElementsOf(perStory.keySet());
    assertThat(j.get("stories")).extracting(s -> s.get("hits").asLong()).containsExactlyElementsOf(perStory.values());
    assertThat(j.get("stories")).allSatisfy(s -> assertThat(s.get("headline").asText()).isNotBlank());
    JsonNode first = j.get("hits").get(0);
    JsonNode mark = first.get("highlights").get(0);
    assertThat(first.get("snippet").asText().substring(mark.get(0).asInt(), mark.get(1).asInt()))
        .isIn("أوباما", "اوباما");
  }

  @Test
  void aSearchIsNarrowedToAnOutletAndDaysAndOrderedByTime() throws Exception {
    String geneva = "/api/search?q=" + Html.queryPart("جنيف");
    assertThat(get(geneva + "&outlet=" + Html.queryPart("آر تي")).json().get("hits")).extracting(h -> h.get("id")
        .asText()).containsExactly("rt-1");
    assertThat(get(geneva + "&sort=newest").json().get("hits")).extracting(h -> h.get("id").asText())
        .containsExactly("bbc-1", "rt-1", SampleData.PATH_ID);
    assertThat(get(geneva + "&to=2024-02-29").json().get("hits")).isEmpty();
    assertThat(get(geneva + "&outlet=&from=&to=&sort=").json().get("hits")).hasSize(3);
    Reply page = get("/search?q=" + Html.queryPart("جنيف") + "&outlet=" + Html.queryPart("آر تي") + "&sort=newest");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<option value=\"آر تي\" selected>", "<option value=\"newest\" selected>")
        .contains("مقال واحد");
    assertThat(get(geneva + "&sort=oldest").status()).isEqualTo(400);
    assertThat(get(geneva + "&from=2024-03-02&to=2024-03-01").json().get("parameter").asText()).isEqualTo("to");
  }

  @Test
  void aSearchSaysWhichWordsItAlsoSearchedInTheirOtherSpellings() throws Exception {
    JsonNode j = get("/api/search?q=" + Html.queryPart("بوتين جنيف")).json();
    assertThat(j.get("spellings").get("بوتين")).extracting(JsonNode::asText).containsExactly("بوتن");
    assertThat(j.get("spellings").has("جنيف")).isFalse();
    assertThat(j.get("hits")).isNotEmpty();
    assertThat(get("/api/search?q=" + Html.queryPart("جنيف")).json().get("spellings").isEmpty()).isTrue();
    assertThat(get("/search?q=" + Html.queryPart("بوتين")).body()).contains("صيغًا أخرى").contains("«بوتين» و«بوتن»");
    assertThat(get("/search?q=" + Html.queryPart("جنيف")).body()).doesNotContain("صيغًا أخرى");
  }

  @Test
  void concurrentReadersGetTheSameAnswersAsOne() throws Exception {
    List<String> paths = List.of("/api/stories", "/api/stories/s-geneva", "/api/search?q=" + Html.queryPart("جنيف"),
        "/stories/s-quake", "/api/articles/" + Html.urlPart(SampleData.PATH_ID));
    java.util.Map<String, String> serial = new java.util.HashMap<>();
    for (String p : paths) serial.put(p, get(p).body());
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 80; i++) {
        String p = paths.get(i % paths.size());
        results.add(pool.submit(() -> get(p).body().equals(serial.get(p))));
      }
      for (var f : results) assertThat(f.get()).isTrue();
    }
  }

  @Test
  void storyIdsWithSlashesAndArabicReachTheirPage(@TempDir Path other) throws Exception {
    Story base = SampleData.stories().get(1);
    String id = "2024/زلزال#1";
    Story odd = new Story(id, base.headline(), base.articles(), base.outlets(), base.firstSeen(), base.lastSeen(),
        base.summary(), base.storyline(), base.breaking(), base.mergedFrom());
    try (RunStore store = RunStore.create(other)) {
      store.putStories(List.of(odd));
    }
    WebServer s = WebServer.start(other, 0);
    try {
      Reply list = get(s, "/");
      assertThat(list.body()).contains("href=\"" + Html.storyHref(id) + "\"");
      Reply page = get(s, Html.storyHref(id));
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains("<h1>زلزال يضرب جنوب تركيا");
      assertThat(get(s, "/api/stories/" + Html.urlPart(id)).json().get("id").asText()).isEqualTo(id);
    } finally {
      s.stop();
    }
  }

  @Test
  void runInfoIsServedAsStored() throws Exception {
    assertThat(get("/api/run").json().get("name").asText()).isEqualTo("عينة");
  }

  @Test
  void withoutAnIndexSearchSaysSo(@TempDir Path other) throws Exception {
    try (RunStore store = RunStore.create(other)) {
      store.putStories(SampleData.stories());
    }
    WebServer s = WebServer.start(other, 0);
    try {
      assertThat(get(s, "/api/search?q=x").status()).isEqualTo(503);
      assertThat(get(s, "/search?q=x").body()).contains("لا يوجد فهرس بحث");
      assertThat(get(s, "/").status()).isEqualTo(200);
    } finally {
      s.stop();
    }
  }

  @Test
  void startingWithoutAStoreNamesThePath(@TempDir Path empty) {
    assertThatThrownBy(() -> WebServer.start(empty, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(empty.toString());
  }
}
