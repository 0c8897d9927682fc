package org.naba.bench;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.naba.clean.CleanArticle;
import org.naba.clean.BoilerplateMemory;
import org.naba.clean.RecordCleaner;
import org.naba.dedup.MinHasher;
import org.naba.text.TextNormalizer;
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
 * The per-article text passes that every record goes through, one thread, one op = one article (score =
 * articles/s): folding and tokenising ({@link TextNormalizer#forEachToken}, which cleaning, dedup and summaries all
 * run), token hashes for dedup, and a news record's whole light cleaning ({@link RecordCleaner}: repeated paragraphs,
 * datelines, credits, quotes, mentioned days; and as the pipeline runs it, learning each site's boilerplate). {@code naba run} uses the C1 compiler alone on small machines; measure
 * that case with {@code -jvmArgsAppend -XX:TieredStopAtLevel=1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenBenchmark {
  private static final Optional<OffsetDateTime> PUBLISHED =
      Optional.of(OffsetDateTime.of(2015, 8, 6, 12, 0, 0, 0, ZoneOffset.UTC));
  private List<String> texts;
  private List<Corpus.Record> records;
  private RecordCleaner cleaner;
  private RecordCleaner learning;
  private int next;

  @Setup
  public void setup() throws IOException {
    records = Corpus.records(5000);
    texts = records.stream().map(Corpus.Record::text).toList();
    cleaner = new RecordCleaner();
    learning = new RecordCleaner(new BoilerplateMemory());
  }

  @Benchmark
  public int tokens() {
    int[] n = {0};
    TextNormalizer.forEachToken(texts.get(next++ % texts.size()), (buf, len) -> n[0] += len);
    return n[0];
  }

  @Benchmark
  public long[] tokenHashes() {
    return MinHasher.tokenHashes(texts.get(next++ % texts.size()));
  }

  @Benchmark
  public CleanArticle cleanRecord() {
    return cleaner.clean("", texts.get(next++ % texts.size()), PUBLISHED);
  }

  /**
   * As {@code naba run} cleans records: learning what each site prints around them in a shared memory, a fresh one
   * for each pass over the records, as each run starts with one (a record seen again would teach it nothing).
   */
  @Benchmark
  public CleanArticle cleanRecordLearning() {
    if (next % records.size() == 0) learning = new RecordCleaner(new BoilerplateMemory());
    Corpus.Record r = records.get(next++ % records.size());
    return learning.clean("", r.text(), PUBLISHED, r.outlet());
  }
}
