package org.naba.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Read-only connections to one SQLite file, so that concurrent readers (the web server's request threads) each query
 * on a connection of their own instead of waiting for one shared connection: SQLite lets any number of connections
 * read a file at once. Connections are opened as readers need them, up to a bound, and kept for the next reader; a
 * reader beyond the bound waits for one to be handed back.
 *
 * <p>Thread-safe.
 */
final class ReadConnections implements AutoCloseable {
  /** Opens one more read-only connection to the file. */
  @FunctionalInterface
  interface Opener {
    Connection open() throws SQLException;
  }

  /** Work done on a borrowed connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final Opener opener;
  private final int max;
  private final BlockingQueue<Connection> idle;
  private final List<Connection> all = new ArrayList<>();
  private boolean closed;

  ReadConnections(Opener opener, int max) {
    if (max < 1) throw new IllegalArgumentException("max " + max);
    this.opener = opener;
    this.max = max;
    this.idle = new ArrayBlockingQueue<>(max);
  }

  /** Runs {@code work} on a connection no other thread uses meanwhile. */
  <T> T with(Work<T> work) throws SQLException {
    Connection c = borrow();
    try {
      return work.run(c);
    } finally {
      giveBack(c);
    }
  }

  private Connection borrow() throws SQLException {
    Connection c = idle.poll();
    if (c != null) return c;
    synchronized (this) {
      if (closed) throw new SQLException("the store is closed");
      if (all.size() < max) {
        Connection opened = opener.open();
        all.add(opened);
        return opened;
      }
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a connection", e);
    }
  }

  private synchronized void giveBack(Connection c) throws SQLException {
    if (closed) {
      c.close();
    } else {
      idle.add(c);
    }
  }

  /** Connections opened so far. */
  synchronized int opened() {
    return all.size();
  }

  /** Closes the idle connections now and each borrowed one when it is handed back. */
  @Override
  public void close() throws SQLException {
    List<Connection> toClose = new ArrayList<>();
    synchronized (this) {
      if (closed) return;
      closed = true;
      idle.drainTo(toClose);
    }
    SQLException failure = null;
    for (Connection c : toClose) {
      try {
        c.close();
      } catch (SQLException e) {
        if (failure == null) failure = e; else failure.addSuppressed(e);
      }
    }
    if (failure != null) throw failure;
  }
}
