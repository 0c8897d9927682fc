package org.naba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code naba run NEW --out DIR2 --resume DIR1}: yesterday's crawl, then today's resumed from it. Today's copies of
 * yesterday's articles name them, exactly as one run over both crawls would; a state that cannot be used is refused
 * with its file named.
 */
class ResumeEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String WIRE_LEAD = "قال مسؤول بارز في وزارة الخارجية الأميركية إن الروس تراجعوا عن بعض القضايا"
      + " التي اعتقدنا أننا اتفقنا عليها ولذلك سنعود إلى عواصمنا للتشاور قبل استئناف المحادثات في هانغتشو";
  private static final String WIRE_MORE = "وأضاف المسؤول أن وزير الخارجية جون كيري سيلتقي نظيره الروسي سيرغي لافروف"
      + " مرة أخرى خلال الأيام المقبلة لبحث وقف إطلاق النار في مدينة حلب وإيصال المساعدات الإنسانية";
  private static final String OIL = "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد أن أعلنت منظمة أوبك عن خفض"
      + " إنتاجها اليومي بمقدار مليون برميل في خطوة تهدف إلى دعم الأسعار التي تراجعت خلال الأشهر الماضية";
  private static final String OIL_MORE = "وقال محللون في لندن إن القرار قد يدفع الأسعار إلى مستويات لم تشهدها الأسواق"
      + " منذ عامين إذا التزمت الدول الأعضاء بالحصص الجديدة التي أقرها الاجتماع الأخير في فيينا";
  private static final String FOOTBALL = "فاز فريق الهلال على النصر بهدفين مقابل هدف في مباراة مثيرة أقيمت مساء أمس"
      + " على استاد الملك فهد الدولي بالرياض ضمن منافسات الجولة الخامسة من دوري المحترفين السعودي";
  private static final String LOCAL = "افتتح أمير منطقة الرياض اليوم مستشفى جديدا للأطفال بطاقة استيعابية تبلغ ثلاثمائة"
      + " سرير ويضم أقساما متخصصة في جراحة القلب والأورام وحديثي الولادة وفق أحدث المعايير العالمية";

  @TempDir Path dir;

  @Test
  void todaysCopiesOfYesterdaysArticlesNameThemAsOneRunOverBothWould() throws IOException {
    Path day1 = write("day1.jsonl", List.of(
        record("aawsat-1", "aawsat", "2016-09-05T08:00:00+03:00", "الروس تراجعوا", WIRE_LEAD + "\n" + WIRE_MORE),
        record("alyaum-1", "alyaum", "2016-09-05T09:00:00+03:00", "أسعار النفط", OIL + "\n" + OIL_MORE),
        record("sabq-1", "sabq", "2016-09-05T10:00:00+03:00", "الهلال يفوز", FOOTBALL)));
    Path day2 = write("day2.jsonl", List.of(
        // An exact copy, a near copy (one paragraph added), a paragraph carried under another lead, something new,
        // and yesterday's record read again (a crawl that overlaps the previous one).
        record("alweeam-2", "alweeam", "2016-09-06T08:00:00+03:00", "الروس", WIRE_LEAD + "\n" + WIRE_MORE),
        record("okaz-2", "okaz", "2016-09-06T09:00:00+03:00", "النفط يرتفع",
            OIL + "\n" + OIL_MORE + "\nوأشار المحللون إلى أن الطلب على النفط سيرتفع خلال فصل الشتاء المقبل"),
        record("alriyadh-2", "alriyadh", "2016-09-06T10:00:00+03:00", "مستشفى", LOCAL + "\n" + WIRE_MORE),
        record("sabq-2", "sabq", "2016-09-06T11:00:00+03:00", "مستشفى للأطفال", LOCAL),
        record("sabq-1", "sabq", "2016-09-05T10:00:00+03:00", "الهلال يفوز", FOOTBALL)));

    TwoCrawls runs = runTwoCrawls(day1, day2);
    Path out1 = runs.first();
    Path out2 = runs.resumed();
    Path both = runs.oneRun();

    Map<String, JsonNode> today = articles(out2);
    assertThat(today).containsOnlyKeys("alweeam-2", "okaz-2", "alriyadh-2", "sabq-2");
    assertThat(today.get("alweeam-2").get("duplicate_of").asText()).isEqualTo("aawsat-1");
    assertThat(today.get("okaz-2").get("near_duplicates")).extracting(n -> n.get("id").asText()).contains("alyaum-1");
    assertThat(today.get("alriyadh-2").get("provenance")).anySatisfy(p -> {
      assertThat(p.get("paragraph").asInt()).isEqualTo(1);
      assertThat(p.get("first_seen_in").asText()).isEqualTo("aawsat-1");
    });
    assertThat(today.get("sabq-2").get("provenance")).singleElement() // today's own carriers are named as before
        .satisfies(p -> assertThat(p.get("first_seen_in").asText()).isEqualTo("alriyadh-2"));

    // A passage first carried by yesterday's aawsat-1 names its outlet in today's story, from the resumed window.
    List<JsonNode> shared = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(out2.resolve("stories.jsonl"), java.nio.charset.StandardCharsets.UTF_8)) {
      JSON.readTree(line).path("shared_passages").forEach(shared::add);
    }
    assertThat(shared).filteredOn(p -> p.get("origin").asText().equals("aawsat-1"))
        .isNotEmpty().allSatisfy(p -> assertThat(p.get("origin_outlet").asText()).isEqualTo("aawsat"));

    // The same decisions as one run over both days.
    Map<String, JsonNode> oneRun = articles(both);
    for (String id : today.keySet()) {
      for (String field : List.of("duplicate_of", "near_duplicates", "provenance")) {
        assertThat(today.get(id).get(field)).as(id + " " + field).isEqualTo(oneRun.get(id).get(field));
      }
    }

    JsonNode runJson = JSON.readTree(out2.resolve("run.json").toFile());
    JsonNode from = runJson.get("resumed_from");
    assertThat(Path.of(from.get("store").asText())).isEqualTo(out1.resolve("naba.db").toAbsolutePath());
    assertThat(from.get("articles").asInt()).isEqualTo(3);
    assertThat(from.get("read_ids").asInt()).isEqualTo(3);
    assertThat(from.get("clock").asText()).isEqualTo("2016-09-05T07:00:00Z");
    assertThat(runJson.get("state").get("articles").asInt()).isEqualTo(7);
    assertThat(runJson.get("state").get("bytes").asLong()).isPositive();
    assertThat(runJson.get("stage_ms").has("dedup_state_load")).isTrue();
    assertThat(runJson.get("stage_ms").has("dedup_state_save")).isTrue();
    assertThat(runJson.get("counts").get("duplicates_of_earlier_runs").asInt()).isEqualTo(1);
    assertThat(runJson.get("counts").get("skipped").get("already-read").asInt()).isEqualTo(1);
    assertThat(runJson.get("counts").get("older_than_resumed_state").asInt()).isZero();
    assertThat(JSON.readTree(out1.resolve("run.json").toFile()).get("resumed_from").isNull()).isTrue();

    // A third day resumes from the second (by its naba.db), and still reaches back to the first.
    Path day3 = write("day3.jsonl", List.of(
        record("madina-3", "madina", "2016-09-07T08:00:00+03:00", "الروس", WIRE_LEAD + "\n" + WIRE_MORE)));
    Path out3 = dir.resolve("out3");
    assertThat(run("run", day3.toString(), "--out", out3.toString(), "--resume", out2.resolve("naba.db").toString(),
        "--quiet")).isZero();
    assertThat(articles(out3).get("madina-3").get("duplicate_of").asText()).isEqualTo("aawsat-1");
  }

  /**
   * The demo corpus (ANT 2018, 10–19 March) read as three crawls, each resumed from the one before: each crawl's
   * articles join the stories the earlier ones left open, and its output gives every story as one run over all the
   * crawls so far does, the earlier crawls' articles included (the third reaches back to the first through the second,
   * which carried the first's articles whole).
   */
  @Test
  void storiesLeftOpenContinueAsInOneRunOverAllTheCrawls() throws Exception {
    List<ObjectNode> corpus = new ArrayList<>();
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
        getClass().getResourceAsStream("/demo/ant-2018-demo.jsonl.gz")), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        corpus.add((ObjectNode) JSON.readTree(line));
      }
    }
    List<java.time.Instant> cuts =
        List.of(java.time.Instant.parse("2018-03-12T12:00:00Z"), java.time.Instant.parse("2018-03-14T12:00:00Z"));
    List<List<ObjectNode>> crawls = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (ObjectNode r : corpus) {
      java.time.Instant t = java.time.OffsetDateTime.parse(r.get("published").asText()).toInstant();
      crawls.get((int) cuts.stream().filter(c -> !t.isBefore(c)).count()).add(r);
    }
    Path day1 = write("day1.jsonl", crawls.get(0));
    Path day2 = write("day2.jsonl", crawls.get(1));
    Path day3 = write("day3.jsonl", crawls.get(2));
    Path out1 = dir.resolve("out1");
    Path out2 = dir.resolve("out2");
    Path out3 = dir.resolve("out3");
    assertThat(run("run", day1.toString(), "--out", out1.toString(), "--quiet")).isZero();
    assertThat(run("run", day2.toString(), "--out", out2.toString(), "--resume", out1.toString(), "--quiet")).isZero();
    assertThat(run("run", day3.toString(), "--out", out3.toString(), "--resume", out2.toString(), "--quiet")).isZero();
    assertThat(run("run", day1.toString(), day2.toString(), "--out", dir.resolve("one12").toString(), "--quiet"))
        .isZero();
    assertThat(run("run", day1.toString(), day2.toString(), day3.toString(), "--out", dir.resolve("one123").toString(),
        "--quiet")).isZero();

    Map<String, JsonNode> first = articles(out1);
    Map<String, JsonNode> firstTwo = new LinkedHashMap<>(first);
    firstTwo.putAll(articles(out2));
    assertThat(continues(dir.resolve("one12"), out2, first)).isGreaterThanOrEqualTo(3);
    List<String> earlier = earlierArticles(out3);
    assertThat(earlier).as("the third crawl's stories hold articles of the first").anyMatch(first::containsKey);
    assertThat(continues(dir.resolve("one123"), out3, firstTwo)).isGreaterThanOrEqualTo(5);

    // The last crawl's store holds the stream's stories as one run over all the crawls does: its own, and those
    // of the crawls before that drew nothing new since, carried from store to store with their articles.
    assertThat(storedStories(out3)).isEqualTo(storedStories(dir.resolve("one123")));
    try (var store = org.naba.store.RunStore.open(out3);
        var index = org.naba.store.SearchIndex.open(out3, store::searchable);
        var whole = org.naba.store.RunStore.open(dir.resolve("one123"));
        var wholeIndex = org.naba.store.SearchIndex.open(dir.resolve("one123"), whole::searchable)) {
      assertThat(index.size()).isEqualTo(wholeIndex.size()).isEqualTo(corpus.size());
      for (String q : List.of("بوتين", "الغوطة", "ترامب")) {
        assertThat(index.search(q, 1000)).as(q).extracting(h -> h.articleId() + " " + h.storyId())
            .containsExactlyInAnyOrderElementsOf(
                wholeIndex.search(q, 1000).stream().map(h -> h.articleId() + " " + h.storyId()).toList());
      }
    }

    JsonNode runJson = JSON.readTree(out3.resolve("run.json").toFile());
    try (var store = org.naba.store.RunStore.open(out3)) {
      assertThat(runJson.get("carried").get("stories").asInt()).isPositive()
          .isEqualTo(store.storyCount() - stories(out3).size());
      // The story list narrowed to this run's stories (?this_run=1) lists those of its stories.jsonl that hold an
      // article of its own.
      var own = new org.naba.store.StoryFilter(java.util.Optional.empty(), false, java.util.Optional.empty(), 0,
          java.util.Optional.empty(), java.util.Optional.empty(), true);
      List<String> withOwn = stories(out3).values().stream()
          .filter(st -> st.get("earlier_articles").size() < st.get("articles").size())
          .map(st -> st.get("id").asText()).toList();
      assertThat(withOwn).isNotEmpty();
      assertThat(store.stories(0, 1000, own)).extracting(org.naba.store.StorySummaryRow::id)
          .containsExactlyInAnyOrderElementsOf(withOwn);
    }
    assertThat(runJson.get("resumed_from").get("stories").asBoolean()).isTrue();
    assertThat(runJson.get("resumed_from").get("open_articles").asInt()).isPositive();
    assertThat(runJson.get("counts").get("earlier_articles").asInt()).isEqualTo(earlier.size());
  }

  /**
   * SaudiNewsNet's 3–6 August 2015 (5,906 records), cut at midnight UTC of the 6th: the second crawl's run lists its
   * stories as one run over both does, among them stories it lists only because earlier articles moved (a lone
   * article the first run placed as if its stream ended there, placed otherwise as the stream went on), and its store
   * holds every story and article of that one run's, those the first crawl's store held carried on.
   */
  @Test
  void علىSaudiNewsNet_مخزن_التشغيل_المستأنف_يطابق_تشغيلا_واحدا() throws Exception {
    Path shared = org.naba.testing.SharedData.root().orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, org.naba.testing.SharedData.MISSING);
    Path corpus = shared.resolve("data/news/saudinewsnet-2015.jsonl.gz");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(corpus), "SaudiNewsNet 2015 corpus absent");
    List<ObjectNode> before = new ArrayList<>();
    List<ObjectNode> after = new ArrayList<>();
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
        Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        ObjectNode r = (ObjectNode) JSON.readTree(line);
        String day = r.path("published").asText("");
        if (day.compareTo("2015-08-03") < 0 || day.compareTo("2015-08-07") >= 0) continue;
        java.time.Instant t = java.time.OffsetDateTime.parse(day).toInstant();
        (t.isBefore(java.time.Instant.parse("2015-08-06T00:00:00Z")) ? before : after).add(r);
      }
    }
    Path day1 = write("day1.jsonl", before);
    Path day2 = write("day2.jsonl", after);
    TwoCrawls runs = runTwoCrawls(day1, day2);
    Path out2 = runs.resumed();
    Path one = runs.oneRun();
    Map<String, JsonNode> wholeStories = stories(one);
    int moved = 0;
    for (JsonNode s : stories(out2).values()) {
      String id = s.get("id").asText();
      assertThat(s.get("articles")).as(id).isEqualTo(wholeStories.get(id).get("articles"));
      if (s.get("earlier_articles").size() == s.get("articles").size()) moved++;
    }
    assertThat(moved).as("stories listed only because their earlier articles moved").isPositive();
    assertThat(storedStories(out2)).isEqualTo(storedStories(one));
    // Scored against the gold, the resumed run's stories (its store's: the first crawl's articles too) score as the one
    // run's.
    Path gold = shared.resolve("data/gold/saudinewsnet-2015-stories.json");
    assertThat(evalStories(gold, out2)).isEqualTo(evalStories(gold, one)).contains("macro F1");
  }

  /** What {@code naba eval stories --gold GOLD RUN} prints. */
  private static String evalStories(Path gold, Path run) {
    java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
    java.io.PrintStream saved = System.out;
    System.setOut(new java.io.PrintStream(stdout, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.commandLine().execute("eval", "stories", "--gold", gold.toString(), run.toString())).isZero();
    } finally {
      System.setOut(saved);
    }
    return stdout.toString(StandardCharsets.UTF_8);
  }

  /**
   * Runs a chain of crawls, each resumed from the run before, into {@code out1}, {@code out2}…; returns those
   * directories.
   */
  private List<Path> runChain(Path... days) {
    List<Path> outs = new ArrayList<>();
    for (int i = 0; i < days.length; i++) {
      Path out = dir.resolve("out" + (i + 1));
      List<String> args = new ArrayList<>(List.of("run", days[i].toString(), "--out", out.toString(), "--quiet"));
      if (i > 0) args.addAll(List.of("--resume", outs.get(i - 1).toString()));
      assertThat(run(args.toArray(String[]::new))).as("crawl " + (i + 1)).isZero();
      outs.add(out);
    }
    return outs;
  }

  /**
   * The first day's crawl, one oil report on 5 September 2016, run into {@code out1}; returns the next day's crawl,
   * one football report, to resume from it.
   */
  private Path oilDayRun() throws IOException {
    Path day1 = write("day1.jsonl", List.of(
        record("alyaum-1", "alyaum", "2016-09-05T09:00:00+03:00", "أسعار النفط", OIL + "\n" + OIL_MORE)));
    assertThat(run("run", day1.toString(), "--out", dir.resolve("out1").toString(), "--quiet")).isZero();
    return write("day2.jsonl", List.of(
        record("sabq-2", "sabq", "2016-09-06T10:00:00+03:00", "الهلال يفوز", FOOTBALL)));
  }

  /** The runs of two crawls: the first, the second resumed from it, and one run over both. */
  private record TwoCrawls(Path first, Path resumed, Path oneRun) {}

  private TwoCrawls runTwoCrawls(Path day1, Path day2) {
    TwoCrawls runs = new TwoCrawls(dir.resolve("out1"), dir.resolve("out2"), dir.resolve("both"));
    assertThat(run("run", day1.toString(), "--out", runs.first().toString(), "--quiet")).isZero();
    assertThat(run("run", day2.toString(), "--out", runs.resumed().toString(), "--resume", runs.first().toString(),
        "--quiet")).isZero();
    assertThat(run("run", day1.toString(), day2.toString(), "--out", runs.oneRun().toString(), "--quiet")).isZero();
    return runs;
  }

  /**
   * Checks that {@code resumed} gives its articles the stories {@code oneRun} gives them, and lists each of its stories
   * as {@code oneRun} does, its {@code earlier_articles} from {@code before} (the earlier crawls' articles), its other
   * articles its own, each in the store; returns how many stories it continued.
   */
  private int continues(Path oneRun, Path resumed, Map<String, JsonNode> before) throws Exception {
    Map<String, JsonNode> own = articles(resumed);
    Map<String, JsonNode> whole = articles(oneRun);
    for (JsonNode a : own.values()) {
      assertThat(a.get("story")).as(a.get("id").asText()).isEqualTo(whole.get(a.get("id").asText()).get("story"));
    }
    Map<String, JsonNode> wholeStories = stories(oneRun);
    int continued = 0;
    try (var store = org.naba.store.RunStore.open(resumed)) {
      for (JsonNode s : stories(resumed).values()) {
        String id = s.get("id").asText();
        assertThat(s.get("articles")).as(id).isEqualTo(wholeStories.get(id).get("articles"));
        assertThat(s.get("storyline")).as(id).isEqualTo(wholeStories.get(id).get("storyline"));
        List<String> earlier = new ArrayList<>();
        s.get("earlier_articles").forEach(e -> earlier.add(e.asText()));
        for (JsonNode a : s.get("articles")) {
          String article = a.asText();
          assertThat(earlier.contains(article) ? before : own).as(article).containsKey(article);
          // The store lists a continued story whole, so that its page shows the earlier crawls' articles too.
          assertThat(store.articleJson(article)).as(article).isPresent();
        }
        if (!earlier.isEmpty()) continued++;
      }
      // The story list tells a continued story by how many of its articles the earlier crawls read.
      Map<String, JsonNode> listed = stories(resumed);
      for (var row : store.stories(0, 1000, org.naba.store.StoryFilter.ALL)) {
        // A story carried from an earlier run's store was read whole by the runs before.
        assertThat(row.earlierArticles()).as(row.id()).isEqualTo(listed.containsKey(row.id())
            ? listed.get(row.id()).get("earlier_articles").size() : row.articleCount());
      }
    }
    assertThat(JSON.readTree(resumed.resolve("run.json").toFile()).get("counts").get("continued_stories").asInt())
        .isEqualTo(continued);
    return continued;
  }

  /**
   * Each story a run's store holds (its id, storyline and articles, as its row lists them) and every article the
   * store holds with the story its row names.
   */
  private static Map<String, String> storedStories(Path out) throws Exception {
    Map<String, String> byId = new java.util.TreeMap<>();
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + out.resolve("naba.db"));
        var st = c.createStatement()) {
      try (var rs = st.executeQuery("SELECT id, storyline, json_extract(json, '$.articles') FROM story")) {
        while (rs.next()) byId.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3));
      }
      try (var rs = st.executeQuery("SELECT id, story FROM article")) {
        while (rs.next()) byId.put("article " + rs.getString(1), rs.getString(2));
      }
    }
    return byId;
  }

  /** The earlier crawls' articles a resumed run's stories list. */
  private static List<String> earlierArticles(Path resumed) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode s : stories(resumed).values()) s.get("earlier_articles").forEach(e -> out.add(e.asText()));
    return out;
  }

  private static Map<String, JsonNode> stories(Path out) throws IOException {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out.resolve("stories.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode s = JSON.readTree(line);
      byId.put(s.get("id").asText(), s);
    }
    return byId;
  }

  /** A site's repeated line learned from yesterday's pages is boilerplate on today's first page, as in one run. */
  @Test
  void aSitesRepeatedLinesLearnedYesterdayAreLeftOutOfTodaysFirstPage() throws Exception {
    String footer = "جميع الحقوق محفوظة لصحيفة الشرق الأوسط ويمنع النسخ أو إعادة النشر دون إذن مسبق";
    List<String> texts = List.of(WIRE_LEAD, OIL, FOOTBALL, LOCAL);
    List<ObjectNode> yesterday = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      yesterday.add(record("aawsat-" + i, "aawsat", "2016-09-05T0" + (i + 1) + ":00:00+03:00", "عنوان " + i,
          texts.get(i) + "\n" + footer));
    }
    Path day1 = write("day1.jsonl", yesterday);
    Path day2 = write("day2.jsonl", List.of(
        record("aawsat-today", "aawsat", "2016-09-06T08:00:00+03:00", "أسعار النفط", OIL_MORE + "\n" + footer)));
    Path out1 = dir.resolve("out1");
    assertThat(run("run", day1.toString(), "--out", out1.toString(), "--quiet")).isZero();
    assertThat(run("run", day2.toString(), "--out", dir.resolve("resumed").toString(), "--resume", out1.toString(),
        "--quiet")).isZero();
    assertThat(run("run", day2.toString(), "--out", dir.resolve("alone").toString(), "--quiet")).isZero();
    assertThat(run("run", day1.toString(), day2.toString(), "--out", dir.resolve("both").toString(), "--quiet"))
        .isZero();

    assertThat(articles(dir.resolve("alone")).get("aawsat-today").get("text").asText()).contains(footer);
    String resumed = articles(dir.resolve("resumed")).get("aawsat-today").get("text").asText();
    assertThat(resumed).doesNotContain(footer)
        .isEqualTo(articles(dir.resolve("both")).get("aawsat-today").get("text").asText());
    JsonNode runJson = JSON.readTree(dir.resolve("resumed").resolve("run.json").toFile());
    assertThat(runJson.get("resumed_from").get("sites").asInt()).isEqualTo(1);
  }

  /** A crawl that yields nothing still hands the stream on: the next one continues the stories of the one before. */
  @Test
  void aRunThatReadsNothingHandsTheOpenStoriesOn() throws Exception {
    Path day1 = write("day1.jsonl", List.of(
        record("aawsat-1", "aawsat", "2016-09-05T08:00:00+03:00", "الروس تراجعوا", WIRE_LEAD + "\n" + WIRE_MORE),
        record("alyaum-1", "alyaum", "2016-09-05T09:00:00+03:00", "أسعار النفط", OIL + "\n" + OIL_MORE)));
    Path empty = write("day2.jsonl", List.of(record("label", "aawsat", "2016-09-06T08:00:00+03:00", "عنوان", "")));
    Path day3 = write("day3.jsonl", List.of(
        record("okaz-3", "okaz", "2016-09-07T09:00:00+03:00", "النفط يرتفع", OIL + "\n" + OIL_MORE
            + "\nوأشار المحللون إلى أن الطلب على النفط سيرتفع خلال فصل الشتاء المقبل")));
    Path out1 = dir.resolve("out1");
    Path out2 = dir.resolve("out2");
    Path out3 = dir.resolve("out3");
    assertThat(run("run", day1.toString(), "--out", out1.toString(), "--quiet")).isZero();
    assertThat(run("run", empty.toString(), "--out", out2.toString(), "--resume", out1.toString(), "--quiet"))
        .isEqualTo(1);
    assertThat(run("run", day3.toString(), "--out", out3.toString(), "--resume", out2.toString(), "--quiet")).isZero();
    String oil = articles(out1).get("alyaum-1").get("story").asText();
    assertThat(articles(out3).get("okaz-3").get("story").asText()).isEqualTo(oil);
    JsonNode story = stories(out3).get(oil);
    assertThat(story.get("earlier_articles")).extracting(JsonNode::asText).containsExactly("alyaum-1");
    assertThat(story.get("articles")).extracting(JsonNode::asText).containsExactly("alyaum-1", "okaz-3");
    // Search finds the earlier article of the continued story too, in its story; and the first day's wire story,
    // which took nothing since, carried in the store of each run after it.
    try (var store = org.naba.store.RunStore.open(out3);
        var index = org.naba.store.SearchIndex.open(out3, store::searchable)) {
      assertThat(index.search("أوبك", 10)).extracting(org.naba.store.SearchHit::articleId)
          .containsExactlyInAnyOrder("alyaum-1", "okaz-3");
      String wire = articles(out1).get("aawsat-1").get("story").asText();
      assertThat(index.search("لافروف", 10)).extracting(org.naba.store.SearchHit::storyId).containsExactly(wire);
      assertThat(stories(out3)).doesNotContainKey(wire);
      assertThat(store.storyJson(wire)).isPresent();
    }
  }

  /**
   * A story closed when it was handed on (its articles known by id only) reopens when a copy of one of its articles
   * joins it: the run lists it whole, the earlier articles' texts read from the store of the run it resumed from
   * (which carried the closed story on).
   */
  @Test
  void aClosedStoryReopenedByACopyIsListedWhole() throws Exception {
    Path day1 = write("day1.jsonl", List.of(
        record("alyaum-1", "alyaum", "2016-09-05T09:00:00+03:00", "أسعار النفط", OIL + "\n" + OIL_MORE)));
    // Nine days later: the oil story has closed (more than eight days after its peak).
    Path day2 = write("day2.jsonl", List.of(
        record("sabq-2", "sabq", "2016-09-14T10:00:00+03:00", "الهلال يفوز", FOOTBALL)));
    Path day3 = write("day3.jsonl", List.of(
        record("okaz-3", "okaz", "2016-09-15T09:00:00+03:00", "أسعار النفط", OIL + "\n" + OIL_MORE)));
    List<Path> outs = runChain(day1, day2, day3);
    Path out1 = outs.get(0);
    Path out3 = outs.get(2);
    Path out4 = dir.resolve("out4");
    JsonNode copy = articles(out3).get("okaz-3");
    assertThat(copy.get("duplicate_of").asText()).isEqualTo("alyaum-1");
    assertThat(copy.get("story").asText()).isEqualTo(articles(out1).get("alyaum-1").get("story").asText());
    JsonNode reopened = stories(out3).get(copy.get("story").asText());
    assertThat(reopened.get("articles")).extracting(JsonNode::asText).containsExactly("alyaum-1", "okaz-3");
    assertThat(reopened.get("earlier_articles")).extracting(JsonNode::asText).containsExactly("alyaum-1");
    try (var store = org.naba.store.RunStore.open(out3)) {
      assertThat(store.articlesOfStory(copy.get("story").asText())).extracting(a -> a.get("id").asText())
          .containsExactly("alyaum-1", "okaz-3");
    }
    // And the stream goes on from there.
    assertThat(run("run", day1.toString(), "--out", out4.toString(), "--resume", out3.toString(), "--quiet"))
        .isEqualTo(1); // day 1 was read already
  }

  /**
   * A store carries the earlier runs' stories whose latest article is within the storyline window (30 days) of the
   * stream's latest, and no older ones; where the earlier run's search index is gone, the carried articles are
   * indexed again from the store.
   */
  @Test
  void storiesOlderThanTheStorylineWindowAreNotCarried() throws Exception {
    Path day1 = write("day1.jsonl", List.of(
        record("alyaum-1", "alyaum", "2016-09-05T09:00:00+03:00", "أسعار النفط", OIL + "\n" + OIL_MORE)));
    Path day2 = write("day2.jsonl", List.of(
        record("sabq-2", "sabq", "2016-09-20T10:00:00+03:00", "الهلال يفوز", FOOTBALL)));
    Path day3 = write("day3.jsonl", List.of(
        record("riyadh-3", "alriyadh", "2016-10-15T10:00:00+03:00", "مستشفى جديد", LOCAL)));
    List<Path> outs = runChain(day1, day2);
    Path out1 = outs.get(0);
    Path out2 = outs.get(1);
    Path out3 = dir.resolve("out3");
    String oil = articles(out1).get("alyaum-1").get("story").asText();
    String football = articles(out2).get("sabq-2").get("story").asText();
    try (var store = org.naba.store.RunStore.open(out2)) {
      assertThat(store.storyJson(oil)).as("15 days before: carried").isPresent();
    }
    try (var files = Files.walk(out2.resolve("index"))) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
    }
    assertThat(run("run", day3.toString(), "--out", out3.toString(), "--resume", out2.toString(), "--quiet")).isZero();
    try (var store = org.naba.store.RunStore.open(out3);
        var index = org.naba.store.SearchIndex.open(out3, store::searchable)) {
      assertThat(store.storyJson(oil)).as("40 days before: not carried").isEmpty();
      assertThat(store.articleJson("alyaum-1")).isEmpty();
      assertThat(store.storyJson(football)).as("25 days before: carried").isPresent();
      assertThat(index.search("الهلال", 10)).extracting(org.naba.store.SearchHit::storyId).containsExactly(football);
      assertThat(index.search("أوبك", 10)).isEmpty();
      assertThat(index.size()).isEqualTo(2);
    }
    JsonNode carried = JSON.readTree(out3.resolve("run.json").toFile()).get("carried");
    assertThat(carried.get("stories").asInt()).isEqualTo(1);
    assertThat(carried.get("articles").asInt()).isEqualTo(1);
  }

  /**
   * An earlier index another writer holds (or on a read-only disk), or a damaged one, cannot be copied: its articles
   * are analysed again.
   */
  @Test
  void anEarlierIndexThatCannotBeLockedOrIsDamagedIsAnalysedAgain() throws Exception {
    Path day2 = oilDayRun();
    Path out1 = dir.resolve("out1");
    Path out2 = dir.resolve("out2");
    try (var held = org.apache.lucene.store.FSDirectory.open(out1.resolve("index"));
        var lock = held.obtainLock(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME)) {
      lock.ensureValid();
      assertThat(run("run", day2.toString(), "--out", out2.toString(), "--resume", out1.toString(), "--quiet"))
          .isZero();
    }
    try (var store = org.naba.store.RunStore.open(out2);
        var index = org.naba.store.SearchIndex.open(out2, store::searchable)) {
      assertThat(index.search("أوبك", 10)).extracting(org.naba.store.SearchHit::articleId).containsExactly("alyaum-1");
      assertThat(index.size()).isEqualTo(2);
    }
    // Every file of the first run's index cut to half its length.
    try (var files = Files.list(out1.resolve("index"))) {
      for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      }
    }
    Path out3 = dir.resolve("out3");
    assertThat(run("run", day2.toString(), "--out", out3.toString(), "--resume", out1.toString(), "--quiet"))
        .isZero();
    try (var store = org.naba.store.RunStore.open(out3);
        var index = org.naba.store.SearchIndex.open(out3, store::searchable)) {
      assertThat(index.search("أوبك", 10)).extracting(org.naba.store.SearchHit::articleId).containsExactly("alyaum-1");
      assertThat(index.size()).isEqualTo(2);
    }
  }

  /** A store whose stories cannot be carried (damaged) leaves the run its own stories, and a warning naming it. */
  @Test
  void aStoreWhoseStoriesCannotBeCarriedIsNamedInAWarning() throws Exception {
    Path day2 = oilDayRun();
    Path out1 = dir.resolve("out1");
    sql(out1, "DROP TABLE story_entity");
    Path out2 = dir.resolve("out2");
    assertThat(run("run", day2.toString(), "--out", out2.toString(), "--resume", out1.toString(), "--quiet"))
        .isZero();
    JsonNode runJson = JSON.readTree(out2.resolve("run.json").toFile());
    assertThat(runJson.get("warnings")).anySatisfy(w -> {
      assertThat(w.get("reason").asText()).isEqualTo("carry-failed");
      assertThat(w.get("source").asText()).isEqualTo(out1.toRealPath().resolve("naba.db").toString());
    });
    assertThat(runJson.get("carried").get("stories").asInt()).isZero();
    assertThat(runJson.get("counts").get("warnings").asInt()).isEqualTo(runJson.get("warnings_total").asInt())
        .isPositive();
    try (var store = org.naba.store.RunStore.open(out2);
        var index = org.naba.store.SearchIndex.open(out2, store::searchable)) {
      assertThat(store.storyCount()).isEqualTo(1);
      assertThat(index.size()).isEqualTo(1);
    }
  }

  /**
   * A run resumed through a symlink ("runs/current") reads the run it names when it starts: the store it carries
   * stories from is that run's, even if the link is switched to the next run meanwhile.
   */
  @Test
  void aRunResumedThroughASymlinkNamesTheRunItResolvedTo() throws Exception {
    Path day2 = oilDayRun();
    Path out1 = dir.resolve("out1");
    Path current = Files.createSymbolicLink(dir.resolve("current"), out1.getFileName());
    Path out2 = dir.resolve("out2");
    assertThat(run("run", day2.toString(), "--out", out2.toString(), "--resume", current.toString(), "--quiet"))
        .isZero();
    assertThat(JSON.readTree(out2.resolve("run.json").toFile()).get("resumed_from").get("store").asText())
        .isEqualTo(out1.toRealPath().resolve("naba.db").toString());
    assertThat(JSON.readTree(out2.resolve("run.json").toFile()).get("carried").get("stories").asInt()).isEqualTo(1);
  }

  @Test
  void otherStorySettingsThanTheRunResumedFromAreRefused() throws Exception {
    Path out1 = dir.resolve("out1");
    Path day = write("day.jsonl", List.of(record("a", "aawsat", "2016-09-05T08:00:00+03:00", "عنوان", WIRE_LEAD)));
    assertThat(run("run", day.toString(), "--out", out1.toString(), "--quiet")).isZero();
    Path day2 = write("day2.jsonl", List.of(record("b", "okaz", "2016-09-06T08:00:00+03:00", "عنوان", OIL)));
    StringWriter err = new StringWriter();
    assertThat(run(err, "run", day2.toString(), "--out", dir.resolve("out2").toString(), "--resume", out1.toString(),
        "--story", "joinThreshold=0.3", "--quiet")).isEqualTo(2);
    assertThat(err.toString()).contains(out1.resolve("naba.db").toString()).contains("joinThreshold=0.2 → 0.3");
  }

  @Test
  void aStoreWrittenBeforeStoriesWereKeptResumesItsCopiesAndStartsItsStoriesAfresh() throws Exception {
    Path out1 = dir.resolve("out1");
    Path day1 = write("day1.jsonl", List.of(
        record("aawsat-1", "aawsat", "2016-09-05T08:00:00+03:00", "الروس تراجعوا", WIRE_LEAD + "\n" + WIRE_MORE)));
    assertThat(run("run", day1.toString(), "--out", out1.toString(), "--quiet")).isZero();
    sql(out1, "DELETE FROM state WHERE name IN ('stories', 'open_articles')",
        "DELETE FROM state_chunk WHERE name IN ('stories', 'open_articles')");
    Path day2 = write("day2.jsonl", List.of(
        record("alweeam-2", "alweeam", "2016-09-06T08:00:00+03:00", "الروس", WIRE_LEAD + "\n" + WIRE_MORE)));
    Path out2 = dir.resolve("out2");
    assertThat(run("run", day2.toString(), "--out", out2.toString(), "--resume", out1.toString(), "--quiet")).isZero();
    JsonNode copy = articles(out2).get("alweeam-2");
    assertThat(copy.get("duplicate_of").asText()).isEqualTo("aawsat-1");
    assertThat(copy.get("story").asText()).isEqualTo("story-alweeam-2");
    JsonNode runJson = JSON.readTree(out2.resolve("run.json").toFile());
    assertThat(runJson.get("resumed_from").get("stories").asBoolean()).isFalse();
    assertThat(runJson.get("counts").get("continued_stories").asInt()).isZero();
  }

  @Test
  void aDamagedStateIsRefusedNamingItsFile() throws Exception {
    Path out1 = dir.resolve("out1");
    Path day = write("day.jsonl", List.of(record("a", "aawsat", "2016-09-05T08:00:00+03:00", "عنوان", WIRE_LEAD)));
    assertThat(run("run", day.toString(), "--out", out1.toString(), "--quiet")).isZero();
    sql(out1, "UPDATE state_chunk SET data = zeroblob(length(data)) WHERE name = 'dedup'");

    StringWriter err = new StringWriter();
    assertThat(run(err, "run", day.toString(), "--out", dir.resolve("out2").toString(), "--resume", out1.toString(),
        "--quiet")).isEqualTo(2);
    assertThat(err.toString()).contains(out1.resolve("naba.db").toString()).contains("checksum");
    assertThat(dir.resolve("out2")).doesNotExist();
  }

  @Test
  void aStateOfAnotherVersionIsRefusedNamingItsFileAndBothVersions() throws Exception {
    Path out1 = dir.resolve("out1");
    Path day = write("day.jsonl", List.of(record("a", "aawsat", "2016-09-05T08:00:00+03:00", "عنوان", WIRE_LEAD)));
    assertThat(run("run", day.toString(), "--out", out1.toString(), "--quiet")).isZero();
    // A state written by a future Naba: format 99, with a valid checksum.
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + out1.resolve("naba.db"));
        var read = c.prepareStatement("SELECT data FROM state_chunk WHERE name = 'dedup' AND seq = 0");
        var rs = read.executeQuery();
        var write = c.prepareStatement("UPDATE state_chunk SET data = ?, crc = ? WHERE name = 'dedup' AND seq = 0")) {
      rs.next();
      byte[] data = rs.getBytes(1);
      data[7] = 99;
      CRC32 crc = new CRC32();
      crc.update(data);
      write.setBytes(1, data);
      write.setLong(2, crc.getValue());
      write.executeUpdate();
    }
    StringWriter err = new StringWriter();
    assertThat(run(err, "run", day.toString(), "--out", dir.resolve("out2").toString(), "--resume",
        out1.resolve("naba.db").toString(), "--quiet")).isEqualTo(2);
    assertThat(err.toString()).contains(out1.resolve("naba.db").toString()).contains("format 99")
        .contains("reads format 1");
  }

  @Test
  void resumingFromWhatIsNoRunIsRefusedNamingThePath() throws Exception {
    Path day = write("day.jsonl", List.of(record("a", "aawsat", "2016-09-05T08:00:00+03:00", "عنوان", WIRE_LEAD)));
    Path nothing = Files.createDirectories(dir.resolve("ليس-تشغيلا"));
    StringWriter err = new StringWriter();
    assertThat(run(err, "run", day.toString(), "--out", dir.resolve("out").toString(), "--resume", nothing.toString(),
        "--quiet")).isEqualTo(2);
    assertThat(err.toString()).contains(nothing.resolve("naba.db").toString());

    // A store written before resuming existed (schema 1, no state).
    Path old = dir.resolve("old");
    assertThat(run("run", day.toString(), "--out", old.toString(), "--quiet")).isZero();
    sql(old, "DROP TABLE state", "DROP TABLE state_chunk", "PRAGMA user_version = 1");
    err = new StringWriter();
    assertThat(run(err, "run", day.toString(), "--out", dir.resolve("out").toString(), "--resume", old.toString(),
        "--quiet")).isEqualTo(2);
    assertThat(err.toString()).contains(old.resolve("naba.db").toString()).contains("holds no deduplication state");

    // The output directory of the run resumed from would be overwritten.
    err = new StringWriter();
    assertThat(run(err, "run", day.toString(), "--out", old.toString(), "--resume", old.toString(), "--quiet"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--out");
  }

  private int run(String... args) {
    return run(new StringWriter(), args);
  }

  private int run(StringWriter err, String... args) {
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return Main.commandLine().setErr(new PrintWriter(err)).execute(args);
    } finally {
      System.setErr(saved);
      err.write(captured.toString(StandardCharsets.UTF_8));
    }
  }

  private static void sql(Path runDir, String... statements) throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + runDir.resolve("naba.db"));
        var st = c.createStatement()) {
      for (String s : statements) st.execute(s);
    }
  }

  private static ObjectNode record(String id, String outlet, String published, String title, String text) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", id).put("url", "https://" + outlet + ".example/" + id).put("outlet", outlet).put("published", published)
        .put("title", title).put("text", text);
    return n;
  }

  private Path write(String name, List<ObjectNode> records) throws IOException {
    List<String> lines = new ArrayList<>();
    for (ObjectNode r : records) lines.add(JSON.writeValueAsString(r));
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  private static Map<String, JsonNode> articles(Path out) throws IOException {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode a = JSON.readTree(line);
      byId.put(a.get("id").asText(), a);
    }
    return byId;
  }
}
