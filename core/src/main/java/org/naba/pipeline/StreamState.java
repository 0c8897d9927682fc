package org.naba.pipeline;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.naba.dedup.DedupSettings;
import org.naba.dedup.Deduplicator;
import org.naba.store.RunStore;
import org.naba.text.Hash64;

/**
 * What a run hands on to the next, so that {@code naba run NEW --resume DIR} continues the stream where the run in
 * {@code DIR} stopped: the deduplicator's state (exact-copy keys with the first article's id, the near-duplicate
 * window's signatures, outlets and times, the paragraph table, the clock) and a 64-bit hash of every document id
 * read so far, so that a record read before is left out as one run over both inputs would leave it out. Both are
 * kept in the run's store ({@code naba.db}) as the states {@value #DEDUP} and {@value #READ_IDS}; every run writes
 * them, so every run can be resumed. Story clustering is not carried over: a resumed run's stories hold its own
 * articles only.
 *
 * <p>Memory and bytes grow with the articles, never with their text: about 30 bytes per distinct text and 8 per id
 * for good, plus a signature and paragraph keys per article inside the dedup window.
 */
public final class StreamState {
  /** The deduplicator's state in the store. */
  public static final String DEDUP = "dedup";

  /** The hashed ids of every document read, in the store. */
  public static final String READ_IDS = "read_ids";

  private static final int IDS_MAGIC = 0x4E424944; // "NBID"
  private static final int IDS_FORMAT = 1;

  private final Deduplicator dedup;
  private final LongOpenHashSet readIds;
  private final Optional<Resumed> resumedFrom;
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
   */
  public record Resumed(Path store, long articles, long exactKeys, int window, long readIds, Optional<Instant> clock,
      long bytes, long loadMillis) {}

  /** What a run stored: bytes and the time it took. */
  public record Saved(long bytes, long saveMillis) {}

  private StreamState(Deduplicator dedup, LongOpenHashSet readIds, Optional<Resumed> resumedFrom) {
    this.dedup = dedup;
    this.readIds = readIds;
    this.resumedFrom = resumedFrom;
  }

  /** The state of a run that starts from nothing. */
  public static StreamState fresh(DedupSettings settings) {
    return new StreamState(new Deduplicator(settings), new LongOpenHashSet(), Optional.empty());
  }

  /**
   * Loads the state an earlier run stored.
   *
   * @param from the earlier run's output directory, or its {@code naba.db}
   * @throws IllegalStateException naming the file when there is no store there, the store holds no state (written
   *     before resuming existed), or its state is damaged or of another version, settings or hashing
   */
  public static StreamState load(Path from, DedupSettings settings) {
    long t0 = System.nanoTime();
    if (!Files.exists(from)) throw new IllegalStateException(from + " does not exist");
    Path dir = Files.isDirectory(from) ? from : from.toAbsolutePath().getParent();
    if (!Files.isDirectory(from) && !from.getFileName().toString().equals(RunStore.FILE_NAME)) {
      throw new IllegalStateException(from + " is neither the output directory of a run nor its " + RunStore.FILE_NAME);
    }
    try (RunStore store = RunStore.open(dir)) {
      Deduplicator dedup = store.readState(DEDUP, in -> Deduplicator.restoreState(settings, in))
          .orElseThrow(() -> new IllegalStateException("the store at " + store.file()
              + " holds no deduplication state (it was written by a Naba without resuming); run its inputs again"));
      LongOpenHashSet ids = store.readState(READ_IDS, StreamState::readIds)
          .orElseThrow(() -> new IllegalStateException("the store at " + store.file() + " holds no " + READ_IDS));
      long bytes = store.stateBytes(DEDUP).orElse(0L) + store.stateBytes(READ_IDS).orElse(0L);
      Resumed resumed = new Resumed(store.file().toAbsolutePath(), dedup.articlesSeen(), dedup.exactKeys(),
          dedup.windowSize(), ids.size(), dedup.clock(), bytes, (System.nanoTime() - t0) / 1_000_000);
      return new StreamState(dedup, ids, Optional.of(resumed));
    }
  }

  /** Writes the state into a run's store (replacing any there) and remembers what it cost. */
  public void save(RunStore store) {
    long t0 = System.nanoTime();
    long bytes = store.putState(DEDUP, dedup::saveState);
    bytes += store.putState(READ_IDS, this::writeIds);
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
      return m;
    }).orElse(null));
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("articles", dedup.articlesSeen());
    state.put("exact_keys", dedup.exactKeys());
    state.put("window", dedup.windowSize());
    state.put("read_ids", readIds.size());
    state.put("clock", dedup.clock().map(Instant::toString).orElse(null));
    if (saved != null) {
      state.put("bytes", saved.bytes());
      state.put("bytes_per_article", dedup.articlesSeen() == 0 ? 0 : saved.bytes() / dedup.articlesSeen());
    }
    out.put("state", state);
    return out;
  }

  private void writeIds(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    d.writeInt(IDS_MAGIC);
    d.writeInt(IDS_FORMAT);
    d.writeInt(readIds.size());
    for (LongIterator it = readIds.iterator(); it.hasNext(); ) d.writeLong(it.nextLong());
    d.flush();
  }

  private static LongOpenHashSet readIds(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    try {
      if (d.readInt() != IDS_MAGIC) throw new IOException("not a Naba id list");
      int format = d.readInt();
      if (format != IDS_FORMAT) throw new IOException("id list of format " + format + "; this Naba reads " + IDS_FORMAT);
      int n = d.readInt();
      if (n < 0) throw new IOException("corrupt: " + n + " ids");
      LongOpenHashSet ids = new LongOpenHashSet(Math.min(n, 1 << 20));
      for (int i = 0; i < n; i++) ids.add(d.readLong());
      if (d.read() != -1) throw new IOException("corrupt: bytes after " + n + " ids");
      return ids;
    } catch (EOFException e) {
      throw new IOException("the id list is truncated", e);
    }
  }
}
