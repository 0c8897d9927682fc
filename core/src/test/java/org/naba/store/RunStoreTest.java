package org.naba.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.model.ArticleResult;
import org.naba.model.Story;

class RunStoreTest {
  @TempDir Path dir;

  private void write() {
    try (RunStore store = RunStore.create(dir)) {
      store.putArticles(SampleData.articles());
      store.putStories(SampleData.stories());
      store.putRunInfo("{\"articles\":6,\"ملاحظة\":\"تجربة\"}");
    }
  }

  @Test
  void articlesAndStoriesRoundTripAsTheirPublicJson() {
    write();
    try (RunStore store = RunStore.open(dir)) {
      for (ArticleResult a : SampleData.articles()) {
        assertThat(store.articleJson(a.id())).contains(JsonMapping.article(a));
      }
      for (Story s : SampleData.stories()) {
        assertThat(store.storyJson(s.id())).contains(JsonMapping.story(s));
      }
      assertThat(store.articleJson(SampleData.PATH_ID).orElseThrow().get("title").asText())
          .isEqualTo("بوتين يلتقي أوباما في جنيف لبحث الأزمة السورية");
      assertThat(store.storyCount()).isEqualTo(3);
      assertThat(store.runInfo()).isEqualTo("{\"articles\":6,\"ملاحظة\":\"تجربة\"}");
    }
  }

  @Test
  void readersOfAnOpenStoreQueryAtOnceAndEachGetsItsOwnAnswer() throws Exception {
    write();
    try (RunStore store = RunStore.open(dir)) {
      java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        List<java.util.concurrent.Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
          ArticleResult a = SampleData.articles().get(i % SampleData.articles().size());
          Story s = SampleData.stories().get(i % SampleData.stories().size());
          answers.add(threads.submit(() -> store.articleJson(a.id()).orElseThrow().equals(JsonMapping.article(a))
              && store.storyJson(s.id()).orElseThrow().equals(JsonMapping.story(s))
              && store.stories(0, 10, StoryFilter.ALL).size() == 3
              && store.articlesOfStory(s.id()).size() == s.articles().size()));
        }
        for (java.util.concurrent.Future<Boolean> answer : answers) {
          assertThat(answer.get(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @Test
  void searchReadsAnArticlesStoryAndWholeTextFromTheStore() {
    write();
    try (RunStore store = RunStore.open(dir)) {
      for (ArticleResult a : SampleData.articles()) {
        assertThat(store.searchable(a.id())).contains(new SearchIndex.Stored(a.story(), a.article().text()));
      }
      assertThat(store.searchable("لا-يوجد")).isEmpty();
    }
  }

  @Test
  void storiesAreListedNewestFirstWithUndatedLast() {
    write();
    try (RunStore store = RunStore.open(dir)) {
      List<StorySummaryRow> rows = store.stories(0, 10, StoryFilter.ALL);
      assertThat(rows).extracting(StorySummaryRow::id)
          .containsExactly(SampleData.GENEVA, SampleData.QUAKE, SampleData.UNDATED);
      StorySummaryRow geneva = rows.get(0);
      assertThat(geneva.headline()).isEqualTo("بوتين وأوباما يلتقيان في جنيف");
      assertThat(geneva.outlets()).containsExactly("الجزيرة", "بي بي سي عربي", "آر تي");
      assertThat(geneva.articleCount()).isEqualTo(3);
      assertThat(geneva.lastSeen()).contains(Instant.parse("2024-03-01T08:30:00Z"));
      assertThat(geneva.breaking()).contains(Instant.parse("2024-03-01T06:05:00Z"));
      assertThat(geneva.storyline()).contains("line-russia-us");
      assertThat(rows.get(2).lastSeen()).isEmpty();

      assertThat(store.stories(1, 1, StoryFilter.ALL)).extracting(StorySummaryRow::id)
          .containsExactly(SampleData.QUAKE);
      assertThat(store.storiesJson(0, 1, StoryFilter.ALL))
          .containsExactly(JsonMapping.story(SampleData.stories().get(0)));
    }
  }

  @Test
  void anArticlesBriefAndAStorysHeadlineAreThoseOfTheirWholeObjects() {
    write();
    try (RunStore store = RunStore.open(dir)) {
      for (ArticleResult a : SampleData.articles()) {
        ObjectNode whole = JsonMapping.article(a);
        assertThat(store.articleBriefJson(a.id())).as(a.id())
            .contains(whole.deepCopy().retain("id", "story", "outlet", "published", "title"));
      }
      for (Story s : SampleData.stories()) assertThat(store.storyHeadline(s.id())).contains(s.headline());
      assertThat(store.articleBriefJson("لا-يوجد")).isEmpty();
      assertThat(store.storyHeadline("لا-يوجد")).isEmpty();
      // A read-only store reads its outlets once; the answer is the same every time.
      assertThat(store.outlets()).isSameAs(store.outlets()).containsEntry("الجزيرة", 1);
    }
  }

  @Test
  void aFeedsBriefOfEachStoryHoldsTheFieldsOfItsWholeObject() {
    write();
    try (RunStore store = RunStore.open(dir)) {
      List<String> fields = List.of("id", "headline", "outlets", "article_count", "first_seen", "last_seen", "breaking",
          "summary");
      for (StoryOrder order : StoryOrder.values()) {
        List<ObjectNode> whole = store.storiesJson(0, 10, StoryFilter.ALL, order);
        List<ObjectNode> brief = store.storiesBriefJson(0, 10, StoryFilter.ALL, order);
        assertThat(brief).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
          ObjectNode expected = whole.get(i).deepCopy().retain(fields);
          // A story without a date or a breaking mark has them as nulls, in both.
          assertThat(brief.get(i)).as(whole.get(i).path("id").asText()).isEqualTo(expected);
        }
      }
      assertThat(store.storylineBriefJson("line-russia-us"))
          .containsExactlyElementsOf(store.storylineJson("line-russia-us").stream()
              .map(n -> n.deepCopy().retain(fields)).toList())
          .isNotEmpty();
      assertThat(store.storiesBriefJson(0, 10, StoryFilter.outlet("آر تي"), StoryOrder.LATEST))
          .extracting(n -> n.path("id").asText()).containsExactly(SampleData.GENEVA);
    }
  }

  @Test
  void outletFilterSelectsTheStoriesAnOutletReported() {
    write();
    try (RunStore store = RunStore.open(dir)) {
      assertThat(store.stories(0, 10, StoryFilter.outlet("الأناضول"))).extracting(StorySummaryRow::id)
          .containsExactly(SampleData.QUAKE);
      assertThat(store.storyCount(StoryFilter.outlet("الأناضول"))).isEqualTo(1);
      assertThat(store.stories(0, 10, StoryFilter.outlet("لا أحد"))).isEmpty();
      assertThat(store.outlets()).containsEntry("الجزيرة", 1).hasSize(5);
    }
  }

  @Test
  void entityFilterSelectsTheStoriesNamingItInAnyOfItsSpellings() {
    write();
    try (RunStore store = RunStore.open(dir)) {
      for (String spelling : List.of("بوتين", "بوتن", "فلاديمير بوتين", " بوتِين ", "جنيف")) {
        StoryFilter f = new StoryFilter(Optional.empty(), false, Optional.of(spelling));
        assertThat(store.stories(0, 10, f)).as(spelling).extracting(StorySummaryRow::id)
            .containsExactly(SampleData.GENEVA);
        assertThat(store.storyCount(f)).isEqualTo(1);
        assertThat(store.storiesJson(0, 10, f)).hasSize(1);
      }
      assertThat(store.storyCount(new StoryFilter(Optional.empty(), false, Optional.of("أنقرة")))).isZero();
      // A list row shows the first names of its story.
      assertThat(store.stories(0, 10, StoryFilter.ALL)).filteredOn(r -> r.id().equals(SampleData.GENEVA))
          .singleElement().satisfies(r -> assertThat(r.names()).containsExactly("بوتين", "جنيف"));
      assertThat(store.stories(0, 10, StoryFilter.outlet("الأناضول"))).singleElement()
          .satisfies(r -> assertThat(r.names()).isEmpty());
      // With an outlet that did not report it: none.
      assertThat(store.storyCount(new StoryFilter(Optional.of("الأناضول"), false, Optional.of("بوتين")))).isZero();
      assertThat(store.storyCount(new StoryFilter(Optional.of("آر تي"), false, Optional.of("بوتين")))).isEqualTo(1);
    }
  }

  @Test
  void entityFilterAlsoFindsTheStoriesWritingTheNamesOtherSpellings() {
    write();
    try (RunStore store = RunStore.create(dir.resolve("spelt"))) {
      store.putStories(SampleData.stories());
      store.putSpellings(Map.of("بوتينا", List.of("بوتين"), "بوتن", List.of("بوتين"), "فلاديمر", List.of("فلاديمير")));
    }
    try (RunStore store = RunStore.open(dir.resolve("spelt")); RunStore without = RunStore.open(dir)) {
      // the Geneva story writes "بوتين", never "بوتينا"
      StoryFilter f = new StoryFilter(Optional.empty(), false, Optional.of("بوتينا"));
      assertThat(store.stories(0, 10, f)).extracting(StorySummaryRow::id).containsExactly(SampleData.GENEVA);
      assertThat(store.storyCount(f)).isEqualTo(1);
      assertThat(store.storiesJson(0, 10, f)).hasSize(1);
      // a story listing both spellings ("بوتن" and "بوتين") is listed once
      StoryFilter both = new StoryFilter(Optional.empty(), false, Optional.of("بوتن"));
      assertThat(store.storyCount(both)).isEqualTo(1);
      assertThat(store.stories(0, 10, both)).hasSize(1);
      assertThat(without.storyCount(f)).isZero();
      // each word of a longer name in its other spellings: the story writes "فلاديمير بوتين"
      StoryFilter full = new StoryFilter(Optional.empty(), false, Optional.of("فلاديمر بوتينا"));
      assertThat(store.stories(0, 10, full)).extracting(StorySummaryRow::id).containsExactly(SampleData.GENEVA);
      assertThat(without.storyCount(full)).isZero();
    }
  }

  @Test
  void breakingFilterSelectsTheStoriesMarkedBreakingAlsoWithinAnOutlet() {
    write();
    try (RunStore store = RunStore.open(dir)) {
      StoryFilter breaking = new StoryFilter(Optional.empty(), true);
      assertThat(store.stories(0, 10, breaking)).extracting(StorySummaryRow::id).containsExactly(SampleData.GENEVA);
      assertThat(store.storyCount(breaking)).isEqualTo(1);
      assertThat(store.storiesJson(0, 10, breaking)).extracting(o -> o.get("id").asText())
          .containsExactly(SampleData.GENEVA);
      // The quake was not breaking: its outlet's breaking stories are none.
      assertThat(store.storyCount(new StoryFilter(Optional.of("الأناضول"), true))).isZero();
      assertThat(store.storyCount(new StoryFilter(Optional.of("آر تي"), true))).isEqualTo(1);
    }
  }

  @Test
  void storiesFilterByReachAndDayAndSortByReach() {
    List<Story> stories = new ArrayList<>(SampleData.stories());
    // The latest story of all, from one outlet: first by time, last but the undated one by reach.
    stories.add(new Story("s-local", "خبر محلي من مصدر واحد", List.of("local-1"), List.of("الأناضول"),
        Optional.of(Instant.parse("2024-03-02T12:00:00Z")), Optional.of(Instant.parse("2024-03-02T12:00:00Z")),
        List.of(), Optional.empty(), Optional.empty(), List.of()));
    try (RunStore store = RunStore.create(dir)) {
      store.putStories(stories);
    }
    try (RunStore store = RunStore.open(dir)) {
      assertThat(store.stories(0, 10, StoryFilter.ALL)).extracting(StorySummaryRow::id)
          .containsExactly("s-local", SampleData.GENEVA, SampleData.QUAKE, SampleData.UNDATED);
      assertThat(store.stories(0, 10, StoryFilter.ALL, StoryOrder.LARGEST)).extracting(StorySummaryRow::id)
          .containsExactly(SampleData.GENEVA, SampleData.QUAKE, "s-local", SampleData.UNDATED);
      assertThat(store.storiesJson(0, 2, StoryFilter.ALL, StoryOrder.LARGEST)).extracting(o -> o.get("id").asText())
          .containsExactly(SampleData.GENEVA, SampleData.QUAKE);

      assertThat(store.stories(0, 10, filter(2, null, null))).extracting(StorySummaryRow::id)
          .containsExactly(SampleData.GENEVA, SampleData.QUAKE);
      assertThat(store.storyCount(filter(3, null, null))).isEqualTo(1);
      assertThat(store.storyCount(filter(1, null, null))).isEqualTo(4);
      // A story is within days when any of it is: the quake's day, Geneva's, both, or none; undated ones never.
      assertThat(store.stories(0, 10, filter(0, "2024-02-20", "2024-02-20"))).extracting(StorySummaryRow::id)
          .containsExactly(SampleData.QUAKE);
      assertThat(store.stories(0, 10, filter(0, "2024-03-01", null))).extracting(StorySummaryRow::id)
          .containsExactly("s-local", SampleData.GENEVA);
      assertThat(store.stories(0, 10, filter(0, null, "2024-03-01"))).extracting(StorySummaryRow::id)
          .containsExactly(SampleData.GENEVA, SampleData.QUAKE);
      assertThat(store.storyCount(filter(0, "2024-02-21", "2024-02-29"))).isZero();
      assertThat(store.stories(0, 10, new StoryFilter(Optional.of("الأناضول"), false, Optional.empty(), 2,
          Optional.empty(), Optional.empty()))).extracting(StorySummaryRow::id).containsExactly(SampleData.QUAKE);
    }
  }

  @Test
  void storylinesListTheirStoriesCountsAndLargestStorysHeadline() {
    List<Story> stories = new ArrayList<>(SampleData.stories());
    // A later, smaller story of Geneva's storyline, by an outlet of its own and one of Geneva's.
    stories.add(new Story("s-geneva-after", "ردود فعل على لقاء جنيف", List.of("after-1", "after-2"),
        List.of("آر تي", "فرانس 24"), Optional.of(Instant.parse("2024-03-05T09:00:00Z")),
        Optional.of(Instant.parse("2024-03-06T09:00:00Z")), List.of(), Optional.of("line-russia-us"), Optional.empty(),
        List.of()));
    try (RunStore store = RunStore.create(dir)) {
      store.putStories(stories);
    }
    try (RunStore store = RunStore.open(dir)) {
      assertThat(store.storylineCount(1)).isEqualTo(3);
      assertThat(store.storylineCount(2)).isEqualTo(1);
      StorylineRow line = store.storylines(0, 10, 2, StoryOrder.LATEST).getFirst();
      assertThat(line).isEqualTo(new StorylineRow("line-russia-us", "بوتين وأوباما يلتقيان في جنيف", 2, 5, 4,
          Optional.of(Instant.parse("2024-03-01T06:00:00Z")), Optional.of(Instant.parse("2024-03-06T09:00:00Z"))));
      // A story without a storyline recorded is a line of its own; undated ones come last by time.
      assertThat(store.storylines(0, 10, 1, StoryOrder.LATEST)).extracting(StorylineRow::id)
          .containsExactly("line-russia-us", SampleData.QUAKE, SampleData.UNDATED);
      assertThat(store.storylines(0, 10, 1, StoryOrder.LARGEST)).extracting(StorylineRow::id)
          .containsExactly("line-russia-us", SampleData.QUAKE, SampleData.UNDATED);
      assertThat(store.storylines(1, 1, 1, StoryOrder.LATEST)).extracting(StorylineRow::headline)
          .containsExactly("زلزال يضرب جنوب تركيا");
      assertThat(store.storylines(0, 10, 3, StoryOrder.LATEST)).isEmpty();
    }
  }

  private static StoryFilter filter(int minOutlets, String from, String to) {
    return new StoryFilter(Optional.empty(), false, Optional.empty(), minOutlets,
        Optional.ofNullable(from).map(LocalDate::parse), Optional.ofNullable(to).map(LocalDate::parse));
  }

  @Test
  void articlesOfStoryComeInChronologicalOrder() {
    write();
    try (RunStore store = RunStore.open(dir)) {
      assertThat(store.articlesOfStory(SampleData.GENEVA)).extracting(a -> a.get("id").asText())
          .containsExactly(SampleData.PATH_ID, "rt-1", "bbc-1");
      assertThat(store.articlesOfStory("missing")).isEmpty();
      assertThat(store.storyJson("missing")).isEmpty();
      assertThat(store.articleJson("missing")).isEmpty();
    }
  }

  @Test
  void aStorylinesStoriesComeEarliestFirstWithUndatedLast() {
    Story geneva = SampleData.stories().get(0);
    // Two more stories of the Russian-American storyline: a later meeting, and one with no dated article.
    Story lavrov = new Story("s-lavrov", "لافروف وكيري يبحثان الهدنة في سوريا", List.of("rt-9"), List.of("آر تي"),
        Optional.of(Instant.parse("2024-03-09T10:00:00Z")), Optional.of(Instant.parse("2024-03-10T10:00:00Z")),
        List.of(), geneva.storyline(), Optional.empty(), List.of());
    Story undated = new Story("s-a-undated", "اتصال هاتفي بين بوتين وأوباما", List.of("call-1"), List.of(),
        Optional.empty(), Optional.empty(), List.of(), geneva.storyline(), Optional.empty(), List.of());
    try (RunStore store = RunStore.create(dir)) {
      store.putArticles(SampleData.articles());
      store.putStories(List.of(undated, lavrov));
      store.putStories(SampleData.stories());
    }
    try (RunStore store = RunStore.open(dir)) {
      assertThat(store.storyline("line-russia-us")).extracting(StorySummaryRow::id)
          .containsExactly(SampleData.GENEVA, "s-lavrov", "s-a-undated");
      assertThat(store.storylineJson("line-russia-us")).extracting(o -> o.get("headline").asText())
          .containsExactly("بوتين وأوباما يلتقيان في جنيف", "لافروف وكيري يبحثان الهدنة في سوريا",
              "اتصال هاتفي بين بوتين وأوباما");
      assertThat(store.storyline("line-missing")).isEmpty();
    }
  }

  @Test
  void replacingAStoryDropsTheOutletsItLost() {
    write();
    Story quake = SampleData.stories().get(1);
    Story fewer = new Story(quake.id(), quake.headline(), quake.articles(), List.of("سكاي نيوز عربية"),
        quake.firstSeen(), quake.lastSeen(), quake.summary(), quake.storyline(), quake.breaking(),
        quake.mergedFrom());
    try (RunStore store = RunStore.create(dir)) {
      store.putStories(SampleData.stories());
      store.putStories(List.of(fewer));
      assertThat(store.storyCount(StoryFilter.outlet("الأناضول"))).isZero();
      // ... and the names it lost.
      Story geneva = SampleData.stories().get(0);
      store.putStories(List.of(new Story(geneva.id(), geneva.headline(), geneva.articles(), geneva.outlets(),
          geneva.firstSeen(), geneva.lastSeen(), geneva.summary(), geneva.storyline(), geneva.breaking(),
          geneva.mergedFrom())));
      assertThat(store.storyCount(new StoryFilter(Optional.empty(), false, Optional.of("بوتين")))).isZero();
      assertThat(store.storyCount()).isEqualTo(3);
    }
  }

  @Test
  void createReplacesAnEarlierRun() {
    write();
    try (RunStore store = RunStore.create(dir)) {
      assertThat(store.storyCount()).isZero();
      assertThat(store.runInfo()).isEqualTo("{}");
    }
  }

  @Test
  void openingADirectoryWithoutAStoreNamesThePath() {
    Path empty = dir.resolve("فارغ");
    assertThatThrownBy(() -> RunStore.open(empty))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(empty.resolve("naba.db").toString());
  }

  @Test
  void aStoreOfAnotherSchemaVersionIsRefused() throws Exception {
    write();
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(RunStore.FILE_NAME));
        var st = c.createStatement()) {
      st.execute("PRAGMA user_version = 99");
    }
    assertThatThrownBy(() -> RunStore.open(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("99");
  }

  @Test
  void aFileThatIsNotADatabaseIsReportedWithItsPath() throws Exception {
    Files.writeString(dir.resolve(RunStore.FILE_NAME), "هذا ليس قاعدة بيانات".repeat(100));
    assertThatThrownBy(() -> RunStore.open(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(dir.resolve(RunStore.FILE_NAME).toString());
  }

  @Test
  void aReadOnlyStoreRefusesWrites() {
    write();
    try (RunStore store = RunStore.open(dir)) {
      assertThatThrownBy(() -> store.putStories(SampleData.stories()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(dir.toString());
    }
  }

  @Test
  void runInfoMustBeAJsonObject() {
    try (RunStore store = RunStore.create(dir)) {
      assertThatThrownBy(() -> store.putRunInfo("[1,2]")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.putRunInfo("{bad")).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(Files.exists(dir.resolve(RunStore.FILE_NAME))).isTrue();
  }

  @Test
  void manyArticlesAreWrittenInOneBatch() {
    List<ArticleResult> many = new java.util.ArrayList<>();
    ArticleResult base = SampleData.articles().get(3);
    for (int i = 0; i < 2000; i++) {
      many.add(new SampleData.Builder("bulk-" + i, "s-bulk", base.article().outlet(), base.article().published(),
          "عنوان " + i, List.of("نص")).build());
    }
    try (RunStore store = RunStore.create(dir)) {
      store.putArticles(many);
      Map<String, ObjectNode> back = store.articlesOfStory("s-bulk").stream()
          .collect(Collectors.toMap(a -> a.get("id").asText(), Function.identity()));
      assertThat(back).hasSize(2000);
      assertThat(back.get("bulk-1999").get("title").asText()).isEqualTo("عنوان 1999");
    }
  }

  @Test
  void stateRoundTripsAcrossChunks() {
    byte[] bytes = new byte[RunStore.STATE_CHUNK_BYTES * 2 + 12345];
    new java.util.Random(5).nextBytes(bytes);
    try (RunStore store = RunStore.create(dir)) {
      assertThat(store.putState("dedup", out -> out.write(bytes))).isEqualTo(bytes.length);
      assertThat(store.putState("ids", out -> out.write("معرفات".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
          .isEqualTo(12);
    }
    try (RunStore store = RunStore.open(dir)) {
      assertThat(store.readState("dedup", java.io.InputStream::readAllBytes)).hasValueSatisfying(
          b -> assertThat(java.util.Arrays.equals(b, bytes)).isTrue());
      assertThat(store.stateBytes("dedup")).contains((long) bytes.length);
      assertThat(store.readState("ids", in -> new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)))
          .contains("معرفات");
      assertThat(store.readState("stories", java.io.InputStream::readAllBytes)).isEmpty();
    }
  }

  @Test
  void aDamagedStateChunkIsReportedWithThePath() throws Exception {
    try (RunStore store = RunStore.create(dir)) {
      store.putState("dedup", out -> out.write(new byte[1000]));
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(RunStore.FILE_NAME));
        var st = c.createStatement()) {
      st.execute("UPDATE state_chunk SET data = zeroblob(999)");
    }
    try (RunStore store = RunStore.open(dir)) {
      assertThatThrownBy(() -> store.readState("dedup", java.io.InputStream::readAllBytes))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(dir.resolve(RunStore.FILE_NAME).toString())
          .hasMessageContaining("checksum");
    }
  }

  /** Makes the written store one of an older schema version: without the tables that version lacked. */
  private void asOfVersion(int version, String... missingTables) throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(RunStore.FILE_NAME));
        var st = c.createStatement()) {
      for (String table : missingTables) st.execute("DROP TABLE " + table);
      st.execute("PRAGMA user_version = " + version);
    }
  }

  @Test
  void aStoreOfSchemaVersionOneIsStillReadAndHoldsNoState() throws Exception {
    write();
    asOfVersion(1, "state", "state_chunk");
    try (RunStore store = RunStore.open(dir)) {
      assertThat(store.storyCount()).isEqualTo(SampleData.stories().size());
      assertThat(store.readState("dedup", java.io.InputStream::readAllBytes)).isEmpty();
    }
  }

  @Test
  void theSpellingsOfANamesWordsRoundTripFolded() {
    try (RunStore store = RunStore.create(dir)) {
      store.putSpellings(Map.of("بوتين", List.of("بوتن"), "بوتن", List.of("بوتين")));
      store.putSpellings(Map.of("بوتين", List.of("بوتن", "بوتينن")));
    }
    try (RunStore store = RunStore.open(dir)) {
      assertThat(store.spellingsOf("بوتين")).containsExactly("بوتن", "بوتينن");
      assertThat(store.spellingsOf(" بوتن ")).containsExactly("بوتين");
      assertThat(store.spellingsOf("أوباما")).isEmpty();
    }
  }

  @Test
  void aStoreOfSchemaVersionThreeIsStillReadAndKnowsNoSpellings() throws Exception {
    write();
    asOfVersion(3, "spelling");
    try (RunStore store = RunStore.open(dir)) {
      assertThat(store.spellingsOf("بوتين")).isEmpty();
      assertThat(store.storyCount()).isEqualTo(SampleData.stories().size());
    }
  }

  @Test
  void aStoreOfSchemaVersionTwoIsStillReadAndItsNameFilterFindsNoStory() throws Exception {
    write();
    asOfVersion(2, "story_entity");
    try (RunStore store = RunStore.open(dir)) {
      StoryFilter named = new StoryFilter(Optional.empty(), false, Optional.of("بوتين"));
      assertThat(store.storyCount(named)).isZero();
      assertThat(store.stories(0, 10, named)).isEmpty();
      assertThat(store.storiesJson(0, 10, named)).isEmpty();
      assertThat(store.storyCount()).isEqualTo(SampleData.stories().size());
      assertThat(store.stories(0, 10, StoryFilter.ALL)).allSatisfy(r -> assertThat(r.names()).isEmpty());
    }
  }
}
