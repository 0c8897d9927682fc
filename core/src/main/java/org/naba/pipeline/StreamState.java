package org.naba.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.unimi.dsi.fastutil.longs.LongIterator;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.naba.clean.BoilerplateMemory;
import org.naba.dedup.DedupSettings;
import org.naba.dedup.Deduplicator;
import org.naba.model.ArticleResult;
import org.naba.store.JsonMapping;
import org.naba.store.RunStore;
import org.naba.story.IdfPrior;
import org.naba.story.StoryEngine;
import org.naba.story.StorySettings;
import org.naba.text.Hash64;
import org.naba.text.StateFormat;

/**
 * What a run hands on to the next, so that {@code naba run NEW --resume DIR} continues the stream where the run in
 * {@code DIR} stopped: the deduplicator's state (exact-copy keys with the first article's id, the near-duplicate
 * window's signatures, outlets and times, the paragraph table, the clock) and a 64-bit hash of every document id
 * read so far, so that a record read before is left out as one run over both inputs would leave it out. Both are
 * kept in the run's store ({@code naba.db}) as the states {@value #DEDUP} and {@value #READ_IDS}; every run writes
 * them, so every run can be resumed. What cleaning learned of each site's repeated lines ({@value #BOILERPLATE})
 * lets the next run clean a site's first pages as it cleans its later ones. The story engine's state ({@value
 * #STORIES}, {@link StoryEngine#saveState}) and the articles of the stories it left open ({@value #OPEN_ARTICLES})
 * let the next run continue those stories: its articles join them as they would have in one run over both inputs,
 * and its output lists them whole.
 *
 * <p>Memory and bytes grow with the articles, never with their text: about 30 bytes per distinct text and 8 per id
 * for good, plus a signature and paragraph keys per article inside the dedup window; the story engine adds its term
 * dictionary (about 33 bytes a term) and its live stories, and the open stories' articles are kept (by id when this
 * run read them, whole when an earlier one did: a week or two of the stream's articles at most, since a story closes
 * two weeks after its first article).
 */
public final class StreamState {
  /** The deduplicator's state in the store. */
  public static final String DEDUP = "dedup";

  /** The hashed ids of every document read, in the store. */
  public static final String READ_IDS = "read_ids";

  /** What cleaning learned of each site's repeated lines, in the store. */
  public static final String BOILERPLATE = "boilerplate";

  /** The story engine's state in the store. */
  public static final String STORIES = "stories";

  /**
   * The articles of the stories the run left open, in the store: the ids of this run's (its article rows hold them),
   * and an earlier run's whole.
   */
  public static final String OPEN_ARTICLES = "open_articles";

  private static final int IDS_MAGIC = 0x4E424944; // "NBID"
  private static final int IDS_FORMAT = 1;
  private static final int OPEN_MAGIC = 0x4E424F41; // "NBOA"
  private static final int OPEN_FORMAT = 1;
  /** The longest article JSON an open-articles list may hold (a 50 MB page's text is cut well before). */
  private static final int MAX_ARTICLE_BYTES = 1 << 28;

  private final Deduplicator dedup;
  private final LongOpenHashSet readIds;
  private final Optional<Resumed> resumedFrom;
  private final BoilerplateMemory boilerplate;
  // The story engine an earlier run left, until the pipeline takes it; null: this run's stories start afresh.
  private StoryEngine stories;
  // The articles of the stories the earlier run left open, with the stories it placed them in.
  private final List<ArticleResult> earlier;
  // What this run hands on: the story engine's bytes as it stood after the last dated article, and the ids, then the
  // articles, of the stories it left open.
  private byte[] storiesOut;
  private List<String> openIds = List.of();
  private List<ArticleResult> openOut = List.of();
  private long storiesSaveMillis;
  private Saved saved;

  /**
   * Where a resumed run's state came from, as echoed in {@code run.json}.
   *
   * @param store the {@code naba.db} it was read from
   * @param articles articles the deduplicator had seen over every run the state went through
   * @param exactKeys distinct texts remembered for exact copies
   * @param window articles in the near-duplicate window
   * @param readIds document ids read before
   * @param clock the latest publication time seen
   * @param bytes bytes of the stored state
   * @param loadMillis time to read and rebuild it
   * @param stories whether the earlier run's stories continue (false for a store written before Naba kept them)
   * @param openArticles articles of the stories the earlier run left open, carried over
   * @param sites sites whose repeated lines cleaning knows from the earlier runs
   */
  public record Resumed(Path store, long articles, long exactKeys, int window, long readIds, Optional<Instant> clock,
      long bytes, long loadMillis, boolean stories, int openArticles, int sites) {}

  /** What a run stored: bytes and the time it took. */
  public record Saved(long bytes, long saveMillis) {}

  private StreamState(Deduplicator dedup, LongOpenHashSet readIds, Optional<Resumed> resumedFrom,
      BoilerplateMemory boilerplate, StoryEngine stories, List<ArticleResult> earlier) {
    this.dedup = dedup;
    this.boilerplate = boilerplate;
    this.readIds = readIds;
    this.resumedFrom = resumedFrom;
    this.stories = stories;
    this.earlier = List.copyOf(earlier);
  }

  /** The state of a run that starts from nothing. */
  public static StreamState fresh(DedupSettings settings) {
    return new StreamState(new Deduplicator(settings), new LongOpenHashSet(), Optional.empty(), new BoilerplateMemory(),
        null, List.of());
  }

  /**
   * Loads the state an earlier run stored, for a run with these dedup and story settings (they must be the earlier
   * run's).
   *
   * @param from the earlier run's output directory, or its {@code naba.db}
   * @throws IllegalStateException naming the file when there is no store there, the store holds no state (written
   *     before resuming existed), or its state is damaged or of another version, settings, analysis or hashing
   */
  public static StreamState load(Path from, DedupSettings settings, StorySettings storySettings) {
    long t0 = System.nanoTime();
    if (!Files.exists(from)) throw new IllegalStateException(from + " does not exist");
    if (!Files.isDirectory(from) && !from.getFileName().toString().equals(RunStore.FILE_NAME)) {
      throw new IllegalStateException(from + " is neither the output directory of a run nor its " + RunStore.FILE_NAME);
    }
    // The run's own directory, symlinks resolved: the store and the index the run later carries stories from are that
    // run's, even if a symlink to it ("runs/current") is switched to the next run meanwhile.
    Path dir;
    try {
      dir = (Files.isDirectory(from) ? from : from.toAbsolutePath().getParent()).toRealPath();
    } catch (IOException e) {
      throw new IllegalStateException("cannot resolve " + from + ": " + e.getMessage(), e);
    }
    try (RunStore store = RunStore.open(dir)) {
      Deduplicator dedup = store.readState(DEDUP, in -> Deduplicator.restoreState(settings, in))
          .orElseThrow(() -> new IllegalStateException("the store at " + store.file()
              + " holds no deduplication state (it was written by a Naba without resuming); run its inputs again"));
      LongOpenHashSet ids = store.readState(READ_IDS, StreamState::readIds)
          .orElseThrow(() -> new IllegalStateException("the store at " + store.file() + " holds no " + READ_IDS));
      // A store written before Naba kept its stories has none: this run's stories then start afresh.
      StoryEngine stories = store.readState(STORIES,
          in -> StoryEngine.restoreState(storySettings, IdfPrior.bundled(), in)).orElse(null);
      List<ArticleResult> open = stories == null ? List.of() : openArticles(store);
      // A store written before Naba kept it has none: this run's cleaning learns its sites afresh.
      BoilerplateMemory boilerplate = store.readState(BOILERPLATE, BoilerplateMemory::restoreState)
          .orElseGet(BoilerplateMemory::new);
      long bytes = store.stateBytes(DEDUP).orElse(0L) + store.stateBytes(READ_IDS).orElse(0L)
          + store.stateBytes(STORIES).orElse(0L) + store.stateBytes(OPEN_ARTICLES).orElse(0L)
          + store.stateBytes(BOILERPLATE).orElse(0L);
      Resumed resumed = new Resumed(store.file().toAbsolutePath(), dedup.articlesSeen(), dedup.exactKeys(),
          dedup.windowSize(), ids.size(), dedup.clock(), bytes, (System.nanoTime() - t0) / 1_000_000, stories != null,
          open.size(), boilerplate.sites());
      return new StreamState(dedup, ids, Optional.of(resumed), boilerplate, stories, open);
    }
  }

  /**
   * What cleaning knows of each site's repeated lines (menus, footers, credit lines): learned afresh by a fresh run,
   * carried on from the earlier runs by a resumed one, so that a site's first pages in a day's crawl are cleaned as
   * well as its later ones.
   */
  public BoilerplateMemory boilerplate() {
    return boilerplate;
  }

  /**
   * The story engine the earlier run left, once (the pipeline takes it and goes on with it); empty for a fresh run,
   * or when the earlier run's store kept no stories.
   */
  public Optional<StoryEngine> takeStories() {
    StoryEngine out = stories;
    stories = null;
    return Optional.ofNullable(out);
  }

  /**
   * The articles of the stories the earlier run left open, in the order it read them, each with the story that run
   * placed it in (this run's engine may place it otherwise: its stories can merge, a waiting article can move).
   */
  public List<ArticleResult> earlierArticles() {
    return earlier;
  }

  /**
   * These articles as the store of the run resumed from holds them (its own, those it continued and those it
   * carried), in the order given; an id it lacks is passed over. None for a fresh run.
   *
   * @throws IllegalStateException naming the store when one of them cannot be read
   */
  public List<ArticleResult> readEarlier(Collection<String> ids) {
    if (ids.isEmpty() || resumedFrom.isEmpty()) return List.of();
    Path file = resumedFrom.get().store();
    List<ArticleResult> out = new ArrayList<>(ids.size());
    try (RunStore store = RunStore.open(file.toAbsolutePath().getParent())) {
      for (String id : ids) {
        Optional<ObjectNode> json = store.articleJson(id);
        if (json.isEmpty()) continue;
        try {
          out.add(JsonMapping.articleResult(json.get()));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("the store at " + file + " holds a damaged article " + id + ": "
              + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  /**
   * Keeps the story engine's state as it stands now (after the run's last dated article, before any undated one), and
   * the ids of the articles of the stories it leaves open, for {@link #save}.
   */
  public void stoppedAt(StoryEngine engine) {
    long t0 = System.nanoTime();
    storiesOut = engine.saveState();
    openIds = engine.openArticles();
    storiesSaveMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /**
   * The articles of the stories left open, once the run has placed them: {@code placed} holds this run's articles and
   * those an earlier run handed on. An id {@link #stoppedAt} listed that it lacks is an earlier article the state
   * knew by id only, of a story that had closed and that a copy of one of its articles opened again: its text was not
   * handed on, and is not now.
   */
  public void openArticles(Map<String, ArticleResult> placed) {
    List<ArticleResult> out = new ArrayList<>(openIds.size());
    for (String id : openIds) {
      ArticleResult r = placed.get(id);
      if (r != null) out.add(r);
    }
    openOut = out;
  }

  /** Time taken to keep the story engine's state ({@link #stoppedAt}). */
  public long storiesSaveMillis() {
    return storiesSaveMillis;
  }

  /** Writes the state into a run's store (replacing any there) and remembers what it cost. */
  public void save(RunStore store) {
    long t0 = System.nanoTime();
    long bytes = store.putState(DEDUP, dedup::saveState);
    bytes += store.putState(READ_IDS, this::writeIds);
    bytes += store.putState(BOILERPLATE, boilerplate::saveState);
    if (storiesOut != null) {
      bytes += store.putState(STORIES, out -> out.write(storiesOut));
      bytes += store.putState(OPEN_ARTICLES, this::writeArticles);
    }
    saved = new Saved(bytes, (System.nanoTime() - t0) / 1_000_000);
  }

  public Deduplicator deduplicator() {
    return dedup;
  }

  public Optional<Resumed> resumedFrom() {
    return resumedFrom;
  }

  /** What {@link #save} stored, once it has run. */
  public Optional<Saved> saved() {
    return Optional.ofNullable(saved);
  }

  /** The latest publication time an earlier run saw: undated articles of this run arrive no earlier. */
  Optional<Instant> clock() {
    return resumedFrom.flatMap(Resumed::clock);
  }

  /**
   * Records a document id as read; false when an earlier run of the stream read it already (or, once in about
   * 2^64 / ids, when a new id's 64-bit hash collides with one read before).
   */
  boolean markRead(String id) {
    return readIds.add(Hash64.of(id));
  }

  /** The state for {@code run.json}: what was saved, and what was resumed from (null for a fresh run). */
  Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("resumed_from", resumedFrom.map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("store", r.store().toString());
      m.put("articles", r.articles());
      m.put("exact_keys", r.exactKeys());
      m.put("window", r.window());
      m.put("read_ids", r.readIds());
      m.put("clock", r.clock().map(Instant::toString).orElse(null));
      m.put("bytes", r.bytes());
      m.put("stories", r.stories());
      m.put("open_articles", r.openArticles());
      m.put("sites", r.sites());
      return m;
    }).orElse(null));
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("articles", dedup.articlesSeen());
    state.put("exact_keys", dedup.exactKeys());
    state.put("window", dedup.windowSize());
    state.put("read_ids", readIds.size());
    state.put("clock", dedup.clock().map(Instant::toString).orElse(null));
    state.put("open_articles", openOut.size());
    state.put("sites", boilerplate.sites());
    if (saved != null) {
      state.put("bytes", saved.bytes());
      state.put("bytes_per_article", dedup.articlesSeen() == 0 ? 0 : saved.bytes() / dedup.articlesSeen());
    }
    out.put("state", state);
    return out;
  }

  private void writeIds(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    StateFormat.writeHeader(d, IDS_MAGIC, IDS_FORMAT);
    d.writeInt(readIds.size());
    for (LongIterator it = readIds.iterator(); it.hasNext(); ) d.writeLong(it.nextLong());
    d.flush();
  }

  /**
   * The open stories' articles, gzipped: this run's by id (the store's article rows hold them, written before the
   * state), an earlier run's whole, as {@code articles.jsonl} writes them (this store does not hold them all).
   */
  private void writeArticles(OutputStream out) throws IOException {
    Set<String> fromEarlier = new HashSet<>();
    for (ArticleResult r : earlier) fromEarlier.add(r.id());
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    StateFormat.writeHeader(d, OPEN_MAGIC, OPEN_FORMAT);
    d.writeInt(openOut.size());
    for (ArticleResult r : openOut) {
      StateFormat.writeString(d, r.id());
      boolean whole = fromEarlier.contains(r.id());
      d.writeBoolean(whole);
      if (whole) StateFormat.writeString(d, JsonMapping.line(JsonMapping.article(r)));
    }
    d.flush();
    gz.finish();
  }

  /** The articles {@link #writeArticles} wrote in {@code store}, those of this store's run read from its rows. */
  private static List<ArticleResult> openArticles(RunStore store) {
    List<Map.Entry<String, byte[]>> entries = store.readState(OPEN_ARTICLES, StreamState::readArticles)
        .orElseThrow(() -> new IllegalStateException("the store at " + store.file() + " holds no " + OPEN_ARTICLES));
    List<ArticleResult> out = new ArrayList<>(entries.size());
    for (Map.Entry<String, byte[]> e : entries) {
      try {
        JsonNode json = e.getValue() != null ? JsonMapping.mapper().readTree(e.getValue())
            : store.articleJson(e.getKey()).orElseThrow(() -> new IllegalStateException("the store at "
                + store.file() + " lacks the open article " + e.getKey()));
        out.add(JsonMapping.articleResult(json));
      } catch (IOException | IllegalArgumentException ex) {
        throw new IllegalStateException("the store at " + store.file() + " holds a damaged open article "
            + e.getKey() + ": " + ex.getMessage(), ex);
      }
    }
    return out;
  }

  /** Each open article's id, and its JSON when the state holds it whole (else null: the store's row holds it). */
  private static List<Map.Entry<String, byte[]>> readArticles(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    try {
      StateFormat.readHeader(d, OPEN_MAGIC, OPEN_FORMAT, "list of open articles");
      int n = StateFormat.count(d, "open articles");
      List<Map.Entry<String, byte[]>> out = new ArrayList<>(Math.min(n, 1 << 16));
      for (int i = 0; i < n; i++) {
        String id = StateFormat.readString(d, MAX_ARTICLE_BYTES);
        // The JSON stays UTF-8 bytes: the JSON parser decodes them faster than a String would be built.
        byte[] json = d.readBoolean() ? StateFormat.readBytes(d, MAX_ARTICLE_BYTES) : null;
        out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(id, json));
      }
      if (d.read() != -1) throw new IOException("corrupt: bytes after " + n + " open articles");
      return out;
    } catch (EOFException e) {
      throw new IOException("the list of open articles is truncated", e);
    }
  }

  private static LongOpenHashSet readIds(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    try {
      StateFormat.readHeader(d, IDS_MAGIC, IDS_FORMAT, "id list");
      int n = StateFormat.count(d, "ids");
      LongOpenHashSet ids = new LongOpenHashSet(Math.min(n, 1 << 20));
      for (int i = 0; i < n; i++) ids.add(d.readLong());
      if (d.read() != -1) throw new IOException("corrupt: bytes after " + n + " ids");
      return ids;
    } catch (EOFException e) {
      throw new IOException("the id list is truncated", e);
    }
  }
}
