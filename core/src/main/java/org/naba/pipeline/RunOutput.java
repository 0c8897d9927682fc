package org.naba.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.naba.model.Article;
import org.naba.model.ArticleResult;
import org.naba.store.JsonMapping;
import org.naba.store.RunStore;
import org.naba.store.SearchIndex;

/**
 * Writes a run's public output: {@code articles.jsonl} (publication order), {@code stories.jsonl} (latest activity
 * first), {@code run.json}, and the store that {@code naba serve} opens (SQLite {@code naba.db} and the Lucene
 * {@code index/}), and in {@code naba.db} the {@link StreamState} a later run resumes from. Each file is written
 * to a temporary name and moved into place, so a reader never sees a half-written file; the index becomes visible
 * only with its commit, at the end.
 *
 * <p>The Lucene index is the costliest part of the output, and none of it (analysing and inverting every text)
 * depends on the stories: {@link #index} starts it on its own thread as soon as the articles are clean and in
 * publication order, beside the later stages, and {@link #write} only commits it. (Search reads a hit's story and
 * text from the store, so the index needs nothing the later stages decide.)
 */
public final class RunOutput implements AutoCloseable {
  private final Path dir;
  private final ExecutorService indexThread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "naba-index");
    t.setDaemon(true);
    return t;
  });
  private volatile boolean closed;
  private SearchIndex.Writer index; // confined to indexThread
  private CompletableFuture<Long> indexing;

  private RunOutput(Path dir) {
    this.dir = dir;
  }

  /** Output into {@code dir} (created if missing); close it when done, written or not. */
  public static RunOutput open(Path dir) throws IOException {
    Files.createDirectories(dir);
    return new RunOutput(dir);
  }

  /**
   * Starts the search index of the run's articles, on its own thread: call once, with the articles in the order the
   * run's result will list them (publication order).
   */
  public synchronized void index(List<Article> ordered) {
    if (indexing != null) throw new IllegalStateException("the index is already started");
    List<Article> articles = List.copyOf(ordered);
    indexing = CompletableFuture.supplyAsync(() -> {
      long s = System.nanoTime();
      index = SearchIndex.writer(dir);
      for (Article a : articles) {
        if (closed) break;
        index.add(a.id(), a.title(), a.text());
      }
      // The buffered segment is written now, beside the later stages, not by the commit at the end.
      if (!closed) index.flush();
      return millisSince(s);
    }, indexThread);
  }

  /** Writes the run's files and store, and completes the index (started here when {@link #index} was not called). */
  public void write(RunResult result, Settings settings, String version, Instant started, StreamState state)
      throws IOException {
    List<ArticleResult> articles = result.articles();
    CompletableFuture<Long> indexed;
    synchronized (this) {
      if (indexing == null) index(articles.stream().map(ArticleResult::article).toList());
      indexed = indexing;
    }
    // The index thread commits once it has added every article.
    CompletableFuture<Long> indexDone = indexed.thenApplyAsync(beside -> {
      long s = System.nanoTime();
      index.commit();
      return millisSince(s);
    }, indexThread);

    long t0 = System.nanoTime();
    // Each article's JSON is written once, for articles.jsonl and for the store.
    List<String> articleLines = articles.parallelStream().map(r -> JsonMapping.line(JsonMapping.article(r))).toList();
    List<String> storyLines = result.stories().stream().map(s -> JsonMapping.line(JsonMapping.story(s))).toList();
    long t1 = System.nanoTime();
    // The JSONL files are written on their own thread while SQLite takes the rows: they share nothing.
    CompletableFuture<Long> files = CompletableFuture.supplyAsync(() -> {
      long s = System.nanoTime();
      try {
        writeLines(dir.resolve("articles.jsonl"), articleLines);
        writeLines(dir.resolve("stories.jsonl"), storyLines);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return millisSince(s);
    }, task -> Thread.ofPlatform().name("naba-jsonl").start(task));
    try (RunStore store = RunStore.create(dir)) {
      store.putArticles(articles, articleLines);
      store.putStories(result.stories(), storyLines);
      long t2 = System.nanoTime();
      state.save(store);
      long t3 = System.nanoTime();
      Map<String, Long> writeMillis = new LinkedHashMap<>();
      writeMillis.put("write_json", (t1 - t0) / 1_000_000);
      try {
        writeMillis.put("write_jsonl", join(files));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      writeMillis.put("write_store", (t2 - t1) / 1_000_000);
      writeMillis.put("index_beside_run", join(indexed));
      writeMillis.put("write_index", join(indexDone));
      writeMillis.put("write_wait", millisSince(t3));
      state.resumedFrom().ifPresent(r -> writeMillis.put("dedup_state_load", r.loadMillis()));
      state.saved().ifPresent(s -> writeMillis.put("dedup_state_save", s.saveMillis()));
      store.putRunInfo(writeRunJson(dir, result, settings, version, started, writeMillis, state.describe()));
    }
  }

  /** Stops the index thread; an index not committed by {@link #write} is rolled back, leaving no half index. */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
      if (index != null) index.close();
    }, indexThread);
    indexThread.shutdown();
    join(closing);
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw e;
    }
  }

  static String writeRunJson(Path dir, RunResult result, Settings settings, String version, Instant started,
      Map<String, Long> writeMillis, Map<String, Object> stream) throws IOException {
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

  private static void writeLines(Path file, List<String> lines) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    // String.getBytes encodes far faster than a Writer's CharsetEncoder.
    try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      for (String line : lines) {
        w.write(line.getBytes(StandardCharsets.UTF_8));
        w.write('\n');
      }
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
