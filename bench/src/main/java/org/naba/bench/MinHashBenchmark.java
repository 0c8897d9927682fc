package org.naba.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.naba.dedup.DedupSettings;
import org.naba.dedup.MinHasher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dedup signatures per second, one thread: tokenise and fold an article, hash its word shingles, and compute the
 * MinHash signature with the default settings. Score = articles/s (ops/s, one op = one article).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MinHashBenchmark {
  private List<String> texts;
  private MinHasher hasher;
  private int next;

  @Setup
  public void setup() throws IOException {
    texts = Corpus.texts(5000);
    DedupSettings s = DedupSettings.defaults();
    hasher = new MinHasher(s.shingle(), s.bands() * s.rows(), 1);
  }

  @Benchmark
  public long[] signature() {
    String text = texts.get(next++ % texts.size());
    return hasher.signature(hasher.shingles(MinHasher.tokenHashes(text)));
  }
}
