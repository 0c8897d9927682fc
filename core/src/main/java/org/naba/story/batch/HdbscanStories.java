package org.naba.story.batch;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.naba.story.AnalysedArticle;
import org.naba.story.ArticleAnalyser;
import org.naba.story.IdfPrior;
import org.naba.story.StoryInput;
import org.naba.story.StorySettings;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.hdbscan.HdbscanModel;
import org.tribuo.clustering.hdbscan.HdbscanTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.neighbour.NeighboursQueryFactoryType;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The batch peer of the online {@link org.naba.story.StoryEngine}: clusters a whole input at once with HDBSCAN*
 * (Campello, Moulavi and Sander 2013; Tribuo's implementation) over the engine's own article vectors
 * ({@link BatchVectors}: lead, title and entity-like TF-IDF spaces, cosine distance), so that the same eval can say
 * what the online method gains or loses against a batch method that sees the future.
 *
 * <p>HDBSCAN* costs O(n²) distances (all-pairs k-nearest neighbours, then Prim's tree over the complete graph of
 * mutual-reachability distances). A story lasts about a week, so the input is cut in time windows of
 * {@link BatchSettings#window()} that start every half window: every article lies in exactly two windows (one at the
 * edges), the windows are clustered independently (in parallel), and the cost is about 2·Σ n_w² instead of n². The
 * windows are then stitched: a cluster of window w and a cluster of window w+1 are one story when most of the
 * articles one of them has in the half both windows share lie in the other. An article takes the label of the window
 * in whose middle half it lies (the other window's when it is noise there), resolved through the stitching; noise
 * in both windows makes a story of its own. Copies ({@link StoryInput#duplicateOf()}) are not clustered: they join
 * their original's story, as in the online engine.
 *
 * <p>Deterministic: the same input gives the same stories (articles are ordered by time, then input order, and
 * HDBSCAN* and the stitching have no randomness). Thread-safe; holds no state between calls.
 */
public final class HdbscanStories {
  /** Tribuo logs one INFO line per model; the runs here train one per window. */
  private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

  static {
    TRIBUO_LOG.setLevel(Level.WARNING);
  }

  private final StorySettings vectors;
  private final BatchSettings settings;
  private final IdfPrior prior;

  /** A peer with the engine's background IDF table ({@link IdfPrior#bundled()}). */
  public HdbscanStories(StorySettings vectors, BatchSettings settings) {
    this(vectors, settings, IdfPrior.bundled());
  }

  /**
   * @param vectors the online engine's settings, whose lead length, title repeat, space weights and entity rule
   *     define the vectors
   * @param settings the clustering settings
   * @param prior background document frequencies, faded as the engine fades them
   */
  public HdbscanStories(StorySettings vectors, BatchSettings settings, IdfPrior prior) {
    this.vectors = Objects.requireNonNull(vectors, "vectors");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.prior = Objects.requireNonNull(prior, "prior");
  }

  public BatchSettings settings() {
    return settings;
  }

  /** Clusters {@code input} (any order; ids must be distinct) into stories. */
  public BatchResult cluster(List<StoryInput> input) {
    Map<String, Long> millis = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    List<StoryInput> ordered = new ArrayList<>(input);
    // Stable: equal times keep input order.
    ordered.sort(Comparator.comparing(StoryInput::published));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      if (index.put(ordered.get(i).id(), i) != null) {
        throw new IllegalArgumentException("article given twice: " + ordered.get(i).id());
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    try {
      List<AnalysedArticle> analysed = analyse(ordered, pool);
      millis.put("analysis", since(t0));

      long t1 = System.nanoTime();
      BatchVectors v = BatchVectors.build(analysed, vectors, prior, settings.maxTerms());
      int n = ordered.size();
      // original[i]: the earlier article i copies (its original's original), or -1.
      int[] original = new int[n];
      List<Integer> points = new ArrayList<>();
      int copies = 0;
      for (int i = 0; i < n; i++) {
        Integer o = ordered.get(i).duplicateOf().map(index::get).orElse(null);
        if (o != null && o != i) {
          original[i] = original[o] >= 0 ? original[o] : o;
          if (original[i] > i) original[i] = -1; // a copy of a later article: cluster it on its own merits
        } else {
          original[i] = -1;
        }
        if (original[i] >= 0) {
          copies++;
        } else if (!v.isEmpty(i)) {
          points.add(i);
        }
      }
      millis.put("vectors", since(t1));

      long t2 = System.nanoTime();
      long[] times = new long[points.size()];
      for (int p = 0; p < times.length; p++) times[p] = ordered.get(points.get(p)).published().getEpochSecond();
      TimeWindows w = new TimeWindows(times, settings.window().toSeconds() / 2);
      List<Future<int[]>> jobs = new ArrayList<>();
      for (int k = 0; k < w.count(); k++) {
        int[] members = w.members(k);
        for (int m = 0; m < members.length; m++) members[m] = points.get(members[m]);
        jobs.add(pool.submit(() -> hdbscan(members, v)));
      }
      int[][] labels = new int[w.count()][];
      for (int k = 0; k < labels.length; k++) labels[k] = jobs.get(k).get();
      millis.put("hdbscan", since(t2));

      long t3 = System.nanoTime();
      int[] cluster = w.stitch(labels); // per point: a cluster number, or -1 for noise
      String[] story = new String[n];
      Map<Integer, String> clusterStory = new HashMap<>();
      int noise = 0;
      for (int p = 0; p < points.size(); p++) {
        int i = points.get(p);
        String id = ordered.get(i).id();
        if (cluster[p] < 0) {
          story[i] = "batch-" + id;
          noise++;
        } else {
          story[i] = clusterStory.computeIfAbsent(cluster[p], c -> "batch-" + id); // points are in time order
        }
      }
      Map<String, String> out = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        if (original[i] >= 0) {
          story[i] = story[original[i]];
        } else if (story[i] == null) {
          story[i] = "batch-" + ordered.get(i).id(); // nothing to compare: a story of its own
        }
        out.put(ordered.get(i).id(), story[i]);
      }
      millis.put("merge", since(t3));
      return new BatchResult(out, points.size(), copies, w.count(), w.largest(), clusterStory.size(), noise, millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while clustering", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("batch clustering failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private List<AnalysedArticle> analyse(List<StoryInput> ordered, ExecutorService pool)
      throws InterruptedException, ExecutionException {
    try (ArticleAnalyser analyser = new ArticleAnalyser(vectors)) {
      int chunk = 256;
      List<Future<List<AnalysedArticle>>> parts = new ArrayList<>();
      for (int from = 0; from < ordered.size(); from += chunk) {
        List<StoryInput> slice = ordered.subList(from, Math.min(ordered.size(), from + chunk));
        parts.add(pool.submit(() -> slice.stream().map(analyser::analyse).toList()));
      }
      List<AnalysedArticle> out = new ArrayList<>(ordered.size());
      for (Future<List<AnalysedArticle>> f : parts) out.addAll(f.get());
      return out;
    }
  }

  /** HDBSCAN* labels of the given articles: 0 noise, 1.. clusters (Tribuo's numbering). */
  private int[] hdbscan(int[] members, BatchVectors v) {
    int n = members.length;
    if (n < Math.max(2, Math.max(settings.minClusterSize(), settings.minPoints()))) return new int[n];
    ClusteringFactory factory = new ClusteringFactory();
    MutableDataset<ClusterID> data = new MutableDataset<>(
        new SimpleDataSourceProvenance("naba batch window", OffsetDateTime.MIN, factory), factory);
    ClusterID unknown = factory.getUnknownOutput();
    List<ArrayExample<ClusterID>> examples = new ArrayList<>(n);
    for (int i : members) {
      int[] ids = v.ids[i];
      String[] names = new String[ids.length];
      double[] values = new double[ids.length];
      for (int k = 0; k < ids.length; k++) {
        names[k] = v.names[ids[k]];
        values[k] = v.weights[i][k];
      }
      ArrayExample<ClusterID> example = new ArrayExample<>(unknown, names, values);
      examples.add(example);
      data.add(example);
    }
    HdbscanTrainer trainer = new HdbscanTrainer(settings.minClusterSize(), new WindowCosine(),
        settings.minPoints(), 1, NeighboursQueryFactoryType.BRUTE_FORCE);
    HdbscanModel model = trainer.train(data);
    List<Integer> labels = model.getClusterLabels();
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      out[k] = labels.get(k);
      if (out[k] == 0 && settings.assignNoise()) out[k] = model.predict(examples.get(k)).getOutput().getID();
    }
    return out;
  }

  private static long since(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
