package org.naba.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.naba.ingest.IngestSink;
import org.naba.ingest.IngestWarning;
import org.naba.ingest.InputReader;
import org.naba.ingest.RawDocument;
import org.naba.model.Article;

/**
 * Steps 1 and 2 on this machine, overlapped: every document of the inputs, in input order, is cleaned as soon as it
 * is read. Cleaning runs in parallel across sites but in input order within a site, so each site's boilerplate is
 * learned deterministically; only that learning waits for the site's previous document ({@link Cleaning#prepare}),
 * and a record's cleaning after it runs in parallel with the next records of its site ({@link Cleaning#finish}). The articles come out in input order (several per page where a page holds several),
 * and the cleaners' warnings are reported in input order too.
 */
final class LocalReading implements Reading {
  private final int threads;

  LocalReading(int threads) {
    this.threads = threads;
  }

  @Override
  public Read read(List<String> inputs, StreamState state, Warnings warnings, Progress progress) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Long> stageMillis = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    progress.stage("read", 0);
    // What the earlier runs of the stream learned of each site's repeated lines, when resumed.
    Cleaning cleaning = new Cleaning(state.boilerplate());
    DocumentGate gate = new DocumentGate(state, warnings);
    List<CompletableFuture<Cleaning.Cleaned>> perDocument = new ArrayList<>();
    Map<String, CompletableFuture<Cleaning.Prepared>> lastOfSite = new HashMap<>();
    AtomicBoolean reading = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      int opened = new InputReader(new IngestSink() {
        @Override
        public void document(RawDocument d) {
          if (!gate.admit(d.id(), d.source())) return;
          Supplier<Cleaning.Prepared> task = () -> cleaning.prepare(d);
          // Each document of a site waits for the site's previous one to be prepared (what learns from the site's
          // earlier documents); the rest of a record's cleaning then runs beside the next ones.
          CompletableFuture<Cleaning.Prepared> prepared = lastOfSite.compute(Cleaning.siteKey(d), (site, previous) ->
              previous == null ? CompletableFuture.supplyAsync(task, pool) : previous.thenApplyAsync(done -> task.get(),
                  pool));
          perDocument.add(prepared.thenApplyAsync(p -> {
            Cleaning.Cleaned c = cleaning.finish(p);
            if (!reading.get()) progress.step();
            return c;
          }, pool));
          progress.step();
        }

        @Override
        public void warning(IngestWarning w) {
          warnings.add(w.source(), w.reason(), w.message());
        }
      }).readAll(inputs);
      reading.set(false);
      progress.done();
      counts.put("inputs", (long) inputs.size());
      counts.put("inputs_opened", (long) opened);
      counts.put("read", (long) perDocument.size());
      stageMillis.put("ingest", millisSince(t0));

      long t1 = System.nanoTime();
      progress.stage("clean", perDocument.stream().filter(f -> !f.isDone()).count());
      List<Article> out = new ArrayList<>();
      for (CompletableFuture<Cleaning.Cleaned> f : perDocument) {
        Cleaning.Cleaned c = f.join();
        for (Warnings.Entry w : c.warnings()) warnings.add(w.source(), w.reason(), w.message());
        out.addAll(c.articles());
      }
      progress.done();
      stageMillis.put("clean", millisSince(t1));
      return new Read(out, counts, stageMillis);
    } catch (CompletionException e) {
      throw new IllegalStateException("cleaning failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
