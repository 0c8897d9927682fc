package org.naba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.store.RunStore;
import org.naba.store.SampleData;
import org.naba.store.SearchIndex;

/** {@code naba bench web}, in process, over the sample run: every page it asks for answers 200. */
class WebBenchTest {
  @TempDir Path dir;

  @Test
  void asksForTheListsTheLargestStoriesAndTheirNamesAndGetsThemAll() {
    try (RunStore store = RunStore.create(dir)) {
      store.putArticles(SampleData.articles());
      store.putStories(SampleData.stories());
      store.putSpellings(Map.of("بوتن", List.of("بوتين")));
    }
    SearchIndex.build(dir, SampleData.articles());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.commandLine().execute("bench", "web", dir.toString(), "--clients", "3", "--rounds", "1");
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("answered");
    // The sample run's three stories: each one's page and API object, and a search for each of its names.
    assertThat(printed).contains("(3 stories of the largest)").contains("web 1 client: ")
        .contains("web 3 clients: ").doesNotContain("not 200").contains("slowest: ");
  }
}
