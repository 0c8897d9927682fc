package org.naba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.store.RunStore;
import org.naba.store.SampleData;
import org.naba.store.SearchIndex;

/** {@code naba search}, in process, over the sample run. */
class SearchCommandTest {
  @TempDir static Path dir;

  @BeforeAll
  static void writeRun() {
    try (RunStore store = RunStore.create(dir)) {
      store.putArticles(SampleData.articles());
      store.putStories(SampleData.stories());
      store.putSpellings(Map.of("بوتن", List.of("بوتين"), "بوتين", List.of("بوتن")));
    }
    SearchIndex.build(dir, SampleData.articles());
  }

  private record Result(int code, String out, String err) {}

  private static Result search(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      List<String> all = new ArrayList<>(List.of("search"));
      all.addAll(List.of(args));
      int code = Main.commandLine().execute(all.toArray(String[]::new));
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
  }

  @Test
  void printsTheHitsWithTheirStoryAndMarkedSnippets() {
    Result r = search(dir.toString(), "بوتن", "جنيف");
    assertThat(r.code()).isZero();
    // "بوتن" is written nowhere: its other spelling is found, and said to be
    assertThat(r.out()).startsWith("3 articles for «بوتن جنيف» (also searched: «بوتن» و«بوتين»)")
        .contains("story " + SampleData.GENEVA + ": بوتين وأوباما يلتقيان في جنيف").contains("[جنيف]")
        .contains("[بوتين]");
  }

  @Test
  void jsonGivesOneLinePerHitAsTheApiDoes() throws Exception {
    Result r = search(dir.toString(), "جنيف", "--json", "--limit", "2");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.getFirst());
    assertThat(first.fieldNames()).toIterable()
        .containsExactly("id", "story", "title", "score", "snippet", "highlights");
    JsonNode mark = first.get("highlights").get(0);
    assertThat(first.get("snippet").asText().substring(mark.get(0).asInt(), mark.get(1).asInt())).isEqualTo("جنيف");
  }

  @Test
  void theSearchIsNarrowedAndOrderedAsAsked() {
    Result r = search(dir.toString(), "جنيف", "--newest", "--json");
    assertThat(r.out().lines().map(l -> l.substring(l.indexOf("\"id\":\"") + 6, l.indexOf("\",")))).containsExactly(
        "bbc-1", "rt-1", SampleData.PATH_ID);
    assertThat(search(dir.toString(), "جنيف", "--outlet", "آر تي").out()).startsWith("1 article for «جنيف»");
    assertThat(search(dir.toString(), "جنيف", "--to", "2024-02-29").out()).startsWith("no article found");
    assertThat(search(dir.toString(), "جنيف", "--from", "2024-03-02", "--to", "2024-03-01").code()).isEqualTo(2);
    assertThat(search(dir.toString(), "جنيف", "--from", "1.3.2024").code()).isEqualTo(2);
  }

  @Test
  void oneHitIsOneArticle() {
    assertThat(search(dir.toString(), "جنيف", "--limit", "1").out()).startsWith("1 article for «جنيف»");
  }

  @Test
  void nothingFoundIsSaid() {
    Result r = search(dir.toString(), "زلزال", "جنيف");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("no article found for «زلزال جنيف»");
  }

  @Test
  void aDirectoryWithoutAnIndexIsNamedAndFails(@TempDir Path empty) {
    Result r = search(empty.toString(), "بوتين");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no search index in " + empty);
    assertThat(search(dir.toString(), "بوتين", "--limit", "0").code()).isEqualTo(2);
  }
}
