package org.naba.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.naba.story.StoryInput;
import org.naba.summary.Sentences;

/**
 * Reads a run's {@code articles.jsonl} back into the inputs its story engine saw: same ids, times, titles, texts and
 * copy decisions, so that a batch peer (or a replay with other settings) clusters exactly the articles the online
 * engine clustered.
 */
public final class RunArticles {
  private RunArticles() {}

  /**
   * The articles of {@code articles.jsonl}, in file (publication) order. As in the pipeline, an undated article takes
   * the latest time seen before it, and an article without a title is headed by the first sentence of its lead, without its dateline.
   */
  public static List<StoryInput> read(Path articlesJsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<StoryInput> out = new ArrayList<>();
    Instant clock = null;
    try (BufferedReader r = Files.newBufferedReader(articlesJsonl, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) continue;
        JsonNode a = json.readTree(line);
        String published = a.path("published").asText("");
        Instant time = published.isEmpty() ? null : OffsetDateTime.parse(published).toInstant();
        if (time != null && (clock == null || time.isAfter(clock))) clock = time;
        String title = a.path("title").asText("");
        String text = a.path("text").asText("");
        if (title.isBlank()) title = firstSentence(text);
        String copyOf = a.path("duplicate_of").asText("");
        out.add(new StoryInput(a.path("id").asText(), time == null ? (clock == null ? Instant.EPOCH : clock) : time,
            a.path("outlet").asText(""), title, text, copyOf.isEmpty() ? Optional.empty() : Optional.of(copyOf)));
      }
    }
    return out;
  }

  private static String firstSentence(String text) {
    int end = text.indexOf("\n\n");
    List<String> sentences = Sentences.withoutDateline(end < 0 ? text : text.substring(0, end));
    return sentences.isEmpty() ? "" : sentences.get(0);
  }
}
