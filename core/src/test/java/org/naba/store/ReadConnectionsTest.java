package org.naba.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadConnectionsTest {
  @TempDir Path dir;

  private ReadConnections.Opener opener() {
    String url = "jdbc:sqlite:" + dir.resolve("t.db");
    return () -> DriverManager.getConnection(url);
  }

  @Test
  void readersAtOnceEachGetAConnectionOfTheirOwnUpToTheBound() throws Exception {
    try (ReadConnections pool = new ReadConnections(opener(), 2)) {
      CountDownLatch bothIn = new CountDownLatch(2);
      ExecutorService threads = Executors.newFixedThreadPool(3);
      try {
        // Two readers hold their connections until both are in: they cannot be sharing one.
        ReadConnections.Work<Connection> holdUntilBothIn = c -> {
          bothIn.countDown();
          try {
            assertThat(bothIn.await(10, TimeUnit.SECONDS)).isTrue();
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
          return c;
        };
        Future<Connection> a = threads.submit(() -> pool.with(holdUntilBothIn));
        Future<Connection> b = threads.submit(() -> pool.with(holdUntilBothIn));
        assertThat(a.get(10, TimeUnit.SECONDS)).isNotSameAs(b.get(10, TimeUnit.SECONDS));
        // A third reader, later, takes one of the two back: the bound holds.
        threads.submit(() -> pool.with(c -> c)).get(10, TimeUnit.SECONDS);
        assertThat(pool.opened()).isEqualTo(2);
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @Test
  void aClosedPoolClosesItsConnectionsAndRefusesReaders() throws Exception {
    ReadConnections pool = new ReadConnections(opener(), 2);
    Connection used = pool.with(c -> c);
    pool.close();
    assertThat(used.isClosed()).isTrue();
    assertThatThrownBy(() -> pool.with(c -> c)).isInstanceOf(SQLException.class).hasMessageContaining("closed");
  }

  @Test
  void aConnectionBorrowedWhileThePoolClosesIsClosedWhenHandedBack() throws Exception {
    ReadConnections pool = new ReadConnections(opener(), 2);
    Connection held = pool.with(c -> {
      pool.close();
      assertThat(c.isClosed()).isFalse();
      return c;
    });
    assertThat(held.isClosed()).isTrue();
  }
}
