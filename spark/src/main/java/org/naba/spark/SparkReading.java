package org.naba.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.naba.clean.BoilerplateMemory;
import org.naba.ingest.IngestSink;
import org.naba.ingest.IngestWarning;
import org.naba.ingest.InputReader;
import org.naba.ingest.RawDocument;
import org.naba.model.Article;
import org.naba.pipeline.Cleaning;
import org.naba.pipeline.DocumentGate;
import org.naba.pipeline.Progress;
import org.naba.pipeline.Reading;
import org.naba.pipeline.StreamState;
import org.naba.pipeline.Warnings;
import scala.Tuple2;

/**
 * Steps 1 and 2 of a run (ingest and clean) spread over a Spark cluster; the online stages that follow run on the
 * driver, as on one machine ({@code Pipeline}). The articles are those {@code naba run} reads on one machine, in the
 * same order, with the same warnings ({@code SparkRunTest} compares them):
 *
 * <ol>
 *   <li>The driver lists the inputs' files (a directory's files by path); executors read them, a file each, into
 *       documents and warnings, each numbered in input order (kept, serialised, for step 3).
 *   <li>The driver takes the documents' ids in input order through the run's {@link DocumentGate} (a repeated id,
 *       or one an earlier run of the stream read, is reported and left out) and tells the executors which it
 *       refused.
 *   <li>Documents are partitioned by site and sorted by input order within each partition: an executor cleans a
 *       site's documents one after another, so that its boilerplate is learned in the order a single machine learns
 *       it. The articles come back to the driver and are put in input order.
 * </ol>
 *
 * Files are the unit of reading: a directory of many files (WARC, WET, pages) spreads over the cluster, while one
 * compressed file is read by one executor (gzip cannot be split); cleaning spreads by site in both cases. Every
 * machine must see the input files at the paths given (a shared file system); standard input cannot be read.
 */
public final class SparkReading implements Reading {
  private final JavaSparkContext spark;
  private final int partitions;

  /**
   * @param partitions how many partitions documents are cleaned in (sites spread over them)
   */
  public SparkReading(JavaSparkContext spark, int partitions) {
    if (partitions < 1) throw new IllegalArgumentException("partitions must be >= 1: " + partitions);
    this.spark = spark;
    this.partitions = partitions;
  }

  @Override
  public Read read(List<String> inputs, StreamState state, Warnings warnings, Progress progress) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Long> stageMillis = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    progress.stage("read (spark)", 0);

    // 1. The files, listed here; read on the executors. A listing's warnings keep their place in input order: each
    // is told before the documents of the files listed after it.
    List<Wire.File> files = new ArrayList<>();
    List<Map.Entry<Integer, Wire.Warning>> listing = new ArrayList<>();
    InputReader lister = new InputReader(new IngestSink() {
      @Override
      public void document(RawDocument d) {
        throw new IllegalStateException("listing reads no document");
      }

      @Override
      public void warning(IngestWarning w) {
        listing.add(Map.entry(files.size(), new Wire.Warning(w.source(), w.reason(), w.message())));
      }
    });
    long opened = 0;
    for (String input : inputs) {
      if (input.equals("-")) {
        listing.add(Map.entry(files.size(), new Wire.Warning("-", "unsupported",
            "standard input cannot be read on a cluster; give files or directories")));
        continue;
      }
      Optional<List<InputReader.InputFile>> listed = lister.files(input);
      if (listed.isEmpty()) continue;
      opened++;
      for (InputReader.InputFile f : listed.get()) {
        files.add(new Wire.File(files.size(), f.root().toString(), f.file().toString()));
      }
    }
    counts.put("inputs", (long) inputs.size());
    counts.put("inputs_opened", opened);
    if (files.isEmpty()) {
      for (Map.Entry<Integer, Wire.Warning> w : listing) add(warnings, w.getValue());
      progress.done();
      counts.put("read", 0L);
      stageMillis.put("ingest", millisSince(t0));
      stageMillis.put("clean", 0L);
      return new Read(List.of(), counts, stageMillis);
    }

    JavaRDD<Wire.Item> items = spark.parallelize(files, Math.min(files.size(), partitions))
        .flatMap(SparkReading::readFile)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      // 2. Ids through the gate, warnings into the run's, both in input order.
      List<Wire.Item> heads = new ArrayList<>(items.map(SparkReading::head).collect());
      heads.sort(Comparator.comparingLong(Wire.Item::order));
      DocumentGate gate = new DocumentGate(state, warnings);
      Set<Long> refused = new HashSet<>();
      long read = 0;
      int told = 0;
      for (Wire.Item h : heads) {
        int file = (int) (h.order() >>> 32);
        while (told < listing.size() && listing.get(told).getKey() <= file) add(warnings, listing.get(told++).getValue());
        if (h.warning() != null) {
          add(warnings, h.warning());
        } else if (gate.admit(h.document().id(), h.document().source())) {
          read++;
        } else {
          refused.add(h.order());
        }
      }
      while (told < listing.size()) add(warnings, listing.get(told++).getValue());
      counts.put("read", read);
      stageMillis.put("ingest", millisSince(t0));
      progress.done();

      // 3. Cleaning, by site, each site's documents in input order.
      long t1 = System.nanoTime();
      progress.stage("clean (spark)", 0);
      Broadcast<Set<Long>> out = spark.broadcast(refused);
      // What the earlier runs of the stream learned of each site's repeated lines goes to the partitions, and what
      // they learned comes back, for the next run.
      Broadcast<byte[]> known = spark.broadcast(memoryBytes(state.boilerplate(), site -> true));
      List<Wire.Cleaned> cleaned = new ArrayList<>(items
          .filter(i -> i.document() != null && !out.value().contains(i.order()))
          .mapToPair(i -> new Tuple2<>(new SiteOrder(i.document().site(), i.order()), i.document()))
          .repartitionAndSortWithinPartitions(new SitePartitioner(partitions))
          .mapPartitions(documents -> clean(documents, known.value()))
          .collect());
      out.destroy();
      known.destroy();
      cleaned.sort(Comparator.comparingLong(Wire.Cleaned::order));
      List<Article> articles = new ArrayList<>();
      for (Wire.Cleaned c : cleaned) {
        if (c.memory() != null) {
          state.boilerplate().putSites(restore(c.memory()));
          continue;
        }
        for (Wire.Warning w : c.warnings()) add(warnings, w);
        for (Wire.WireArticle a : c.articles()) articles.add(a.article());
      }
      progress.done();
      stageMillis.put("clean", millisSince(t1));
      return new Read(articles, counts, stageMillis);
    } finally {
      items.unpersist(false);
    }
  }

  /** On an executor: one file's documents and warnings, numbered in input order. */
  private static Iterator<Wire.Item> readFile(Wire.File f) {
    List<Wire.Item> out = new ArrayList<>();
    long base = (long) f.index() << 32;
    new InputReader(new IngestSink() {
      @Override
      public void document(RawDocument d) {
        out.add(new Wire.Item(base + out.size(), Wire.Document.of(Cleaning.siteKey(d), d), null));
      }

      @Override
      public void warning(IngestWarning w) {
        out.add(new Wire.Item(base + out.size(), null, new Wire.Warning(w.source(), w.reason(), w.message())));
      }
    }).read(new InputReader.InputFile(Path.of(f.root()), Path.of(f.file())));
    return out.iterator();
  }

  /** What the driver needs of an item to take ids in order: the item without the document's content. */
  private static Wire.Item head(Wire.Item i) {
    if (i.document() == null) return i;
    Wire.Document d = i.document();
    return new Wire.Item(i.order(), new Wire.Document(d.site(), d.id(), d.source(), d.format(), "", null, null, null,
        null, null), null);
  }

  /**
   * On an executor: one partition's documents, sorted by site and then input order, cleaned one after another with
   * one boilerplate memory (which learns each site apart) that starts from what the earlier runs of the stream knew
   * ({@code known}); last comes what it knows of the partition's sites, for the driver.
   */
  private static Iterator<Wire.Cleaned> clean(Iterator<Tuple2<SiteOrder, Wire.Document>> documents, byte[] known) {
    BoilerplateMemory memory = restore(known);
    Cleaning cleaning = new Cleaning(memory);
    Set<String> sites = new HashSet<>();
    return new Iterator<>() {
      private boolean memorySent;

      @Override
      public boolean hasNext() {
        return documents.hasNext() || !memorySent;
      }

      @Override
      public Wire.Cleaned next() {
        if (!documents.hasNext()) {
          // Last: what the memory knows of this partition's sites now.
          memorySent = true;
          return new Wire.Cleaned(Long.MAX_VALUE, List.of(), List.of(), memoryBytes(memory, sites::contains));
        }
        Tuple2<SiteOrder, Wire.Document> d = documents.next();
        sites.add(d._1().site());
        Cleaning.Cleaned c = cleaning.cleanDocument(d._2().raw());
        List<Wire.WireArticle> articles = c.articles().stream().map(Wire.WireArticle::of).toList();
        List<Wire.Warning> warnings =
            c.warnings().stream().map(w -> new Wire.Warning(w.source(), w.reason(), w.message())).toList();
        return new Wire.Cleaned(d._1().order(), articles, warnings);
      }
    };
  }

  private static byte[] memoryBytes(BoilerplateMemory memory, java.util.function.Predicate<String> sites) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try {
      memory.saveState(bytes, sites);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // into memory: cannot happen
    }
    return bytes.toByteArray();
  }

  private static BoilerplateMemory restore(byte[] bytes) {
    try {
      return BoilerplateMemory.restoreState(new java.io.ByteArrayInputStream(bytes));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("boilerplate memory sent between driver and executors: " + e.getMessage(),
          e);
    }
  }

  /** The shuffle key of cleaning: documents go to their site's partition, in input order within it. */
  record SiteOrder(String site, long order) implements Comparable<SiteOrder>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compareTo(SiteOrder o) {
      int c = site.compareTo(o.site);
      return c != 0 ? c : Long.compare(order, o.order);
    }
  }

  /** Every document of a site to one partition. */
  static final class SitePartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    SitePartitioner(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return Math.floorMod(((SiteOrder) key).site().hashCode(), partitions);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SitePartitioner p && p.partitions == partitions;
    }

    @Override
    public int hashCode() {
      return partitions;
    }
  }

  private static void add(Warnings warnings, Wire.Warning w) {
    warnings.add(w.source(), w.reason(), w.message());
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
