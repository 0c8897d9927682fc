package org.naba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.testing.SharedData;

/** Runs {@code naba run} on the seed pages, in process, and checks the public output contract and the grouping. */
class RunCommandEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path out;

  @Test
  void seedsMakeOneStoryAndEveryContractFieldIsWritten() throws IOException {
    Path seeds = SharedData.require("data/pages/seeds");
    int code = Main.commandLine().execute("run", seeds.toString(), "--out", out.toString(), "--quiet");
    assertThat(code).isZero();

    List<JsonNode> articles = lines(out.resolve("articles.jsonl"));
    List<JsonNode> stories = lines(out.resolve("stories.jsonl"));
    JsonNode run = JSON.readTree(out.resolve("run.json").toFile());

    assertThat(articles).isNotEmpty();
    for (JsonNode a : articles) {
      assertThat(a.fieldNames()).toIterable().contains(
          "id", "url", "outlet", "published", "title", "text", "lang", "story", "duplicate_of", "warnings");
      assertThat(a.get("text").asText()).isNotBlank();
      assertThat(a.get("warnings").isArray()).isTrue();
    }
    for (JsonNode s : stories) {
      assertThat(s.fieldNames()).toIterable().contains(
          "id", "headline", "articles", "outlets", "first_seen", "last_seen", "summary", "storyline");
      assertThat(s.get("summary")).allSatisfy(sentence -> {
        assertThat(sentence.get("text").asText()).isNotBlank();
        assertThat(sentence.get("articles")).isNotEmpty();
      });
    }
    assertThat(run.get("naba_version").asText()).isNotBlank();
    assertThat(run.get("settings").isObject()).isTrue();
    assertThat(run.get("counts").get("read").asInt()).isEqualTo(3);
    long breaking = stories.stream().filter(s -> !s.get("breaking").isNull()).count();
    assertThat(run.get("counts").get("breaking").asLong()).isEqualTo(breaking);
    assertThat(run.get("counts").get("storylines").asLong())
        .isEqualTo(stories.stream().map(s -> s.get("storyline").asText()).distinct().count());
    assertThat(run.get("stage_ms").isObject()).isTrue();

    // Every article is in exactly one story, and the story lists it.
    Map<String, String> storyOf = new HashMap<>();
    for (JsonNode a : articles) storyOf.put(a.get("id").asText(), a.get("story").asText());
    Map<String, Integer> listed = new HashMap<>();
    for (JsonNode s : stories) for (JsonNode id : s.get("articles")) listed.merge(id.asText(), 1, Integer::sum);
    assertThat(listed).containsOnlyKeys(storyOf.keySet());
    assertThat(listed.values()).containsOnly(1);

    // Seeds 000, 001 and 003 (every article split from them) are one story: the G20 Syria talks.
    List<String> seedStories = new ArrayList<>();
    for (JsonNode a : articles) {
      String id = a.get("id").asText();
      if (id.startsWith("000_") || id.startsWith("001_") || id.startsWith("003_")) seedStories.add(a.get("story").asText());
    }
    assertThat(seedStories).hasSizeGreaterThanOrEqualTo(3);
    assertThat(seedStories).containsOnly(seedStories.get(0));

    // Its names, with the outlets' spellings merged: Syria is سوريا at one outlet and سورية at another.
    JsonNode seedStory = stories.stream().filter(s -> s.get("id").asText().equals(seedStories.get(0))).findFirst()
        .orElseThrow();
    assertThat(seedStory.get("entities")).anySatisfy(e -> {
      assertThat(e.get("type").asText()).isEqualTo("LOC");
      assertThat(e.get("variants")).extracting(JsonNode::asText).contains("سوريا", "سورية");
      assertThat(e.get("articles")).hasSizeGreaterThanOrEqualTo(3);
    });
    assertThat(seedStory.get("entities")).anySatisfy(e -> assertThat(e.get("name").asText()).contains("بوتين"));
  }

  @Test
  void aDifferentEventIsNotMergedIntoTheSeedStory() throws IOException {
    Path seeds = SharedData.require("data/pages/seeds");
    Path pages = out.resolve("pages");
    Files.createDirectories(pages);
    for (Path seed : Files.list(seeds).sorted().toList()) Files.copy(seed, pages.resolve(seed.getFileName()));
    // Written for these tests in the seeds' style: the Kerry-Lavrov Geneva talks ten days earlier (same storyline,
    // another event) and an Egyptian wheat-supply statement on the same day (another topic).
    for (String other : List.of("geneva_2016-08-27.txt", "wheat_2016-09-05.txt")) {
      try (var in = getClass().getResourceAsStream("/pages/other/" + other)) {
        Files.copy(in, pages.resolve(other));
      }
    }
    Path result = out.resolve("result");
    assertThat(Main.commandLine().execute("run", pages.toString(), "--out", result.toString(), "--quiet")).isZero();
    Map<String, String> storyOf = new HashMap<>();
    for (JsonNode a : lines(result.resolve("articles.jsonl"))) storyOf.put(a.get("id").asText(), a.get("story").asText());
    String seedStory = storyOf.get("000_9f7bf9daf3080148.txt");
    assertThat(storyOf).containsKeys("geneva_2016-08-27.txt", "wheat_2016-09-05.txt");
    assertThat(storyOf.get("geneva_2016-08-27.txt")).isNotEqualTo(seedStory);
    assertThat(storyOf.get("wheat_2016-09-05.txt")).isNotEqualTo(seedStory);
    // ... and the Geneva talks are an earlier story of the seeds' storyline; the wheat page is not in it.
    Map<String, String> storylineOf = new HashMap<>();
    for (JsonNode s : lines(result.resolve("stories.jsonl"))) {
      storylineOf.put(s.get("id").asText(), s.get("storyline").asText());
    }
    String genevaStory = storyOf.get("geneva_2016-08-27.txt");
    assertThat(storylineOf.get(seedStory)).isEqualTo(storylineOf.get(genevaStory)).isEqualTo(genevaStory);
    assertThat(storylineOf.get(storyOf.get("wheat_2016-09-05.txt"))).isNotEqualTo(genevaStory);
  }

  @Test
  void evalStoriesNamesTheGoldIdsTheRunDoesNotHold() throws IOException {
    Path seeds = SharedData.require("data/pages/seeds");
    Path run = out.resolve("run");
    assertThat(Main.commandLine().execute("run", seeds.toString(), "--out", run.toString(), "--quiet")).isZero();
    String seedId = lines(run.resolve("articles.jsonl")).get(0).get("id").asText();
    Path gold = out.resolve("gold.json");
    Files.writeString(gold, "{\"stories\":[{\"key\":\"g20\",\"members\":[\"" + seedId
        + "\",\"snn-0000\"],\"related\":[]}]}");
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream saved = System.err;
    System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.commandLine().execute("eval", "stories", "--gold", gold.toString(), run.toString())).isZero();
    } finally {
      System.setErr(saved);
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("1 of the 2 gold ids").contains("g20:snn-0000").doesNotContain(seedId);
  }

  @Test
  void evalStoriesExplainsAGoldStoryAndNamesAnUnknownKey() throws IOException {
    Path seeds = SharedData.require("data/pages/seeds");
    Path run = out.resolve("explained");
    assertThat(Main.commandLine().execute("run", seeds.toString(), "--out", run.toString(), "--quiet")).isZero();
    List<JsonNode> articles = lines(run.resolve("articles.jsonl"));
    String first = articles.get(0).get("id").asText();
    Path gold = out.resolve("gold.json");
    Files.writeString(gold, "{\"stories\":[{\"key\":\"g20\",\"members\":[\"" + first + "\"],\"related\":[]}]}");
    java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
    java.io.PrintStream saved = System.out;
    System.setOut(new java.io.PrintStream(stdout, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.commandLine().execute("eval", "stories", "--gold", gold.toString(), "--explain", "g20",
          run.toString())).isZero();
    } finally {
      System.setOut(saved);
    }
    String text = stdout.toString(StandardCharsets.UTF_8);
    // The seed story holds the G20 pages; only the first is a member here, so the others are listed as others.
    assertThat(text).contains("g20: 1 members").contains("best story " + articles.get(0).get("story").asText())
        .contains("members elsewhere: 0 in 0 stories").contains("others in the best story: 3");
    // The storyline table: the seed story's storyline holds the member, and the Geneva page beside the G20 pages.
    assertThat(text).contains("storyline of").contains("storylines: member recall 1.0000");
    assertThat(Main.commandLine().execute("eval", "stories", "--gold", gold.toString(), "--explain", "g2O",
        run.toString())).isEqualTo(2);
  }

  @Test
  void aStorySettingChangedOnTheCommandLineIsUsedAndEchoed() throws IOException {
    Path seeds = SharedData.require("data/pages/seeds");
    Path run = out.resolve("strict");
    // Thresholds above any similarity: every article opens its own story and none merges.
    assertThat(Main.commandLine().execute("run", seeds.toString(), "--out", run.toString(), "--quiet",
        "--story", "joinThreshold=9", "--story", "memberThreshold=9", "--story", "signatureThreshold=9",
        "--story", "clearWinnerShare=1", "--story", "mergeThreshold=9", "--story", "timeSigma=48h")).isZero();
    JsonNode story = JSON.readTree(run.resolve("run.json").toFile()).get("settings").get("story");
    assertThat(story.get("joinThreshold").asDouble()).isEqualTo(9);
    assertThat(story.get("timeSigma").asText()).isEqualTo("PT48H");
    List<JsonNode> stories = lines(run.resolve("stories.jsonl"));
    assertThat(stories).hasSize(lines(run.resolve("articles.jsonl")).size() - duplicates(run));

    java.io.StringWriter err = new java.io.StringWriter();
    assertThat(Main.commandLine().setErr(new java.io.PrintWriter(err)).execute("run", seeds.toString(), "--out",
        out.resolve("bad").toString(), "--story", "joinThresold=0.3")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown story setting 'joinThresold'");
    assertThat(out.resolve("bad")).doesNotExist();
  }

  private static int duplicates(Path run) throws IOException {
    return (int) lines(run.resolve("articles.jsonl")).stream().filter(a -> a.hasNonNull("duplicate_of")).count();
  }

  @Test
  void nothingReadableIsAnErrorNamingTheInput() {
    int code = Main.commandLine().execute("run", out.resolve("missing").toString(), "--out", out.toString(), "--quiet");
    assertThat(code).isEqualTo(1);
  }

  @Test
  void usageErrorsExitWithTwo() {
    java.io.StringWriter err = new java.io.StringWriter();
    assertThat(Main.commandLine().setErr(new java.io.PrintWriter(err)).execute("run")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required");
    assertThat(Main.commandLine().setErr(new java.io.PrintWriter(err)).execute("no-such-command")).isEqualTo(2);
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) out.add(JSON.readTree(line));
    return out;
  }
}
