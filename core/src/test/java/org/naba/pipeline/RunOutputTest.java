package org.naba.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.model.ArticleResult;
import org.naba.model.Story;
import org.naba.store.JsonMapping;
import org.naba.store.RunStore;
import org.naba.store.SampleData;

/** The run's output: articles written while the stories are summarised, and nothing half-written left behind. */
class RunOutputTest {
  @TempDir Path dir;

  private final Settings settings = Settings.defaults();

  private RunResult result() {
    return new RunResult(SampleData.articles(), SampleData.stories(), Map.of("articles", 6L), Map.of(),
        new Warnings(), org.naba.summary.OutletSummaries.of(SampleData.articles()));
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void articlesPlacedBeforeTheStoriesAreWrittenOnceAndInOrder() throws IOException {
    StreamState state = StreamState.fresh(settings.dedup());
    try (RunOutput out = RunOutput.open(dir)) {
      Pipeline.Listener listener = out.listener(state, settings);
      listener.ordered(SampleData.articles().stream().map(ArticleResult::article).toList());
      listener.placed(SampleData.articles());
      out.write(result(), settings, "test", Instant.parse("2024-03-02T00:00:00Z"), state);
    }
    assertThat(files()).containsExactly("articles.jsonl", "index", "naba.db", "run.json", "stories.jsonl");
    List<String> lines = Files.readAllLines(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).containsExactlyElementsOf(
        SampleData.articles().stream().map(a -> JsonMapping.line(JsonMapping.article(a))).toList());
    assertThat(Files.readAllLines(dir.resolve("stories.jsonl"), StandardCharsets.UTF_8)).hasSize(3);
    // run.json sets the run out outlet by outlet, and the store holds the same run.json.
    com.fasterxml.jackson.databind.JsonNode run = JsonMapping.mapper().readTree(dir.resolve("run.json").toFile());
    assertThat(run.get("outlets")).isEqualTo(JsonMapping.outlets(org.naba.summary.OutletSummaries.of(
        SampleData.articles())));
    assertThat(run.get("outlets")).isNotEmpty();
    try (RunStore store = RunStore.open(dir)) {
      assertThat(JsonMapping.mapper().readTree(store.runInfo()).get("outlets")).isEqualTo(run.get("outlets"));
      for (ArticleResult a : SampleData.articles()) {
        assertThat(store.articleJson(a.id())).contains(JsonMapping.article(a));
      }
      for (Story s : SampleData.stories()) assertThat(store.storyJson(s.id())).contains(JsonMapping.story(s));
      assertThat(store.runInfo()).contains("\"articles\" : 6");
    }
    assertThat(state.saved()).isPresent();
  }

  @Test
  void withoutTheListenerWriteStillWritesEverything() throws IOException {
    StreamState state = StreamState.fresh(settings.dedup());
    try (RunOutput out = RunOutput.open(dir)) {
      out.write(result(), settings, "test", Instant.parse("2024-03-02T00:00:00Z"), state);
    }
    assertThat(files()).containsExactly("articles.jsonl", "index", "naba.db", "run.json", "stories.jsonl");
    try (RunStore store = RunStore.open(dir)) {
      assertThat(store.storyCount()).isEqualTo(3);
    }
  }

  @Test
  void aRunThatFailsAfterItsArticlesWerePlacedLeavesNoStoreAndNoFile() throws IOException {
    StreamState state = StreamState.fresh(settings.dedup());
    try (RunOutput out = RunOutput.open(dir)) {
      out.listener(state, settings).placed(SampleData.articles());
      // The summaries fail here: write is never called.
    }
    assertThat(files()).doesNotContain("naba.db", "articles.jsonl", "articles.jsonl.tmp", "stories.jsonl");
  }
}
