package org.naba.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.naba.store.JsonMapping;
import org.naba.store.RunStore;
import org.naba.store.SearchIndex;
import org.naba.store.StoryFilter;

/**
 * A run as {@link WebServer} serves it: its store and search index, the {@code run.json} it was opened with (its
 * stamp), and the requests using it. A run replaced by a newer one is retired: it is closed once the last request
 * that started on it ends.
 */
final class ServedRun {
  private final RunStore store;
  private final Optional<SearchIndex> index;
  private final Optional<Object> stamp;
  private final Optional<Instant> finished;
  private final boolean described;
  private final boolean carried;
  private final AtomicInteger users = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean retired;

  private ServedRun(RunStore store, Optional<SearchIndex> index, Optional<Object> stamp) {
    this.store = store;
    this.index = index;
    this.stamp = stamp;
    String runInfo = store.runInfo();
    this.finished = finished(runInfo);
    this.described = !runInfo.equals("{}");
    StoryFilter ownStories = new StoryFilter(Optional.empty(), false, Optional.empty(), 0, Optional.empty(),
        Optional.empty(), true);
    this.carried = store.storyCount(ownStories) < store.storyCount();
  }

  /** When the run finished, as its {@code run.json} says; empty when it does not (a run of an older Naba). */
  private static Optional<Instant> finished(String runInfo) {
    try {
      JsonNode t = JsonMapping.mapper().readTree(runInfo).path("finished");
      return t.isTextual() ? Optional.of(Instant.parse(t.asText())) : Optional.empty();
    } catch (JsonProcessingException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Opens the run in {@code runDir}: its store and, when it has one, its index (which keeps ids and titles; a hit's
   * story and text come from the store).
   *
   * @throws IllegalStateException when {@code runDir} holds no store
   */
  static ServedRun open(Path runDir) {
    Optional<Object> stamp = stamp(runDir);
    RunStore store = RunStore.open(runDir);
    try {
      Optional<SearchIndex> index = SearchIndex.exists(runDir)
          ? Optional.of(SearchIndex.open(runDir, store::searchable, store::spellingsOf))
          : Optional.empty();
      return new ServedRun(store, index, stamp);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * What tells one run in {@code runDir} from another: its {@code run.json}, the file a run moves into place last but
   * for its store's own copy, by file identity (a new run writes a new file; through a switched symlink it is another
   * file) and modification time. Empty when there is none (a run of an older Naba, or none yet).
   */
  static Optional<Object> stamp(Path runDir) {
    try {
      BasicFileAttributes a = Files.readAttributes(runDir.resolve("run.json"), BasicFileAttributes.class);
      Object key = a.fileKey() != null ? a.fileKey() : runDir.toRealPath();
      return Optional.of(List.of(key, a.lastModifiedTime(), a.size()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The run {@code current} holds, for a request to use until it {@link #release}s it. A run retired meanwhile is let
   * go and the newer one taken.
   */
  static ServedRun acquire(AtomicReference<ServedRun> current) {
    while (true) {
      ServedRun run = current.get();
      run.users.incrementAndGet();
      if (!run.retired) return run;
      run.release();
    }
  }

  /** Ends a request's use; the last use of a retired run closes it. */
  void release() {
    if (users.decrementAndGet() == 0 && retired) close();
  }

  /** A newer run is served instead: this one closes once no request uses it. */
  void retire() {
    retired = true;
    if (users.get() == 0) close();
  }

  RunStore store() {
    return store;
  }

  Optional<SearchIndex> index() {
    return index;
  }

  Optional<Object> stamp() {
    return stamp;
  }

  Optional<Instant> finished() {
    return finished;
  }

  /** Whether its store holds stories it carried from the runs before it, besides its own. */
  boolean carried() {
    return carried;
  }

  /** Whether its store holds its {@code run.json}: the last thing a run writes there, so the run is whole. */
  boolean described() {
    return described;
  }

  private void close() {
    if (!closed.compareAndSet(false, true)) return;
    try {
      index.ifPresent(SearchIndex::close);
    } finally {
      store.close();
    }
  }
}
