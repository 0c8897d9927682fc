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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.naba.model.Article;
import org.naba.model.ArticleResult;
import org.naba.model.Story;
import org.naba.store.JsonMapping;
import org.naba.store.RunStore;
import org.naba.store.SearchIndex;
import org.naba.store.StoreException;
import org.naba.summary.StoryEntities;

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
 * text from the store, so the index needs nothing the later stages decide.) The articles, likewise, are written
 * (their JSON lines, {@code articles.jsonl} under a temporary name, their rows in the store) as soon as the story
 * engine has placed them, while the stories are summarised ({@link #placed}); {@link #write} adds the stories and
 * moves the files into place.
 */
public final class RunOutput implements AutoCloseable {
  private final Path dir;
  private final ExecutorService indexThread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "naba-index");
    t.setDaemon(true);
    return t;
  });
  private final ExecutorService writeThread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "naba-write");
    t.setDaemon(true);
    return t;
  });
  private volatile boolean closed;
  private SearchIndex.Writer index; // confined to indexThread
  private CompletableFuture<Long> indexing;
  private volatile RunStore store; // opened on writeThread, closed by write or close
  private CompletableFuture<ArticlesWritten> articlesWritten;
  /** The earliest latest-article time of the earlier runs' stories the store carries ({@link #carrySince}). */
  private long carrySince = Long.MIN_VALUE;
  /** The articles of the earlier run's index, copied beside the run (confined to indexThread). */
  private Set<String> copied = Set.of();

  private static final String ARTICLES = "articles.jsonl";
  private static final String STORIES = "stories.jsonl";

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
   * run's result will list them (publication order). For a resumed run, it then copies in the earlier run's index
   * (its segments, analysed already); {@link #write} deletes the documents of the stories the store does not carry.
   */
  public synchronized void index(List<Article> ordered, StreamState state, Settings settings) {
    if (indexing != null) throw new IllegalStateException("the index is already started");
    List<Article> articles = List.copyOf(ordered);
    carrySince = carrySince(articles, state, settings);
    Optional<Path> earlierRun = state.resumedFrom().map(r -> r.store().toAbsolutePath().getParent());
    indexing = CompletableFuture.supplyAsync(() -> {
      long s = System.nanoTime();
      index = SearchIndex.writer(dir);
      for (Article a : articles) {
        if (closed) break;
        index.add(a.id(), a.title(), a.text(), a.outlet(), a.published().map(OffsetDateTime::toInstant));
      }
      if (!closed && earlierRun.isPresent() && index.addFrom(earlierRun.get())) {
        // The earlier run's index holds the articles of its store.
        try (RunStore earlier = RunStore.open(earlierRun.get())) {
          copied = new HashSet<>(earlier.articleIds());
        }
      }
      // The buffered segment is written now, beside the later stages, not by the commit at the end.
      if (!closed) index.flush();
      return millisSince(s);
    }, indexThread);
  }

  /**
   * The earliest latest-article time of the earlier runs' stories a resumed run carries: the storyline window back
   * from the stream's latest time (the earlier runs' clock, or this run's latest article).
   */
  private static long carrySince(List<Article> articles, StreamState state, Settings settings) {
    long latest = state.resumedFrom().flatMap(StreamState.Resumed::clock).map(Instant::toEpochMilli)
        .orElse(Long.MIN_VALUE);
    for (Article a : articles) {
      if (a.published().isPresent()) latest = Math.max(latest, a.published().get().toInstant().toEpochMilli());
    }
    return latest == Long.MIN_VALUE ? Long.MIN_VALUE : latest - settings.story().storylineWindow().toMillis();
  }

  /**
   * What a {@link Pipeline} tells this output as the run goes: the ordered articles start the index, the placed ones
   * are written while the stories are summarised.
   */
  public Pipeline.Listener listener(StreamState state, Settings settings) {
    return new Pipeline.Listener() {
      @Override
      public void ordered(List<Article> ordered) {
        index(ordered, state, settings);
      }

      @Override
      public void placed(List<ArticleResult> placed) {
        RunOutput.this.placed(placed, state);
      }
    };
  }

  /**
   * Starts writing the run's articles, on its own thread, once the story engine has placed them (before the
   * stories are summarised): their JSON lines, {@code articles.jsonl} under a temporary name, their rows and the
   * stream's state in the store. None of it depends on the summaries, and the summaries do not wait for it, so the
   * machine's cores have work while the one thread SQLite writes with is busy. Call once, with the articles in the
   * order of the run's result.
   */
  public synchronized void placed(List<ArticleResult> placed, StreamState state) {
    if (articlesWritten != null) throw new IllegalStateException("the articles are already being written");
    List<ArticleResult> articles = List.copyOf(placed);
    articlesWritten = CompletableFuture.supplyAsync(() -> {
      long t0 = System.nanoTime();
      // Each article's JSON is written once, for articles.jsonl and for the store.
      List<String> lines = new ArrayList<>(articles.size());
      for (ArticleResult r : articles) lines.add(JsonMapping.line(JsonMapping.article(r)));
      long t1 = System.nanoTime();
      // The file is written on a thread of its own while SQLite takes the rows: they share nothing.
      CompletableFuture<Long> file = writeBeside(ARTICLES, lines);
      store = RunStore.create(dir);
      store.putArticles(articles, lines);
      long t2 = System.nanoTime();
      state.save(store);
      return new ArticlesWritten((t1 - t0) / 1_000_000, join(file), (t2 - t1) / 1_000_000);
    }, writeThread);
  }

  /** What writing the articles took: their JSON lines, {@code articles.jsonl}, and their rows in the store. */
  private record ArticlesWritten(long jsonMillis, long fileMillis, long storeMillis) {}

  /**
   * Writes the run's files and store, and completes the index (started here when {@link #index} was not called)
   * and the articles (started here when {@link #placed} was not called). Returns what the store carried from the
   * store of the run resumed from.
   */
  public RunStore.Carried write(RunResult result, Settings settings, String version, Instant started,
      StreamState state) throws IOException {
    List<ArticleResult> articles = result.articles();
    CompletableFuture<Long> indexed;
    CompletableFuture<ArticlesWritten> placing;
    synchronized (this) {
      if (indexing == null) index(articles.stream().map(ArticleResult::article).toList(), state, settings);
      if (articlesWritten == null) placed(articles, state);
      indexed = indexing;
      placing = articlesWritten;
    }
    long t0 = System.nanoTime();
    // Made on every core (a stream keeps its order): the stories are all summarised, and the store waits for these.
    List<String> storyLines =
        result.stories().parallelStream().map(s -> JsonMapping.line(JsonMapping.story(s))).toList();
    long t1 = System.nanoTime();
    CompletableFuture<Long> file = writeBeside(STORIES, storyLines);
    ArticlesWritten written = joinIo(placing);
    long t2 = System.nanoTime();
    RunStore s = store; // written by the articles' thread, which is done
    // The earlier runs' articles of the stories this run continued: their pages list them whole.
    s.putArticles(result.earlier(),
        result.earlier().stream().map(r -> JsonMapping.line(JsonMapping.article(r))).toList());
    long t3 = System.nanoTime();
    RunStore.Carried carried = carry(s, result, state);
    long t4 = System.nanoTime();
    // The index commits once it holds the earlier runs' articles of the stories this run lists again (the store
    // lists them with their stories, so search finds them too) and those of the stories carried; beside the stories'
    // rows.
    CompletableFuture<Long> indexDone = indexed.thenApplyAsync(beside -> {
      long s0 = System.nanoTime();
      carryIndex(s, carried);
      for (ArticleResult r : result.earlier()) {
        Article a = r.article();
        index.add(a.id(), a.title(), a.text(), a.outlet(), a.published().map(OffsetDateTime::toInstant));
      }
      index.commit();
      return millisSince(s0);
    }, indexThread);
    s.putStories(result.stories(), storyLines);
    s.putSpellings(StoryEntities.spellingsOf(result.stories().stream().flatMap(st -> st.entities().stream()).toList()));
    long t5 = System.nanoTime();
    long storiesFile = joinIo(file);
    // Every file is whole: each goes into place, the stories after the articles they list.
    publish(ARTICLES);
    publish(STORIES);
    Map<String, Long> writeMillis = new LinkedHashMap<>();
    writeMillis.put("write_json", written.jsonMillis() + (t1 - t0) / 1_000_000);
    writeMillis.put("write_jsonl", written.fileMillis() + storiesFile);
    writeMillis.put("write_store", written.storeMillis() + (t3 - t2 + t5 - t4) / 1_000_000);
    writeMillis.put("carry_stories", (t4 - t3) / 1_000_000);
    writeMillis.put("write_articles_wait", (t2 - t1) / 1_000_000);
    writeMillis.put("index_beside_run", join(indexed));
    writeMillis.put("write_index", join(indexDone));
    writeMillis.put("write_wait", millisSince(t5));
    state.resumedFrom().ifPresent(r -> writeMillis.put("dedup_state_load", r.loadMillis()));
    state.saved().ifPresent(saved -> writeMillis.put("dedup_state_save", saved.saveMillis()));
    Map<String, Object> stream = new LinkedHashMap<>(state.describe());
    if (state.resumedFrom().isPresent()) {
      stream.put("carried", Map.of("stories", carried.stories(), "articles", carried.articles().size()));
    }
    s.putRunInfo(writeRunJson(dir, result, settings, version, started, writeMillis, stream));
    store = null;
    s.close();
    return carried;
  }

  /**
   * Carries the earlier run's stories into this run's store ({@link #listed}); a store they cannot be carried from
   * (damaged) leaves this run's store with its own, and a warning naming it.
   */
  private RunStore.Carried carry(RunStore s, RunResult result, StreamState state) {
    if (state.resumedFrom().isEmpty()) return RunStore.Carried.NONE;
    Path earlier = state.resumedFrom().get().store();
    try {
      return s.carryStories(earlier, listed(result), carrySince);
    } catch (StoreException e) {
      result.warnings().add(earlier.toString(), "carry-failed",
          "its stories were not carried into this run's store: " + e.getMessage());
      return RunStore.Carried.NONE;
    }
  }

  /**
   * The stories this run lists and those it merged into them: the store carries none of them from the earlier run's
   * store ({@link RunStore#carryStories}, which carries the stories whose latest article is within the storyline
   * window of the stream's latest time, {@link #carrySince}: the store of the day's run holds the stories of the days
   * before that drew nothing new that day, and each run's store carries them on from the one before).
   */
  private static Set<String> listed(RunResult result) {
    Set<String> out = new HashSet<>();
    for (Story story : result.stories()) {
      out.add(story.id());
      out.addAll(story.mergedFrom());
    }
    return out;
  }

  /**
   * Leaves in the index, of the earlier run's documents copied beside the run, those of the stories carried, and
   * adds any carried article it lacks (all of them when the earlier run's index is gone or of an older layout),
   * analysed again from its row in the store.
   */
  private void carryIndex(RunStore s, RunStore.Carried carried) {
    Set<String> kept = new HashSet<>(carried.articles());
    List<String> dropped = new ArrayList<>();
    for (String id : copied) if (!kept.contains(id)) dropped.add(id);
    index.delete(dropped);
    List<String> missing = new ArrayList<>();
    for (String id : carried.articles()) if (!copied.contains(id)) missing.add(id);
    s.forEachIndexable(missing, index::add);
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
    // A run that failed after its articles were placed: what was written of them goes, so that no reader mistakes
    // a store without stories, or a temporary file, for a run's output.
    CompletableFuture<Void> dropping = CompletableFuture.runAsync(() -> {
      if (store != null) {
        Path file = store.file();
        store.close();
        store = null;
        deleteQuietly(file);
        deleteQuietly(file.resolveSibling(file.getFileName() + "-journal"));
      }
      deleteQuietly(temporary(ARTICLES));
      deleteQuietly(temporary(STORIES));
    }, writeThread);
    writeThread.shutdown();
    try {
      join(closing);
    } finally {
      join(dropping);
    }
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
    // Writing the output may warn too (a store the stories cannot be carried from).
    counts.put("warnings", result.warnings().total());
    ObjectNode skipped = counts.putObject("skipped");
    result.warnings().byReason().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> skipped.put(e.getKey(), e.getValue()));
    ObjectNode stages = run.putObject("stage_ms");
    result.stageMillis().forEach(stages::put);
    writeMillis.forEach(stages::put);
    stream.forEach((k, v) -> run.set(k, mapper.valueToTree(v)));
    run.set("outlets", JsonMapping.outlets(result.outlets()));
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

  /** Writes a JSONL file of the run under its temporary name, on a thread of its own; completes with the time taken. */
  private CompletableFuture<Long> writeBeside(String name, List<String> lines) {
    return CompletableFuture.supplyAsync(() -> {
      long s = System.nanoTime();
      writeLines(temporary(name), lines);
      return millisSince(s);
    }, task -> Thread.ofPlatform().name("naba-jsonl").start(task));
  }

  /** Where a file of the run is written before it is whole. */
  private Path temporary(String name) {
    return dir.resolve(name + ".tmp");
  }

  /** Moves a whole file into place. */
  private void publish(String name) throws IOException {
    Files.move(temporary(name), dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static void writeLines(Path file, List<String> lines) {
    // String.getBytes encodes far faster than a Writer's CharsetEncoder.
    try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (String line : lines) {
        w.write(line.getBytes(StandardCharsets.UTF_8));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // What is left is named as temporary or replaced by the next run: nothing reads it.
    }
  }

  /** {@link #join}, with an I/O failure thrown as the IOException it was. */
  private static <T> T joinIo(CompletableFuture<T> f) throws IOException {
    try {
      return join(f);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
