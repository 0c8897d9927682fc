package org.naba.pipeline;

import java.util.HashSet;
import java.util.Set;

/**
 * Which documents a run takes, by id, in input order: ids are the public key of every output, so a second document
 * with an id already read (the same WARC record in a .warc and its .warc.gz, a JSONL record listed twice), or one an
 * earlier run of the stream read (resuming), is reported and left out. Not thread-safe: ask in input order.
 */
public final class DocumentGate {
  private final StreamState state;
  private final Warnings warnings;
  private final Set<String> ids = new HashSet<>();

  public DocumentGate(StreamState state, Warnings warnings) {
    this.state = state;
    this.warnings = warnings;
  }

  /** Whether the document {@code id}, read from {@code source}, is taken; if not, says why in a warning. */
  public boolean admit(String id, String source) {
    if (!ids.add(id)) {
      warnings.add(source, "duplicate-id", "id " + id + " was already read; this copy is left out");
      return false;
    }
    if (!state.markRead(id)) {
      warnings.add(source, "already-read", "id " + id + " was read by an earlier run (resumed from "
          + state.resumedFrom().map(StreamState.Resumed::store).orElse(null) + "); this copy is left out");
      return false;
    }
    return true;
  }
}
