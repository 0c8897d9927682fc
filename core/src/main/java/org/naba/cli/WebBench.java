package org.naba.cli;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.naba.store.RunStore;
import org.naba.store.StoryFilter;
import org.naba.store.StoryOrder;
import org.naba.store.StorySummaryRow;
import org.naba.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code naba bench web DIR}: the web server of a run under load. It serves the run on a free local port and asks
 * it for a mix of what readers open (the story list in both orders, the storylines, the outlets, the largest stories'
 * pages and API objects, searches for their names), first one request at a time, then from several clients at once,
 * and prints requests per second and latency percentiles for each.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
    description = "Web server throughput and latency on a run: one client, then several at once.")
final class WebBench implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "output directory of 'naba run'")
  Path dir;

  @Option(names = "--clients", paramLabel = "C", defaultValue = "8", description = "clients at once (default: ${DEFAULT-VALUE})")
  int clients;

  @Option(names = "--stories", paramLabel = "S", defaultValue = "20",
      description = "largest stories whose pages and names are asked for (default: ${DEFAULT-VALUE})")
  int stories;

  @Option(names = "--rounds", paramLabel = "R", defaultValue = "3", description = "times the mix is asked for in each measure (default: ${DEFAULT-VALUE})")
  int rounds;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || stories < 1 || rounds < 1) {
      System.err.println("naba bench web: --clients, --stories and --rounds must be at least 1");
      return 2;
    }
    List<String> paths = mix();
    WebServer server = WebServer.start(dir, 0);
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
      String base = "http://127.0.0.1:" + server.port();
      System.out.printf(Locale.ROOT, "web: %d paths (%d stories of the largest), %d rounds each measure%n",
          paths.size(), paths.stream().filter(p -> p.startsWith("/stories/")).count(), rounds);
      measure("warm-up", http, base, paths, 1, 1);
      measure("1 client", http, base, paths, 1, rounds);
      measure(clients + " clients", http, base, paths, clients, rounds);
    } finally {
      server.stop();
    }
    return 0;
  }

  /** What readers open: the lists, then each of the largest stories' page, API object and a search for its names. */
  private List<String> mix() {
    List<String> paths = new ArrayList<>(List.of("/", "/?sort=largest", "/storylines", "/outlets",
        "/api/stories?limit=50", "/feed.atom"));
    Set<String> names = new LinkedHashSet<>();
    try (RunStore store = RunStore.open(dir)) {
      for (StorySummaryRow s : store.stories(0, stories, StoryFilter.ALL, StoryOrder.LARGEST)) {
        String id = URLEncoder.encode(s.id(), StandardCharsets.UTF_8).replace("+", "%20");
        paths.add("/stories/" + id);
        paths.add("/api/stories/" + id);
        names.addAll(s.names());
      }
    }
    for (String name : names) paths.add("/search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    // One fixed order, so that runs compare.
    Collections.shuffle(paths, new Random(1));
    return paths;
  }

  private static void measure(String label, HttpClient http, String base, List<String> paths, int clients,
      int rounds) throws Exception {
    List<String> queue = new ArrayList<>();
    for (int r = 0; r < rounds; r++) queue.addAll(paths);
    long[] nanos = new long[queue.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        done.add(threads.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < queue.size(); ) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + queue.get(i)))
                .timeout(Duration.ofSeconds(60)).build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
              failed.incrementAndGet();
              System.err.println("naba bench web: " + queue.get(i) + " answered " + response.statusCode());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) f.get();
    } finally {
      threads.shutdownNow();
    }
    long wall = System.nanoTime() - t0;
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT,
        "web %s: %d requests in %.2f s = %.1f requests/s; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%s%n",
        label, sorted.length, wall / 1e9, sorted.length / (wall / 1e9), percentile(sorted, 0.50) / 1e6,
        percentile(sorted, 0.90) / 1e6, percentile(sorted, 0.99) / 1e6, sorted[sorted.length - 1] / 1e6,
        failed.get() == 0 ? "" : "; " + failed.get() + " not 200");
    // The paths that took longest, each by its slowest request: what to look at first.
    Map<String, Long> slowest = new HashMap<>();
    for (int i = 0; i < queue.size(); i++) slowest.merge(queue.get(i), nanos[i], Math::max);
    System.out.printf(Locale.ROOT, "  slowest: %s%n", slowest.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
        .map(e -> URLDecoder.decode(e.getKey(), StandardCharsets.UTF_8)
            + String.format(Locale.ROOT, " %.0f ms", e.getValue() / 1e6))
        .collect(Collectors.joining(", ")));
  }

  private static long percentile(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
