package org.naba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled demo corpus runs without ../shared and shows stories told by several outlets. */
class DemoCommandTest {
  @TempDir Path out;

  @Test
  void theDemoCorpusGivesSeveralMultiOutletStories() throws IOException {
    assertThat(Main.commandLine().execute("demo", "--no-serve", "--out", out.toString())).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> stories = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("stories.jsonl"), StandardCharsets.UTF_8)) stories.add(json.readTree(line));
    long multiOutlet = stories.stream().filter(s -> s.get("outlets").size() >= 3).count();
    assertThat(multiOutlet).as("stories reported by three or more outlets").isGreaterThanOrEqualTo(5);
    assertThat(Files.exists(out.resolve("naba.db"))).isTrue();
    assertThat(Files.isDirectory(out.resolve("index"))).isTrue();
  }
}
