package org.naba.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.naba.store.JsonMapping;
import org.naba.store.RunStore;
import org.naba.store.SearchIndex;

/**
 * Writes a run's public output: {@code articles.jsonl} (publication order), {@code stories.jsonl} (latest activity
 * first), {@code run.json}, and the store that {@code naba serve} opens (SQLite {@code naba.db} and the Lucene
 * {@code index/}), and in {@code naba.db} the {@link StreamState} a later run resumes from. Each file is written
 * to a temporary name and moved into place, so a reader never sees a half-written file.
 */
public final class RunOutput {
  private RunOutput() {}

  public static void write(Path dir, RunResult result, Settings settings, String version, Instant started,
      StreamState state) throws IOException {
    Files.createDirectories(dir);
    long t0 = System.nanoTime();
    writeLines(dir.resolve("articles.jsonl"), result.articles().stream().map(JsonMapping::article).toList());
    writeLines(dir.resolve("stories.jsonl"), result.stories().stream().map(JsonMapping::story).toList());
    long t1 = System.nanoTime();
    // The Lucene index is built on its own thread while SQLite takes the rows: they share nothing.
    java.util.concurrent.CompletableFuture<Long> index = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      long s = System.nanoTime();
      SearchIndex.build(dir, result.articles());
      return (System.nanoTime() - s) / 1_000_000;
    });
    try (RunStore store = RunStore.create(dir)) {
      store.putArticles(result.articles());
      store.putStories(result.stories());
      long t2 = System.nanoTime();
      state.save(store);
      long indexMillis;
      try {
        indexMillis = index.join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        throw e;
      }
      java.util.Map<String, Long> writeMillis = new java.util.LinkedHashMap<>();
      writeMillis.put("write_jsonl", (t1 - t0) / 1_000_000);
      writeMillis.put("write_store", (t2 - t1) / 1_000_000);
      writeMillis.put("write_index", indexMillis);
      state.resumedFrom().ifPresent(r -> writeMillis.put("dedup_state_load", r.loadMillis()));
      state.saved().ifPresent(s -> writeMillis.put("dedup_state_save", s.saveMillis()));
      store.putRunInfo(writeRunJson(dir, result, settings, version, started, writeMillis, state.describe()));
    }
  }

  static String writeRunJson(Path dir, RunResult result, Settings settings, String version, Instant started,
      java.util.Map<String, Long> writeMillis, java.util.Map<String, Object> stream) throws IOException {
    // Settings hold java.time values (durations as ISO-8601, "PT12H").
    ObjectMapper mapper = JsonMapping.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT)
        .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    ObjectNode run = mapper.createObjectNode();
    run.put("naba_version", version);
    run.put("started", started.toString());
    run.put("finished", Instant.now().toString());
    run.set("settings", mapper.valueToTree(settings));
    ObjectNode counts = run.putObject("counts");
    result.counts().forEach(counts::put);
    ObjectNode skipped = counts.putObject("skipped");
    result.warnings().byReason().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> skipped.put(e.getKey(), e.getValue()));
    ObjectNode stages = run.putObject("stage_ms");
    result.stageMillis().forEach(stages::put);
    writeMillis.forEach(stages::put);
    stream.forEach((k, v) -> run.set(k, mapper.valueToTree(v)));
    run.put("warnings_total", result.warnings().total());
    ArrayNode warnings = run.putArray("warnings");
    for (Warnings.Entry w : result.warnings().kept()) {
      warnings.addObject().put("source", w.source()).put("reason", w.reason()).put("message", w.message());
    }
    Path tmp = dir.resolve("run.json.tmp");
    mapper.writeValue(tmp.toFile(), run);
    Files.move(tmp, dir.resolve("run.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return mapper.writeValueAsString(run);
  }

  private static void writeLines(Path file, java.util.List<ObjectNode> nodes) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (ObjectNode n : nodes) {
        w.write(JsonMapping.line(n));
        w.write('\n');
      }
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

}
