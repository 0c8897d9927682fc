package org.naba.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.naba.clean.BoilerplateMemory;
import org.naba.clean.HtmlPageCleaner;
import org.naba.clean.TextPageCleaner;
import org.naba.dedup.DedupInput;
import org.naba.dedup.DedupSettings;
import org.naba.dedup.Deduplicator;
import org.naba.dedup.MinHasher;
import org.naba.story.StoryEngine;
import org.naba.story.StoryInput;
import org.naba.story.StorySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code naba bench …}: throughput and latency figures of single stages, printed as plain lines. Speed is measured
 * here (after a warm-up pass), never in unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures stage throughput and latency on a corpus and prints the figures.",
    subcommands = {BenchCommand.Dedup.class, BenchCommand.Stories.class, BenchCommand.Clean.class, BenchCommand.Ner.class,
        WebBench.class})
public final class BenchCommand {
  private BenchCommand() {}

  record Doc(String id, String outlet, Instant time, String title, String text) {}

  static List<Doc> readCorpus(Path corpus, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Doc> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        corpus.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(corpus), 1 << 16)
            : Files.newInputStream(corpus), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && out.size() < limit) {
        JsonNode n = json.readTree(line);
        String text = n.path("text").asText("");
        if (text.isBlank() || n.path("published").isMissingNode() || n.path("published").isNull()) continue;
        out.add(new Doc(n.path("id").asText(), n.path("outlet").asText(""),
            OffsetDateTime.parse(n.path("published").asText()).toInstant(), n.path("title").asText(""), text));
      }
    }
    out.sort((a, b) -> a.time().compareTo(b.time()));
    return out;
  }

  static String rate(long n, long nanos) {
    return String.format(Locale.ROOT, "%,.0f/s", n / (nanos / 1e9));
  }

  @Command(name = "dedup", mixinStandardHelpOptions = true,
      description = "MinHash signature rate, full online dedup rate, state size and save/load time (naba.db),"
          + " and memory per article kept in the window.")
  static final class Dedup implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS", description = "news JSONL(.gz)")
    Path corpus;

    @Option(names = "--synthetic", paramLabel = "N", defaultValue = "0",
        description = "also add N synthetic articles (corpus texts with words shuffled) and report heap per article")
    int synthetic;

    @Override
    public Integer call() throws IOException {
      List<Doc> docs = readCorpus(corpus, Integer.MAX_VALUE);
      DedupSettings settings = DedupSettings.defaults();
      MinHasher hasher = new MinHasher(settings.shingle(), settings.bands() * settings.rows(), 1);
      for (int pass = 0; pass < 2; pass++) { // pass 0 warms the JIT up
        long t0 = System.nanoTime();
        long sink = 0;
        for (Doc d : docs) sink += hasher.signature(hasher.shingles(MinHasher.tokenHashes(d.text())))[0];
        long t = System.nanoTime() - t0;
        if (pass == 1) {
          System.out.printf(Locale.ROOT, "signatures: %d articles in %.2f s = %s (1 thread; tokenise + shingle + %d hashes) [%d]%n",
              docs.size(), t / 1e9, rate(docs.size(), t), hasher.size(), sink & 1);
        }
      }
      Deduplicator last = null;
      for (int pass = 0; pass < 2; pass++) {
        Deduplicator dedup = new Deduplicator(settings);
        last = dedup;
        long t0 = System.nanoTime();
        int copies = 0;
        for (Doc d : docs) {
          if (dedup.add(new DedupInput(d.id(), d.outlet(), d.time(), List.of(d.text().split("\n")))).duplicateOf().isPresent()) copies++;
        }
        long t = System.nanoTime() - t0;
        if (pass == 1) {
          System.out.printf(Locale.ROOT, "online dedup: %d articles in %.2f s = %s, %d copies, window %d%n",
              docs.size(), t / 1e9, rate(docs.size(), t), copies, dedup.windowSize());
        }
      }
      state("state", last, settings);
      if (synthetic > 0) memory(docs, settings);
      return 0;
    }

    /** Bytes of the state in a run's store, per article seen, and the time to save it there and load it back. */
    static void state(String label, Deduplicator dedup, DedupSettings settings) throws IOException {
      Path dir = Files.createTempDirectory("naba-bench-state");
      try {
        for (int pass = 0; pass < 2; pass++) { // pass 0 warms the JIT up
          long t0 = System.nanoTime();
          long bytes;
          try (org.naba.store.RunStore store = org.naba.store.RunStore.create(dir)) {
            bytes = store.putState(org.naba.pipeline.StreamState.DEDUP, dedup::saveState);
          }
          long save = System.nanoTime() - t0;
          t0 = System.nanoTime();
          Deduplicator back;
          try (org.naba.store.RunStore store = org.naba.store.RunStore.open(dir)) {
            back = store.readState(org.naba.pipeline.StreamState.DEDUP, in -> Deduplicator.restoreState(settings, in))
                .orElseThrow();
          }
          long load = System.nanoTime() - t0;
          if (back.windowSize() != dedup.windowSize() || back.articlesSeen() != dedup.articlesSeen()) {
            throw new IllegalStateException("the state did not round-trip");
          }
          if (pass == 1) {
            System.out.printf(Locale.ROOT, "%s: %d articles seen (window %d, exact keys %d) -> %,d bytes in naba.db ="
                    + " %.0f bytes/article; save %d ms, load %d ms%n",
                label, dedup.articlesSeen(), dedup.windowSize(), dedup.exactKeys(), bytes,
                bytes / (double) Math.max(1, dedup.articlesSeen()), save / 1_000_000, load / 1_000_000);
          }
        }
      } finally {
        try (var files = Files.walk(dir)) {
          for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
      }
    }

    private void memory(List<Doc> docs, DedupSettings settings) throws IOException {
      // A window long enough to keep every synthetic article: the worst case for memory.
      DedupSettings keepAll = new DedupSettings(settings.shingle(), settings.bands(), settings.rows(),
          settings.nearThreshold(), settings.margin(), settings.duplicateThreshold(), 3650, settings.minParagraphTokens());
      Deduplicator dedup = new Deduplicator(keepAll);
      java.util.Random random = new java.util.Random(7);
      long before = usedHeap();
      Instant t = docs.get(0).time();
      for (int i = 0; i < synthetic; i++) {
        Doc d = docs.get(i % docs.size());
        String[] words = d.text().split("\\s+");
        for (int k = words.length - 1; k > 0; k--) { // shuffle so that every synthetic article is new
          int j = random.nextInt(k + 1);
          String x = words[k];
          words[k] = words[j];
          words[j] = x;
        }
        dedup.add(new DedupInput("syn" + i, d.outlet(), t.plusSeconds(i), List.of(String.join(" ", words))));
      }
      long after = usedHeap();
      System.out.printf(Locale.ROOT, "memory: %d articles kept -> %.1f MB heap, %.0f bytes/article; 10M articles ≈ %.1f GB%n",
          dedup.windowSize(), (after - before) / 1e6, (after - before) / (double) synthetic,
          (after - before) / (double) synthetic * 10_000_000 / 1e9);
      state("synthetic state", dedup, keepAll);
    }
  }

  static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  @Command(name = "stories", mixinStandardHelpOptions = true,
      description = "Online story assignment latency (p50/p99/max) with N articles already stored, and the cost of"
          + " saving and restoring the engine's state (naba run --resume) at that size.")
  static final class Stories implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS", description = "news JSONL(.gz)")
    Path corpus;

    @Option(names = "--stored", paramLabel = "N", defaultValue = "100000", description = "articles stored before measuring (default: ${DEFAULT-VALUE})")
    int stored;

    @Option(names = "--measure", paramLabel = "M", defaultValue = "5000", description = "articles measured (default: ${DEFAULT-VALUE})")
    int measure;

    @Override
    public Integer call() throws IOException {
      List<Doc> docs = readCorpus(corpus, Integer.MAX_VALUE);
      Duration span = Duration.between(docs.get(0).time(), docs.get(docs.size() - 1).time()).plusDays(1);
      StoryEngine engine = new StoryEngine(StorySettings.defaults());
      // The corpus is replayed, each round shifted past the previous one, until N articles are stored.
      long t0 = System.nanoTime();
      int round = 0;
      int added = 0;
      while (added < stored) {
        for (Doc d : docs) {
          if (added >= stored) break;
          engine.add(input(d, round, span));
          added++;
        }
        round++;
      }
      long fill = System.nanoTime() - t0;
      long[] lat = new long[measure];
      int m = 0;
      outer:
      while (true) {
        for (Doc d : docs) {
          if (m >= measure) break outer;
          long s = System.nanoTime();
          engine.add(input(d, round, span));
          lat[m++] = System.nanoTime() - s;
        }
        round++;
      }
      Arrays.sort(lat);
      System.out.printf(Locale.ROOT, "stories: stored %d articles in %.1f s (%s); next %d: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
          stored, fill / 1e9, rate(stored, fill), measure, lat[measure / 2] / 1e6, lat[(int) (measure * 0.99)] / 1e6,
          lat[measure - 1] / 1e6);
      state(engine, docs, round + 1, span);
      return 0;
    }

    /**
     * What resuming costs at this size: the engine's state saved and restored, timed, and the next articles placed by
     * both engines, which must agree.
     */
    private static void state(StoryEngine engine, List<Doc> docs, int round, Duration span) throws IOException {
      long s0 = System.nanoTime();
      byte[] bytes = engine.saveState();
      long s1 = System.nanoTime();
      StoryEngine restored = StoryEngine.restoreState(StorySettings.defaults(), org.naba.story.IdfPrior.bundled(),
          new java.io.ByteArrayInputStream(bytes));
      long s2 = System.nanoTime();
      int next = Math.min(docs.size(), 2000);
      int alike = 0;
      for (Doc d : docs.subList(0, next)) {
        if (engine.add(input(d, round, span)).equals(restored.add(input(d, round, span)))) alike++;
      }
      System.out.printf(Locale.ROOT, "state: %.1f MB saved in %.0f ms, restored in %.0f ms; the next %d articles placed"
          + " alike by both engines: %d%n", bytes.length / 1e6, (s1 - s0) / 1e6, (s2 - s1) / 1e6, next, alike);
    }

    private static StoryInput input(Doc d, int round, Duration span) {
      return new StoryInput(d.id() + "@" + round, d.time().plus(span.multipliedBy(round)), d.outlet(), d.title(),
          d.text(), Optional.empty());
    }
  }

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Entity-tagging rate of the bundled model on the start of a corpus's articles, on one thread.")
  static final class Ner implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS", description = "news JSONL(.gz)")
    Path corpus;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "20000", description = "articles (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--tokens", paramLabel = "K", defaultValue = "52",
        description = "tokens of each article's title and text tagged (default: ${DEFAULT-VALUE}, as a story's first articles are)")
    int tokens;

    @Override
    public Integer call() throws IOException {
      org.naba.ner.NerModel model = org.naba.ner.NerModel.bundled();
      List<List<String>> texts = new ArrayList<>();
      long total = 0;
      for (Doc d : readCorpus(corpus, articles)) {
        List<String> t = org.naba.ner.NerModel.tokens(d.title() + " . " + d.text());
        if (t.size() > tokens) t = t.subList(0, tokens);
        texts.add(t);
        total += t.size();
      }
      for (int pass = 1; pass <= 3; pass++) {
        long t0 = System.nanoTime();
        long mentions = 0;
        for (List<String> t : texts) mentions += model.mentions(t).size();
        long ns = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "ner pass %d: %d articles, %d tokens in %.2f s = %.0f tokens/s, %.2f us/token (%d names)%n",
            pass, texts.size(), total, ns / 1e9, total / (ns / 1e9), ns / 1e3 / total, mentions);
      }
      return 0;
    }
  }

  @Command(name = "clean", mixinStandardHelpOptions = true,
      description = "Cleaning rate over a directory of pages (.txt dumps, or .html/.html.gz), repeated to N pages.")
  static final class Clean implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "directory of .txt page dumps, or of .html/.html.gz pages")
    Path dir;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "20000", description = "pages to clean (default: ${DEFAULT-VALUE})")
    int pages;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2", description = "threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
      // HTML pages when the directory has any (gold texts beside them are not pages), else text dumps.
      List<String> texts = new ArrayList<>();
      boolean html;
      try (var files = Files.walk(dir)) {
        List<Path> pages = files.filter(f -> f.toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList();
        html = !pages.isEmpty();
        for (Path p : pages) {
          byte[] bytes = p.toString().endsWith(".gz")
              ? new GZIPInputStream(Files.newInputStream(p)).readAllBytes() : Files.readAllBytes(p);
          texts.add(org.naba.ingest.Decoding.decode(bytes, Optional.empty(), true).text());
        }
      }
      if (!html) {
        try (var files = Files.walk(dir)) {
          for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
          }
        }
      }
      if (texts.isEmpty()) {
        System.err.println("naba: no .txt or .html pages under " + dir);
        return 1;
      }
      long bytes = 0;
      for (String t : texts) bytes += t.length();
      int per = pages / threads;
      for (int pass = 0; pass < 2; pass++) {
        BoilerplateMemory memory = new BoilerplateMemory();
        TextPageCleaner cleaner = new TextPageCleaner(memory);
        HtmlPageCleaner htmlCleaner = new HtmlPageCleaner(memory);
        boolean isHtml = html;
        long t = onThreads(threads, per, (i, offset) -> {
          String site = "site" + ((i + offset) % 50);
          String page = texts.get((i * threads + offset) % texts.size());
          if (isHtml) htmlCleaner.clean(page, Optional.empty(), site, Optional.empty());
          else cleaner.clean(page, site, Optional.empty());
        });
        if (pass == 1) {
          System.out.printf(Locale.ROOT, "clean: %d %s pages (%d distinct, mean %.1f KB) in %.2f s on %d threads = %s%n",
              per * threads, html ? "HTML" : "text", texts.size(), bytes / (double) texts.size() / 1000, t / 1e9, threads,
              rate((long) per * threads, t));
        }
      }
      if (html) {
        // jsoup's parse alone, the same pages on as many threads: the bound no DOM-based cleaner can pass.
        for (int pass = 0; pass < 2; pass++) {
          long t = onThreads(threads, per,
              (i, offset) -> org.jsoup.Jsoup.parse(texts.get((i * threads + offset) % texts.size())));
          if (pass == 1) {
            System.out.printf(Locale.ROOT, "parse alone (jsoup, no cleaning): %d pages in %.2f s on %d threads = %s%n",
                per * threads, t / 1e9, threads, rate((long) per * threads, t));
          }
        }
      }
      return 0;
    }

    /** One page's work: the page's number on its thread, and the thread's number. */
    private interface PageTask {
      void run(int i, int thread);
    }

    /** Nanoseconds for {@code threads} threads each to run {@code task(i, thread)} for i in [0, per). */
    private static long onThreads(int threads, int per, PageTask task) throws Exception {
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
      try {
        long t0 = System.nanoTime();
        List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
        for (int th = 0; th < threads; th++) {
          int offset = th;
          fs.add(pool.submit(() -> {
            for (int i = 0; i < per; i++) task.run(i, offset);
          }));
        }
        for (var f : fs) f.get();
        return System.nanoTime() - t0;
      } finally {
        pool.shutdown();
      }
    }
  }
}
