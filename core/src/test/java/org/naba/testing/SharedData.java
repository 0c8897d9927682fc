package org.naba.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.naba.story.StoryInput;

/**
 * Finds {@code ../shared} (corpora, gold, fixtures) beside the repository. Tests that need it call {@link #require}
 * and are skipped, with a message saying what is missing, where it is absent.
 */
public final class SharedData {
  /** The skip message of tests that need {@code ../shared}. */
  public static final String MISSING = "skipped: ../shared (corpora, gold, fixtures) is absent next to the repository";

  private SharedData() {}

  public static Optional<Path> root() {
    for (String candidate : new String[] {"../shared", "../../shared", "../../../shared"}) {
      Path p = Path.of(candidate).toAbsolutePath().normalize();
      if (Files.isDirectory(p.resolve("data"))) return Optional.of(p);
    }
    return Optional.empty();
  }

  /** The path under {@code shared/}, or skips the calling test when it is absent. */
  public static Path require(String relative) {
    Optional<Path> root = root();
    assumeTrue(root.isPresent(), "skipped: ../shared is absent (needed: " + relative + ")");
    Path p = root.get().resolve(relative);
    assumeTrue(Files.exists(p), "skipped: " + p + " is absent");
    return p;
  }

  /**
   * The records of a news JSONL.gz corpus (SaudiNewsNet's shape: id, published, outlet, title, text) as story
   * inputs, raw text, records without a date left out, in publication order (ties by id, so the order is total and reproducible).
   */
  public static List<StoryInput> storyInputs(Path corpus) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<StoryInput> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = json.readTree(line);
        // ANT 2018 opens with a record describing its fields, without a date or a text.
        if (!n.path("published").isTextual()) continue;
        out.add(StoryInput.of(n.path("id").asText(),
            OffsetDateTime.parse(n.path("published").asText()).toInstant(),
            n.path("outlet").asText(), n.path("title").asText(""), n.path("text").asText("")));
      }
    }
    out.sort(Comparator.comparing(StoryInput::published).thenComparing(StoryInput::id));
    return out;
  }
}
