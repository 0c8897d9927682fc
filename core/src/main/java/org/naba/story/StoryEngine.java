package org.naba.story;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import org.naba.text.Hash64;
import org.naba.text.StateFormat;

/**
 * Online, time-aware clustering of news articles into stories, after Miranda et al. 2018 ("Multilingual clustering
 * of streaming news", EMNLP), with story merges, storylines and breaking-news detection.
 *
 * <p>Each article, added in publication order, is turned into three unit TF-IDF vectors: its lead (with the title
 * repeated, since the title states the event), its title alone, and its entity-like terms (numbers, Latin-script
 * tokens and terms rare in the stream so far — a cheap stand-in for named entities, which carry most of the
 * "which event" signal). IDF is learned online from the articles seen so far and raised for terms whose recent
 * document rate surges above their long-run rate (burst weighting, Kleinberg 2002; Fung et al. 2005). Candidate
 * stories come from an inverted index (term → stories that contain it among their articles' highest-weighted terms),
 * never from a scan, and must share {@link StorySettings#minSharedTerms()} of the article's top terms. Each candidate
 * is scored by a weighted sum of the three cosines against its bounded centroids, multiplied by a Gaussian decay of
 * the gap between the article and the story's mean time (never more than σ behind its latest article); the best few
 * are also compared with their latest member articles (single link, {@link StorySettings#memberLinks()}), because a
 * big story's centroid averages away the vocabulary of each thread of follow-ups; and they are checked for the
 * article naming their signature (the share of the weight of their heaviest lead terms that the article holds,
 * {@link StorySettings#signatureThreshold()}):
 * a reaction or an investigation names the event it follows — place, target, kind of attack — amid much vocabulary
 * of its own that dilutes any cosine. The article joins the best story at or above the join (or member)
 * threshold, or just under it when that story is the clear winner (it already holds articles and scores several
 * times the runner-up, {@link StorySettings#clearWinnerShare()}), else opens a new one.
 *
 * <p>A story past {@link StorySettings#maxSpan()} (14 days from its first article), or past {@link
 * StorySettings#followUpSpan()} (8 days from its peak, when its half-day article rate was highest), takes no more
 * articles: what still follows opens a new story, which its storyline link ties to the old one, so a month of World
 * Cup or war coverage becomes a chain of week-long stories rather than one drifting topic.
 *
 * <p>Corrections: when an article also scores against other stories, their centroids are compared with a tighter time
 * decay ({@link StorySettings#mergeSigma()}) and the stories merged if they converged (the older id survives); an
 * article still alone in the story it opened {@link StorySettings#orphanDelay()} later is placed again against the
 * stories as they have grown, and joins its clear winner from {@link StorySettings#orphanShare()} of the threshold (a
 * condolence column names the event in words its first reports did not use, its later ones do). Reading the results
 * ({@link #assignments()} and the other accessors) places the pending ones as if the stream ended there. Storylines: a
 * new story is linked to the best older story at a lower threshold with a longer decay, so a storyline spans weeks; a
 * story still unlinked is checked again, centroid against centroid, when it reaches 2, 4, 8… articles (its first
 * article may not show which storyline it continues: the seeds' G20 story links to the Geneva talks ten days earlier at
 * four articles). Breaking: a story that gathers {@link StorySettings#breakingMinArticles()} articles from {@link
 * StorySettings#breakingMinOutlets()} outlets within {@link StorySettings#breakingWindow()}, and {@link
 * StorySettings#breakingMinShare()} of all the stream's articles in that window, is marked breaking at that time.
 *
 * <p>Undated articles ({@link #addUndated}) come after every dated one and are placed by content alone among all
 * the stream's stories ({@link #keepStories()} keeps them placeable).
 *
 * <p>Known limits, measured on the SaudiNewsNet 2015 dev gold: a crawl that starts with a backlog of a thousand
 * articles stamped with one time cannot use time to separate them, so an early story can absorb a whole topic
 * (ISIS news joined the Suruç bombing); and threads of reactions to a big event (condemnations, condolences) that
 * share little wording with the event reports stay separate stories (the Abha bombing ends in ~60 pieces).
 *
 * <p>The engine's state is saved with {@link #saveState} and restored with {@link #restoreState}: a restored engine
 * places every later dated article as the saved one would have, so a stream read in several runs ({@code naba run
 * --resume}) makes the stories one run over all of it makes.
 *
 * <p>Deterministic: decisions never depend on hash-table iteration order; ties go to the older story. Not
 * thread-safe: one engine per stream. Memory per live story is bounded; stories older than
 * {@link StorySettings#storylineWindow()} are dropped from the index (the term dictionary and the per-article
 * assignment still grow with the stream).
 */
public final class StoryEngine {
  private static final int SWEEP_EVERY_SECONDS = 24 * 3600;
  /** Half-life of the article rate whose maximum marks a story's peak: half a day, so one day's burst is the peak. */
  private static final double PEAK_HALF_LIFE_SECONDS = 12 * 3600;
  private static final double LN2 = Math.log(2);
  private static final double MAX_BURST = 100;
  private static final int IDF_WARMUP_DOCUMENTS = 100;
  /** Merge checks per article: the best-scoring other stories only, so corrections cost O(1) per article. */
  private static final int MERGE_CHECKS = 3;
  /** Core vocabulary of a story for merge coverage: its heaviest lead terms. */
  private static final int CORE_TERMS = 8;

  private final StorySettings settings;
  private final ArticleAnalyser analyser;

  // Term dictionary with online document frequencies.
  // Keyed by the terms' 64-bit hashes, computed where the article was analysed: a primitive open-addressing table,
  // so each of the ~100 lookups per article touches two arrays and no string (this thread is the run's bottleneck).
  private final Long2IntOpenHashMap termIds = new Long2IntOpenHashMap();
  private int[] df = new int[1024];
  // Background document frequency of each term (IdfPrior), added to the online counts.
  private int[] priorDf = new int[1024];
  // The table the engine was given (its fingerprint in a saved state), and that table with the stream's first articles
  // counted into it (warmUp); warmDocuments: how many.
  private final IdfPrior basePrior;
  private IdfPrior prior;
  private long warmDocuments;
  private boolean[] entityLike = new boolean[1024];
  // Exponentially decayed recent document frequency per term (for burst weighting) and when it was last decayed.
  private double[] recentDf = new double[1024];
  // Times of the articles that reached detectBreaking within the breaking window, oldest first, and the stories that
  // surged at the latest time, to be weighed against the whole stream of that time (settleBreaking).
  private final ArrayDeque<Long> streamArrivals = new ArrayDeque<>();
  private final List<Story> surged = new ArrayList<>();
  // The current article's vectors scattered by term id (all zero between articles).
  private float[] denseBody = new float[1024];
  private float[] denseTitle = new float[1024];
  private float[] denseEntities = new float[1024];
  private long[] recentStamp = new long[1024];
  // Terms the current article holds behind a one-letter proclitic (all false between articles), and their ids.
  private boolean[] denseBare = new boolean[1024];
  private int[] bareIds = new int[64];
  private int bareCount;
  private double recentDocs;
  private long recentDocsStamp = Long.MIN_VALUE;
  private final List<int[]> postings = new ArrayList<>(); // term id -> story indices (first element = length)
  // With keepStories(): term id -> stories past the storyline window kept for undated articles (same layout), apart
  // from the live postings so that dated articles look up no more than without it.
  private final List<int[]> archive = new ArrayList<>();
  private int[] storyHits = new int[1024]; // scratch for candidates(): story index -> shared query terms
  private int[] touchedScratch = new int[256]; // scratch for candidates(): the stories storyHits counts for
  private long documents;

  private final List<Story> stories = new ArrayList<>();
  // Stories opened by one article, in order, until they are orphanDelay old: then placed again (adoptOrphans).
  private final ArrayDeque<Orphan> orphans = new ArrayDeque<>();
  private final List<Story> live = new ArrayList<>();
  private final Map<String, Integer> articleIndex = new HashMap<>();
  private final List<String> articleIds = new ArrayList<>();
  private final List<Integer> articleStory = new ArrayList<>();
  private long lastSweep = Long.MIN_VALUE;
  // keepStories(): expired stories keep their centroids and index entries, for undated articles placed at the end.
  private boolean keepStories;
  // Set by the first undated article (they all come after the dated ones): placement by content alone from then on.
  private boolean undated;
  private long firstTime;
  private long lastTime = Long.MIN_VALUE;
  // An article was added to this engine (a restored one may hold stories before its first).
  private boolean started;

  private final double sigmaSeconds;
  private final double mergeSigmaSeconds;
  private final double storylineSigmaSeconds;
  private final long activeSeconds;
  private final long orphanSeconds;
  private final long maxSpanSeconds;
  private final long followUpSeconds;
  private final long storylineSeconds;
  private final long breakingSeconds;
  private final double burstHalfLifeSeconds;
  private final double popularitySeconds;

  /** An engine with the IDF table shipped with Naba as background ({@link IdfPrior#bundled()}). */
  public StoryEngine(StorySettings settings) {
    this(settings, IdfPrior.bundled());
  }

  public StoryEngine(StorySettings settings, IdfPrior prior) {
    termIds.defaultReturnValue(-1);
    this.settings = Objects.requireNonNull(settings, "settings");
    this.basePrior = Objects.requireNonNull(prior, "prior");
    this.prior = prior;
    this.analyser = new ArticleAnalyser(settings);
    this.sigmaSeconds = settings.timeSigma().toSeconds();
    this.mergeSigmaSeconds = settings.mergeSigma().toSeconds();
    this.storylineSigmaSeconds = settings.storylineSigma().toSeconds();
    this.activeSeconds = settings.activeWindow().toSeconds();
    this.orphanSeconds = settings.orphanDelay().toSeconds();
    this.maxSpanSeconds = settings.maxSpan().toSeconds();
    this.followUpSeconds = settings.followUpSpan().toSeconds();
    this.storylineSeconds = settings.storylineWindow().toSeconds();
    this.breakingSeconds = settings.breakingWindow().toSeconds();
    this.burstHalfLifeSeconds = settings.burstHalfLife().toSeconds();
    this.popularitySeconds = settings.popularityHalfLife().toSeconds();
  }

  /**
   * Keeps every story of two or more articles placeable to the end of the stream: past the storyline window it still
   * drops its member links, but keeps its centroids, and its index entries move to an archive that only undated
   * articles ({@link #addUndated}) search, so that such an article can join it whenever it was reported. Call before
   * the first article when undated ones will follow; it costs memory in proportion to the stream, not the window
   * (three centroids of at most twice {@code centroidTerms} terms a kept story), and changes no dated article's
   * placement or lookup cost.
   */
  public void keepStories() {
    if (started) throw new IllegalStateException("keepStories() must come before the first article");
    keepStories = true;
  }

  /**
   * Counts the stream's first articles into the background IDF table before any is placed (they are then placed as
   * usual): a term common in the stream is known as common from its first article, where the bundled table, counted
   * on other news, holds a local vocabulary as rare. Each article counts its distinct title and lead terms once, as
   * the table itself was counted. Call once, before the first article, with the articles in the order they will come.
   */
  public void warmUp(List<AnalysedArticle> first) {
    if (started || documents > 0) throw new IllegalStateException("warmUp() must come before the first article");
    if (warmDocuments > 0) throw new IllegalStateException("warmUp() was called already");
    if (first.isEmpty()) return;
    Map<String, Integer> counts = new HashMap<>();
    for (AnalysedArticle a : first) {
      Set<String> terms = new HashSet<>(a.titleTerms());
      terms.addAll(a.bodyTerms());
      for (String t : terms) counts.merge(t, 1, Integer::sum);
    }
    prior = basePrior.plus(counts, first.size());
    warmDocuments = first.size();
  }

  /**
   * Adds an article with no publication date, after every dated one (undated articles come last, in a stable order):
   * it joins the story it resembles most among all the stream's stories, by content alone (no time decay, no active
   * window, no popularity prior), at the usual thresholds, or opens a story of its own. Such an article changes no
   * breaking state and triggers no merge. With {@link #keepStories()} every story of the stream is a candidate;
   * without it, those still within the storyline window of the stream's latest time.
   */
  public String addUndated(AnalysedArticle a) {
    undated = true;
    return addArticle(a);
  }

  /** Analyses and adds one undated article ({@link #addUndated(AnalysedArticle)}); its time is the stream's latest. */
  public String addUndated(StoryInput in) {
    return addUndated(analyser.analyse(in));
  }

  /** Analyses and adds one article; returns the id of the story it joined or opened now. */
  public String add(StoryInput in) {
    return add(analyser.analyse(in));
  }

  /**
   * Adds an article analysed by an {@link ArticleAnalyser} built with the same settings (lets a pipeline analyse on
   * several threads). Articles must come in publication order; an article earlier than the previous one is treated
   * as published at the previous one's time.
   */
  public String add(AnalysedArticle a) {
    if (undated) throw new IllegalStateException("dated article " + a.id() + " added after an undated one");
    return addArticle(a);
  }

  private String addArticle(AnalysedArticle a) {
    started = true;
    if (articleIndex.containsKey(a.id())) {
      throw new IllegalArgumentException("article added twice: " + a.id());
    }
    long now = Math.max(a.published().getEpochSecond(), lastTime == Long.MIN_VALUE ? Long.MIN_VALUE : lastTime);
    // Every article up to the previous time is in: stories that surged then can be weighed against all of them.
    if (now > lastTime) settleBreaking();
    lastTime = now;
    if (lastSweep == Long.MIN_VALUE) {
      lastSweep = now;
      firstTime = now;
    }
    if (now - lastSweep >= SWEEP_EVERY_SECONDS) {
      sweep(now);
      lastSweep = now;
    }
    adoptOrphans(now - orphanSeconds);
    // A headline without a body is placed like any other article, but it carries too little to reshape anything:
    // it counts in no document frequency, changes no story's vocabulary, and a story it opens takes no one else.
    boolean passive = a.headlineOnly();
    Vectors v = vectorise(a, !passive);
    scatter(v, a.titleTerms(), a.bodyTerms());
    try {
      return place(a, v, now, passive);
    } finally {
      clearDense(v);
    }
  }

  /** Scatters an article's vectors into the dense arrays every score of it reads. */
  private void scatter(Vectors v, List<String> titleTerms, List<String> bodyTerms) {
    v.body.scatter(denseBody);
    v.title.scatter(denseTitle);
    v.entities.scatter(denseEntities);
    markBare(titleTerms);
    markBare(bodyTerms);
  }

  private void clearDense(Vectors v) {
    v.body.clear(denseBody);
    v.title.clear(denseTitle);
    v.entities.clear(denseEntities);
    for (int i = 0; i < bareCount; i++) denseBare[bareIds[i]] = false;
    bareCount = 0;
  }

  /** One-letter proclitics the light stemmer leaves on: bi- (in, by), li- (for), ka- (like), fa- (and so). */
  private static final String PROCLITICS = "\u0628\u0644\u0643\u0641";

  /**
   * Marks in {@code denseBare} the known terms that {@code terms} hold behind a one-letter proclitic: the light
   * stemmer strips "al-", "wa-" and "bil-" but not a bare "bi-" or "li-", so "بعسير" (in Asir) and "لقوات" (for the
   * forces) are terms of their own, and a reaction that names the place and the target only in those forms would not
   * hold the event's signature. Only a term of at least four letters is split, and only into a term already seen.
   */
  private void markBare(List<String> terms) {
    for (String t : terms) {
      if (t.length() < 4 || PROCLITICS.indexOf(t.charAt(0)) < 0) continue;
      int id = termIds.get(Hash64.of(t, 1, t.length()));
      if (id < 0 || denseBare[id]) continue;
      denseBare[id] = true;
      if (bareCount == bareIds.length) bareIds = Arrays.copyOf(bareIds, bareCount * 2);
      bareIds[bareCount++] = id;
    }
  }

  private String place(AnalysedArticle a, Vectors v, long now, boolean passive) {
    Integer original = a.duplicateOf().map(articleIndex::get).orElse(null);
    List<Story> candidates = candidates(v.query, now);
    Choice choice = original != null ? null : choose(candidates, v, now, !undated, a.places(), null);
    Story target = original != null ? find(stories.get(articleStory.get(original))) : home(choice);
    List<Story> runnersUp = choice == null ? List.of() : choice.probes();

    boolean opened = target == null;
    if (passive && !opened) {
      remember(a.id(), target);
      return find(target).id;
    }
    if (opened) {
      target = new Story(stories.size(), "story-" + a.id(), settings.centroidTerms(), settings.memberLinks());
      stories.add(target);
      live.add(target);
      Story continued = choice == null ? null : choice.continued();
      target.storylineParent = continued != null ? continued : storylineLink(candidates, v, now);
      if (!passive && original == null && orphanSeconds > 0 && !undated) {
        orphans.addLast(new Orphan(target, v, now, a.titleTerms(), a.bodyTerms(), a.places()));
      }
    }
    target.add(v, now, a.outlet());
    if (original != null) target.copies++;
    for (String p : a.places()) target.places.merge(p, 1, Integer::sum);
    if (!opened && target.storylineParent == null && Integer.bitCount(target.size) == 1) {
      // A story's first article may not show which storyline it continues; its centroid at 2, 4, 8… articles does.
      target.storylineParent = storylineLink(target, candidates(target.body.topTerms(settings.queryTerms()), now));
    }
    if (!undated) detectBreaking(target, now, a.outlet());
    if (!passive) index(target, v.query);
    remember(a.id(), target);

    // Corrections: a story this article also resembles may have converged with the one it joined.
    for (Story other : passive || undated ? List.<Story>of() : runnersUp) {
      if (find(other) != find(target)) maybeMerge(target, other);
    }
    return find(target).id;
  }

  /**
   * Where an article goes among {@code candidates}: the home it joins (null: it opens a story), the stories it also
   * resembles (merge probes), and the closed story it would have joined (its new story's storyline parent). The
   * article's vectors are scattered in the dense arrays. Time gaps are measured from {@code time}; {@code prior}: the
   * popularity prior counts (at {@code time}, the stream's latest); {@code exclude} (may be null) is never chosen.
   */
  private Choice choose(List<Story> candidates, Vectors v, long time, boolean prior, List<String> places,
      Story exclude) {
    Story continued = null;
    double continuedScore = 0;
    // Centroid similarity for every active candidate; member (single-link) similarity for the best few.
    List<Story> active = new ArrayList<>();
    List<double[]> scores = new ArrayList<>();
    for (Story s : candidates) {
      if (find(s) == exclude || (!undated && time - s.lastTime > activeSeconds)) continue;
      double score = similarity(s, v) * recency(time - s.referenceTime(sigmaSeconds));
      if (!undated && closed(s, time)) {
        // A story is one event and its follow-ups over about a week: past its span it takes nothing more, and
        // what still follows opens a new story of its storyline (the story that drifted is split in time). What
        // would have joined it continues it: the new story's storyline parent.
        double would = Math.max(score / settings.joinThreshold(),
            memberSimilarity(s, v, time) / settings.memberThreshold());
        if (would >= 1 && (continued == null || would > continuedScore)) {
          continued = s;
          continuedScore = would;
        }
        continue;
      }
      active.add(s);
      scores.add(new double[] {score, active.size() - 1});
    }
    scores.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
    Story target = null;
    double best = 0;
    double runnerUp = 0;
    List<Story> probes = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      Story s = active.get((int) scores.get(i)[1]);
      double score = scores.get(i)[0] / settings.joinThreshold();
      if (i < settings.memberCandidates()) {
        score = Math.max(score, memberSimilarity(s, v, time) / settings.memberThreshold());
        if (settings.signatureThreshold() <= 1) {
          // Decayed from the story's latest article, not its mean time: the question is whether the article names
          // an event that is still being reported, and a week-long story's mean lags days behind its news.
          double covered = s.body.coverageDense(denseBody, denseBare, settings.signatureTerms())
              * recency(time - s.lastTime);
          score = Math.max(score, covered / settings.signatureThreshold());
        }
      }
      // Popularity prior: a story that is drawing many articles right now is the likelier home of an ambiguous
      // one (the recency-weighted Chinese-restaurant prior of Ahmed et al. 2011, "Unified analysis of streaming
      // news"), so reactions keep joining a big event instead of opening threads of their own.
      if (prior && settings.popularityBoost() > 0) {
        score += settings.popularityBoost() * popularity(s, time) / settings.joinThreshold();
      }
      if (score * settings.joinThreshold() >= settings.mergeProbe() && probes.size() < MERGE_CHECKS) {
        probes.add(s);
      }
      // Same kind of event, another place (a suicide bombing in Afghanistan is not the one in Turkey).
      if (placeMismatch(s, places)) score *= settings.placePenalty();
      if (score > best || (score == best && target != null && s.index < target.index)) {
        runnerUp = Math.max(runnerUp, best);
        best = score;
        target = s;
      } else {
        runnerUp = Math.max(runnerUp, score);
      }
    }
    return new Choice(target, best, runnerUp, probes, continued);
  }

  /**
   * The outcome of {@link #choose}: the best active candidate and its score, the runner-up's score (both in units of
   * the threshold each rule has), the stories to check for a merge, and the closed story the article continues.
   */
  private record Choice(Story best, double score, double runnerUp, List<Story> probes, Story continued) {}

  /** A story opened by one article, with what placing that article again takes. */
  private record Orphan(Story story, Vectors v, long time, List<String> titleTerms, List<String> bodyTerms,
      List<String> places) {}

  /**
   * Places again every article that opened a story at or before {@code upTo} and is still alone in it: the stories
   * have grown since it came, and one of them may now be its clear home (a condolence or an op-ed that names the event
   * in words its first reports did not use). It joins the best story, scored at its own time without the
   * popularity prior, when that is the clear winner from {@link StorySettings#orphanShare()} of the threshold: the
   * two stories merge, and the older id survives.
   */
  private void adoptOrphans(long upTo) {
    while (!orphans.isEmpty() && orphans.peekFirst().time() <= upTo) {
      Orphan o = orphans.removeFirst();
      Story alone = o.story();
      if (alone.mergedInto != null || alone.expired || alone.size - alone.copies != 1) continue;
      Vectors v = o.v();
      scatter(v, o.titleTerms(), o.bodyTerms());
      try {
        Choice c = choose(candidates(v.query, o.time()), v, o.time(), false, o.places(), alone);
        if (clearWinner(c, settings.orphanShare())) merge(c.best(), alone);
      } finally {
        clearDense(v);
      }
    }
  }

  private void remember(String articleId, Story story) {
    articleIndex.put(articleId, articleIds.size());
    articleIds.add(articleId);
    articleStory.add(story.index);
  }

  /**
   * The story an article joins: its best candidate at or above the threshold, or under it when that candidate is the
   * clear winner. Null: the article opens a story.
   */
  private Story home(Choice c) {
    return c.score() >= 1 || clearWinner(c, settings.clearWinnerShare()) ? c.best() : null;
  }

  /**
   * Whether the best candidate wins clearly from {@code share} of the threshold: the story already holds a few
   * articles, and no other story comes near. Close to the threshold the choice is between a follow-up worded
   * differently and a new event; a new event of the same kind usually has a sibling story scoring about as well, while
   * a follow-up has one clear home (the nearest-neighbour ratio test).
   */
  private boolean clearWinner(Choice c, double share) {
    return c.best() != null
        && c.score() >= share
        && c.score() >= settings.clearWinnerMargin() * c.runnerUp()
        && c.best().size >= settings.clearWinnerArticles();
  }

  /**
   * Whether a story takes no more articles: past its span from its first article, or past the follow-up span from
   * its peak. A run-up of anticipation (a summit announced a week ahead) does not use up the event's week of
   * follow-ups.
   */
  private boolean closed(Story s, long now) {
    return now - s.firstTime > maxSpanSeconds || now - s.peakTime > followUpSeconds;
  }

  /**
   * Whether the article names places and the story has places of its own (one named by at least {@link
   * StorySettings#placeShare()} of its articles) but none of the article's.
   */
  private boolean placeMismatch(Story s, List<String> places) {
    if (places.isEmpty() || s.size < 3 || s.places.isEmpty()) return false;
    for (String p : places) if (s.places.containsKey(p)) return false;
    int max = 0;
    for (int c : s.places.values()) max = Math.max(max, c);
    return max >= settings.placeShare() * s.size;
  }

  /** Article id → final story id (after merges), for every added article, in the order added. */
  public Map<String, String> assignments() {
    adoptOrphans(Long.MAX_VALUE); // as if the stream ended here
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < articleIds.size(); i++) {
      out.put(articleIds.get(i), find(stories.get(articleStory.get(i))).id);
    }
    return Collections.unmodifiableMap(out);
  }

  /** The final story of an added article (after merges), as {@link #assignments()} gives it; empty for another id. */
  public Optional<String> storyOf(String articleId) {
    adoptOrphans(Long.MAX_VALUE); // as if the stream ended here
    Integer i = articleIndex.get(articleId);
    return i == null ? Optional.empty() : Optional.of(find(stories.get(articleStory.get(i))).id);
  }

  /** Final story id → storyline id (the id of the storyline's oldest story), for every final story. */
  public Map<String, String> storylines() {
    adoptOrphans(Long.MAX_VALUE); // as if the stream ended here
    Map<String, String> out = new TreeMap<>();
    for (Story s : stories) {
      if (s.mergedInto != null) continue;
      out.put(s.id, storylineRoot(s).id);
    }
    return Collections.unmodifiableMap(out);
  }

  /** Merged-away story id → surviving final story id. */
  public Map<String, String> mergedInto() {
    adoptOrphans(Long.MAX_VALUE); // as if the stream ended here
    Map<String, String> out = new TreeMap<>();
    for (Story s : stories) {
      if (s.mergedInto != null) out.put(s.id, find(s).id);
    }
    return Collections.unmodifiableMap(out);
  }

  /** Final story id → time it was first detected as breaking. */
  public Map<String, Instant> breaking() {
    adoptOrphans(Long.MAX_VALUE); // as if the stream ended here
    settleBreaking();
    Map<String, Instant> out = new TreeMap<>();
    for (Story s : stories) {
      if (s.breakingAt == Long.MIN_VALUE) continue;
      String id = find(s).id;
      Instant t = Instant.ofEpochSecond(s.breakingAt);
      out.merge(id, t, (x, y) -> x.isBefore(y) ? x : y);
    }
    return Collections.unmodifiableMap(out);
  }

  /** Number of stories ever opened (merged ones included). */
  public int storiesOpened() {
    return stories.size();
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** The three unit vectors of an article and the term ids used to query the index. */
  private record Vectors(SparseVector body, SparseVector title, SparseVector entities, int[] query) {}

  /** The article's vectors; {@code count}: the article counts in the document frequencies (and is counted first). */
  private Vectors vectorise(AnalysedArticle a, boolean count) {
    // Term ids sorted, so equal ids are runs: counting needs no hash map and the order is deterministic.
    int[] titleIds = new int[a.titleTerms().size()];
    long[] titleKeys = a.titleKeys();
    for (int i = 0; i < titleIds.length; i++) titleIds[i] = termId(titleKeys[i], a.titleTerms(), i);
    int repeat = settings.titleRepeat();
    int[] bodyIds = new int[a.bodyTerms().size() + titleIds.length * repeat];
    int b = 0;
    long[] bodyKeys = a.bodyKeys();
    for (int i = 0; i < bodyKeys.length; i++) bodyIds[b++] = termId(bodyKeys[i], a.bodyTerms(), i);
    for (int r = 0; r < repeat; r++) {
      for (int id : titleIds) bodyIds[b++] = id;
    }
    Arrays.sort(titleIds);
    Arrays.sort(bodyIds);

    long now = lastTime;
    if (count) {
      documents++;
      recentDocs = recentDocsStamp == Long.MIN_VALUE ? 1 : recentDocs * burstDecay(now - recentDocsStamp) + 1;
      recentDocsStamp = now;
    }
    // Document frequency counts each distinct term of title ∪ lead once.
    int ti = 0;
    int bi = 0;
    while (count && (ti < titleIds.length || bi < bodyIds.length)) {
      int next;
      if (bi >= bodyIds.length || (ti < titleIds.length && titleIds[ti] < bodyIds[bi])) {
        next = titleIds[ti];
      } else {
        next = bodyIds[bi];
      }
      seen(next, now);
      while (ti < titleIds.length && titleIds[ti] == next) ti++;
      while (bi < bodyIds.length && bodyIds[bi] == next) bi++;
    }

    int[] ids = new int[bodyIds.length];
    float[] w = new float[bodyIds.length];
    int[] entIds = new int[bodyIds.length];
    float[] entW = new float[bodyIds.length];
    int k = 0;
    int e = 0;
    // Until the stream has shown enough documents every term counts as rare: no evidence yet that it is common.
    double rareDf = EntityTerms.rareDf(settings.rareTermMaxDf(), documents);
    for (int i = 0; i < bodyIds.length; ) {
      int id = bodyIds[i];
      int j = i;
      while (j < bodyIds.length && bodyIds[j] == id) j++;
      float weight = (float) ((1 + Math.log(j - i)) * idf(id));
      ids[k] = id;
      w[k++] = weight;
      if (entityLike[id] || df[id] <= rareDf) {
        entIds[e] = id;
        entW[e++] = weight;
      }
      i = j;
    }
    int[] tIds = new int[titleIds.length];
    float[] tW = new float[titleIds.length];
    int m = 0;
    for (int i = 0; i < titleIds.length; ) {
      int id = titleIds[i];
      int j = i;
      while (j < titleIds.length && titleIds[j] == id) j++;
      tIds[m] = id;
      tW[m++] = (float) ((1 + Math.log(j - i)) * idf(id));
      i = j;
    }
    k = keepHeaviest(ids, w, k, settings.articleTerms());
    e = keepHeaviest(entIds, entW, e, settings.articleTerms());
    SparseVector body = SparseVector.normalised(ids, w, k);
    SparseVector title = SparseVector.normalised(tIds, tW, m);
    SparseVector entities = SparseVector.normalised(entIds, entW, e);
    return new Vectors(body, title, entities, topIds(body, settings.queryTerms()));
  }

  /**
   * Keeps the {@code n} heaviest of the first {@code size} entries (ties: lower id) in place; returns the new size.
   * A long article's tail terms add cost to every comparison and little evidence.
   */
  private static int keepHeaviest(int[] ids, float[] w, int size, int n) {
    if (size <= n) return size;
    int[] pos = SparseVector.heaviest(ids, w, size, n);
    Arrays.sort(pos); // keep id order
    for (int i = 0; i < n; i++) {
      ids[i] = ids[pos[i]];
      w[i] = w[pos[i]];
    }
    return n;
  }


  private void seen(int id, long now) {
    df[id]++;
    recentDf[id] = (df[id] == 1 ? 0 : recentDf[id] * burstDecay(now - recentStamp[id])) + 1;
    recentStamp[id] = now;
  }

  private double burstDecay(long gapSeconds) {
    return Math.exp(-gapSeconds * LN2 / burstHalfLifeSeconds);
  }

  /**
   * IDF (learned online) times a burst factor: 1 + burstBoost · ln(recent rate / long-run rate), at least 1. Terms
   * that surge in the last hours name the event of the moment (Kleinberg 2002; Fung et al. 2005, "Parameter free
   * bursty events detection"): a place name in every report of an attack weighs more than the war vocabulary the
   * attack shares with last week's events.
   */
  private double idf(int id) {
    double idf = prior.idf(priorDf[id], df[id], documents);
    // A term no counted document holds (only headline-only articles, which count in no frequency, have used it) has
    // no rate to burst: its rates would be 0 / 0, and a NaN weight leaves the article's vectors unnormalised.
    if (settings.burstBoost() == 0 || df[id] == 0) return idf;
    double recentRate = recentDf[id] / recentDocs;
    double longRate = (double) df[id] / documents;
    double ratio = recentRate / longRate;
    return ratio <= 1 ? idf : idf * (1 + settings.burstBoost() * Math.log(Math.min(ratio, MAX_BURST)));
  }

  /** The id of term {@code i} of {@code terms}, whose key is {@code key}; a term seen first gets the next id. */
  private int termId(long key, List<String> terms, int i) {
    int id = termIds.get(key);
    if (id >= 0) return id;
    String term = terms.get(i);
    int next = termIds.size();
    termIds.put(key, next);
    if (next >= df.length) {
      df = Arrays.copyOf(df, df.length * 2);
      priorDf = Arrays.copyOf(priorDf, priorDf.length * 2);
      entityLike = Arrays.copyOf(entityLike, entityLike.length * 2);
      recentDf = Arrays.copyOf(recentDf, recentDf.length * 2);
      denseBody = Arrays.copyOf(denseBody, denseBody.length * 2);
      denseTitle = Arrays.copyOf(denseTitle, denseTitle.length * 2);
      denseEntities = Arrays.copyOf(denseEntities, denseEntities.length * 2);
      recentStamp = Arrays.copyOf(recentStamp, recentStamp.length * 2);
      denseBare = Arrays.copyOf(denseBare, denseBare.length * 2);
    }
    entityLike[next] = EntityTerms.isEntityLike(term);
    priorDf[next] = prior.df(term);
    postings.add(null);
    archive.add(null);
    return next;
  }

  private static int[] topIds(SparseVector v, int n) {
    int[] pos = SparseVector.heaviest(v.ids, v.weights, v.size, n);
    int[] out = new int[pos.length];
    for (int i = 0; i < pos.length; i++) out[i] = v.ids[pos[i]];
    return out;
  }


  /**
   * Stories sharing query terms with the article, most shared terms first (ties: older story), at most {@link
   * StorySettings#maxCandidates()}. Includes stories past the active window (still useful for storyline links).
   */
  private List<Story> candidates(int[] query, long now) {
    if (storyHits.length < stories.size()) storyHits = Arrays.copyOf(storyHits, stories.size() * 2);
    int[] touched = touchedScratch;
    int touchedCount = 0;
    // The live postings of each query term; for an undated article, then the archive's too (keepStories()).
    for (int q = 0; q < query.length * (undated ? 2 : 1); q++) {
      int term = query[q % query.length];
      int[] list = q < query.length ? postings.get(term) : archive.get(term);
      if (list == null) continue;
      for (int i = 1; i <= list[0]; i++) {
        Story s = find(stories.get(list[i]));
        if (s.expired && !undated) continue;
        if (storyHits[s.index]++ == 0) {
          if (touchedCount == touched.length) touched = touchedScratch = Arrays.copyOf(touched, touchedCount * 2);
          touched[touchedCount++] = s.index;
        }
      }
    }
    // One shared word ("ISIS", "Yemen") is a topic, not an event: demand several of the article's top terms.
    // Until IDF has seen enough documents an article's top terms are arbitrary, so one shared term must do.
    int minShared = documents < IDF_WARMUP_DOCUMENTS ? 1 : settings.minSharedTerms();
    long[] ranked = new long[touchedCount];
    int n = 0;
    for (int i = 0; i < touchedCount; i++) {
      int index = touched[i];
      int count = storyHits[index];
      storyHits[index] = 0;
      // Most shared terms first, ties to the older story: packed so one primitive sort decides.
      if (count >= minShared) ranked[n++] = ((long) (Integer.MAX_VALUE - count) << 32) | index;
    }
    Arrays.sort(ranked, 0, n);
    int m = Math.min(n, settings.maxCandidates());
    int[] chosen = new int[m];
    for (int i = 0; i < m; i++) chosen[i] = (int) ranked[i];
    // Score in story order, so that equal scores resolve to the older story.
    Arrays.sort(chosen);
    List<Story> out = new ArrayList<>(m);
    for (int index : chosen) out.add(stories.get(index));
    return out;
  }


  private void index(Story s, int[] terms) {
    for (int term : terms) {
      int[] list = postings.get(term);
      if (list == null) {
        list = new int[4];
        postings.set(term, list);
      }
      int len = list[0];
      if (len > 0 && list[len] == s.index) continue;
      boolean present = false;
      for (int i = Math.max(1, len - 3); i <= len; i++) {
        if (list[i] == s.index) present = true;
      }
      if (present) continue;
      if (len + 1 >= list.length) {
        list = Arrays.copyOf(list, list.length * 2);
        postings.set(term, list);
      }
      list[len + 1] = s.index;
      list[0] = len + 1;
    }
  }

  /** Similarity of a story to the current article (whose vectors are scattered in the dense arrays). */
  private double similarity(Story s, Vectors v) {
    return settings.bodyWeight() * s.body.cosineDense(denseBody)
        + settings.titleWeight() * s.title.cosineDense(denseTitle)
        + settings.entityWeight() * s.entities.cosineDense(denseEntities);
  }

  private double similarity(Story a, Story b) {
    return settings.bodyWeight() * a.body.cosine(b.body)
        + settings.titleWeight() * a.title.cosine(b.title)
        + settings.entityWeight() * a.entities.cosine(b.entities);
  }

  /**
   * ln(1 + 100 × the story's share of the stream's recent articles), both rates decayed with the popularity
   * half-life. A share, not a count: in a crawl backlog every story is "recent", and only a story that dominates the
   * news of the moment earns the prior.
   */
  private double popularity(Story s, long now) {
    // A share of a stream that has run for less than a half-life is a share of a crawl backlog, not of the news of
    // the moment: the prior grows in with the stream's span.
    double span = Math.min(1, (now - firstTime) / popularitySeconds);
    if (span <= 0) return 0;
    double streamRate = recentDocs * Math.exp(-(now - recentDocsStamp) * LN2 / burstHalfLifeSeconds);
    if (streamRate <= 0) return 0;
    return span * Math.log1p(100 * s.recentRate(now, popularitySeconds) / streamRate);
  }

  /** Best similarity of the article to one of the story's latest members (single link), time-decayed. */
  private double memberSimilarity(Story s, Vectors v, long now) {
    double best = 0;
    for (int i = 0; i < s.memberCount; i++) {
      Vectors m = s.members[i];
      double sim = settings.bodyWeight() * m.body.dotDense(denseBody)
          + settings.titleWeight() * m.title.dotDense(denseTitle)
          + settings.entityWeight() * m.entities.dotDense(denseEntities);
      best = Math.max(best, sim * recency(now - s.memberTimes[i]));
    }
    return best;
  }

  /** The time decay of an article's score against a story, {@code gapSeconds} apart; none for an undated article. */
  private double recency(double gapSeconds) {
    return undated ? 1 : decay(gapSeconds, sigmaSeconds);
  }

  private static double decay(double gapSeconds, double sigmaSeconds) {
    double z = gapSeconds / sigmaSeconds;
    return Math.exp(-0.5 * z * z);
  }

  /**
   * The best older story for a new story's storyline, from its first article: the weighted similarity with the
   * storyline decay, above the storyline threshold, and the same floors as a re-link (shared narrative words and
   * names), which keep one shared topic word from tying unrelated stories into a blob.
   */
  private Story storylineLink(List<Story> candidates, Vectors v, long now) {
    Story best = null;
    double bestScore = settings.storylineThreshold();
    for (Story s : candidates) {
      if (!relinkable(s.body.cosineDense(denseBody), s.entities.cosineDense(denseEntities), now - s.lastTime)) {
        continue;
      }
      double score = similarity(s, v) * decay(now - s.meanTime(), storylineSigmaSeconds);
      if (score >= bestScore && (best == null || score > bestScore)) {
        best = s;
        bestScore = score;
      }
    }
    return best;
  }

  private static final double RELINK_MIN_BODY = 0.2;
  /** Body cosine at which a story begun within {@link #RELINK_CLOSE_SECONDS} of another needs no shared names. */
  private static final double RELINK_CLOSE_BODY = 0.4;
  private static final long RELINK_CLOSE_SECONDS = 48 * 3600;
  private static final double RELINK_MIN_ENTITIES = 0.15;

  /**
   * The floors of a storyline link: shared narrative words (body cosine) and shared names (entity cosine), which keep
   * one shared topic word from tying unrelated stories into a blob. A story begun within two days of the other's
   * latest article and worded much like it needs no shared names, which its entity-like terms (numbers, rare words)
   * may not show: on ANT the American withdrawal from the Iran deal (205 articles) now continues the storyline of
   * "the deal was built on lies" (30 April), and Gaza's "flag Friday" that of the Land Day protests (four stories
   * changed storyline).
   * Measured with {@code StoryTuning} (storylines: member recall, related recall, purity): ANT through {@code naba
   * run} 0.826 / 0.375 / 0.822 → 0.830 / 0.384 / 0.817, raw 0.794 / 0.356 / 0.804 → 0.836 / 0.387 / 0.800,
   * SaudiNewsNet unchanged; body 0.35 or 0.5, two days or one or four, within 0.005 of it.
   */
  static boolean relinkable(double body, double entities, long gapSeconds) {
    if (body < RELINK_MIN_BODY) return false;
    return entities >= RELINK_MIN_ENTITIES
        || (body >= RELINK_CLOSE_BODY && Math.abs(gapSeconds) <= RELINK_CLOSE_SECONDS);
  }

  /** The best older story for {@code s}'s storyline, by centroid similarity with the storyline decay. */
  private Story storylineLink(Story s, List<Story> candidates) {
    Story best = null;
    double bestScore = settings.storylineThreshold();
    for (Story c : candidates) {
      c = find(c);
      if (c == s || c.index > s.index || storylineRoot(c) == s) continue;
      // Centroid to centroid, a shared title word or two scores high: a storyline needs shared narrative words and
      // shared names (measured: without these floors SaudiNewsNet storylines grew into topic blobs of 90 stories).
      if (!relinkable(s.body.cosine(c.body), s.entities.cosine(c.entities), s.firstTime - c.lastTime)) continue;
      double score = similarity(s, c) * decay(s.meanTime() - c.meanTime(), storylineSigmaSeconds);
      if (score >= bestScore && (best == null || score > bestScore)) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private void maybeMerge(Story a, Story b) {
    a = find(a);
    b = find(b);
    if (a == b || b.expired) return;
    double timeFactor = decay(a.meanTime() - b.meanTime(), mergeSigmaSeconds);
    double score = similarity(a, b) * timeFactor;
    // A thread of reactions (one statement reported by several outlets) talks mostly about itself, so its centroid
    // is far from the event's; but it uses the event's core words. Simultaneous stories where the smaller one covers
    // most of the larger one's core vocabulary are one event.
    Story big = a.size >= b.size ? a : b;
    Story small = big == a ? b : a;
    double coverage = big.body.coverageBy(small.body, CORE_TERMS) * timeFactor;
    if (score < settings.mergeThreshold() && coverage < settings.mergeCoverage()) return;
    Story survivor = merge(a, b);
    index(survivor, survivor.body.topTerms(settings.queryTerms()));
  }

  /** Merges two stories and returns the survivor: the older, with the storyline either had. */
  private Story merge(Story a, Story b) {
    Story survivor = a.index < b.index ? a : b;
    Story gone = survivor == a ? b : a;
    survivor.absorb(gone);
    gone.mergedInto = survivor;
    if (gone.storylineParent != null && survivor.storylineParent == null && storylineRoot(gone) != survivor) {
      survivor.storylineParent = gone.storylineParent;
    }
    live.remove(gone);
    return survivor;
  }

  /**
   * Marks a story breaking the first time its last {@link StorySettings#breakingWindow()} holds enough articles from
   * enough outlets, and enough of the stream's articles of that window: a surge that several newsrooms pick up at
   * once, not one outlet's series, nor a crawl batch in which every story arrives at once.
   */
  private void detectBreaking(Story s, long now, String outlet) {
    streamArrivals.addLast(now);
    while (now - streamArrivals.peekFirst() > breakingSeconds) streamArrivals.removeFirst();
    ArrayDeque<Arrival> recent = s.recent;
    recent.addLast(new Arrival(now, outlet));
    while (!recent.isEmpty() && now - recent.peekFirst().time() > breakingSeconds) recent.removeFirst();
    if (s.breakingAt != Long.MIN_VALUE || s.surgedAt != Long.MIN_VALUE) return;
    if (recent.size() < settings.breakingMinArticles()) return;
    Set<String> outlets = new HashSet<>();
    for (Arrival r : recent) outlets.add(r.outlet());
    if (outlets.size() < settings.breakingMinOutlets()) return;
    // Its share of the stream is known once every article of this time is in (a crawl batch shares one time).
    s.surgedAt = now;
    surged.add(s);
  }

  /**
   * Stories that surged at the latest time become breaking if their articles in the window ending then are
   * {@link StorySettings#breakingMinShare()} of all the stream's articles there; the others may surge again later.
   */
  private void settleBreaking() {
    for (Story s : surged) {
      Story story = find(s);
      if (story.breakingAt == Long.MIN_VALUE
          && story.recent.size() >= settings.breakingMinShare() * streamArrivals.size()) {
        story.breakingAt = s.surgedAt;
      }
      s.surgedAt = Long.MIN_VALUE;
    }
    surged.clear();
  }

  /** One article's arrival in a story, for breaking detection. */
  private record Arrival(long time, String outlet) {}

  /**
   * Forgets stories past the storyline window and compacts the posting lists. With {@link #keepStories()}, a story of
   * two or more articles keeps its centroids, and its index entries move to the archive that only undated articles
   * search.
   */
  private void sweep(long now) {
    List<Story> keep = new ArrayList<>(live.size());
    for (Story s : live) {
      if (s.mergedInto != null) continue;
      if (now - s.lastTime > storylineSeconds) {
        // A lone article's story is not kept: undated articles join stories, and most stories are lone articles.
        s.expire(keepStories && s.size - s.copies >= 2);
      } else {
        keep.add(s);
      }
    }
    live.clear();
    live.addAll(keep);
    for (int t = 0; t < postings.size(); t++) {
      int[] list = postings.get(t);
      if (list == null) continue;
      int n = 0;
      for (int i = 1; i <= list[0]; i++) {
        Story s = stories.get(list[i]);
        if (s.mergedInto == null && !s.expired) {
          list[++n] = list[i];
        } else if (s.mergedInto == null && s.kept) {
          archive.set(t, append(archive.get(t), list[i]));
        }
      }
      if (n == 0) {
        postings.set(t, null);
      } else {
        list[0] = n;
      }
    }
  }

  /** {@code list} (first element = length, may be null) with {@code story} appended. */
  private static int[] append(int[] list, int story) {
    if (list == null) list = new int[4];
    int len = list[0];
    if (len + 1 >= list.length) list = Arrays.copyOf(list, list.length * 2);
    list[len + 1] = story;
    list[0] = len + 1;
    return list;
  }

  /** The story {@code s} was merged into, finally; the path is compressed (every index lookup goes through here). */
  private static Story find(Story s) {
    Story root = s;
    while (root.mergedInto != null) root = root.mergedInto;
    while (s != root) {
      Story next = s.mergedInto;
      s.mergedInto = root;
      s = next;
    }
    return root;
  }

  private static Story storylineRoot(Story s) {
    Story cur = find(s);
    Set<Story> seen = new HashSet<>();
    while (cur.storylineParent != null && seen.add(cur)) {
      Story next = find(cur.storylineParent);
      if (next == cur) break;
      cur = next;
    }
    return cur;
  }

  // ---- state that survives a restart (naba run --resume) ---------------------------------------------------------

  /**
   * Version of the format {@link #saveState} writes; {@link #restoreState} refuses any other. 2: vector and centroid
   * ids as gaps in varints; 3: the warm-up's document count.
   */
  public static final int STATE_FORMAT = 3;

  private static final int STATE_MAGIC = 0x4E425345; // "NBSE"
  private static final int STATE_END = 0x454E4421; // "END!"
  private static final int MAX_STATE_STRING_BYTES = 1 << 20;

  /**
   * The articles of the stories that may still take an article (not closed at the stream's latest time), in the order
   * added: a later run resumed from a saved state places its articles among those stories, and needs these articles
   * to summarise them. (The state knows the story of every article of the storyline window by id, for a copy of one
   * to join its original's story, but a closed story takes nothing else.)
   */
  public List<String> openArticles() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < articleIds.size(); i++) {
      if (open(find(stories.get(articleStory.get(i))))) out.add(articleIds.get(i));
    }
    return out;
  }

  private boolean open(Story s) {
    return !s.expired && !closed(s, lastTime);
  }

  /**
   * Writes the engine's state, so that {@link #restoreState} gives an engine that places every later dated article
   * exactly as this one would have: the term dictionary with its document frequencies and burst rates, the live
   * stories (centroids, member links, rates, places, breaking counts), the index, the lone articles waiting to be
   * placed again, and the stories these are merged into or continue the storyline of (a story past the storyline
   * window is kept as its id and its storyline only). Articles are kept by id only, those of the stories within the
   * storyline window: a copy of an older article is placed by content, as a new article. Must come before
   * any undated article, and before {@link #assignments()} or the other accessors, which place the waiting articles
   * as if the stream ended. Does not close {@code out}.
   *
   * <p>Bytes grow with the term dictionary (about 33 a term) and the live stories, not with the stream's text.
   */
  public void saveState(OutputStream out) throws IOException {
    out.write(saveState());
  }

  /** The bytes {@link #saveState(OutputStream)} writes. */
  public byte[] saveState() {
    if (undated) throw new IllegalStateException("the state is saved before the first undated article");
    StateBuffer d = new StateBuffer();
    d.writeInt(STATE_MAGIC);
    d.writeInt(STATE_FORMAT);
    d.writeLong(stateFingerprint(settings, basePrior));
    d.writeString(settings.toString());
    d.writeLong(warmDocuments);

    // The stories the state holds, in their order: those anything live still names, and what they lead to.
    // position[story index]: its place among the held stories, -1 for one not held (marked first, numbered after).
    int[] position = new int[stories.size()];
    ArrayDeque<Story> todo = new ArrayDeque<>();
    for (Story s : live) hold(s, position, todo);
    for (int[] list : postings) {
      if (list != null) for (int i = 1; i <= list[0]; i++) hold(stories.get(list[i]), position, todo);
    }
    for (Orphan o : orphans) hold(o.story(), position, todo);
    for (Story s : surged) hold(s, position, todo);
    List<String> carried = new ArrayList<>();
    List<Story> carriedIn = new ArrayList<>();
    for (int i = 0; i < articleIds.size(); i++) {
      Story s = find(stories.get(articleStory.get(i)));
      if (s.expired) continue;
      carried.add(articleIds.get(i));
      carriedIn.add(s);
      hold(s, position, todo);
    }
    while (!todo.isEmpty()) {
      Story s = todo.removeFirst();
      if (s.mergedInto != null) hold(s.mergedInto, position, todo);
      Story parent = heldParent(s);
      if (parent != null) hold(parent, position, todo);
    }
    List<Story> held = new ArrayList<>();
    for (Story s : stories) {
      if (position[s.index] == 0) {
        position[s.index] = -1;
      } else {
        position[s.index] = held.size();
        held.add(s);
      }
    }

    d.writeLong(documents);
    d.writeDouble(recentDocs);
    d.writeLong(recentDocsStamp);
    d.writeLong(lastSweep);
    d.writeLong(firstTime);
    d.writeLong(lastTime);
    d.writeInt(streamArrivals.size());
    for (long t : streamArrivals) d.writeLong(t);

    int terms = termIds.size();
    long[] keyOf = new long[terms];
    for (Long2IntMap.Entry e : termIds.long2IntEntrySet()) keyOf[e.getIntValue()] = e.getLongKey();
    d.writeInt(terms);
    for (int t = 0; t < terms; t++) {
      d.writeLong(keyOf[t]);
      d.writeInt(df[t]);
      d.writeInt(priorDf[t]);
      d.writeBoolean(entityLike[t]);
      d.writeDouble(recentDf[t]);
      d.writeLong(recentStamp[t]);
    }

    d.writeInt(held.size());
    for (Story s : held) writeStory(d, s, position);
    d.writeInt(live.size());
    for (Story s : live) d.writeInt(position[s.index]);
    d.writeInt(surged.size());
    for (Story s : surged) d.writeInt(position[s.index]);
    int lists = 0;
    for (int[] list : postings) if (list != null) lists++;
    d.writeInt(lists);
    for (int t = 0; t < postings.size(); t++) {
      int[] list = postings.get(t);
      if (list == null) continue;
      d.writeInt(t);
      d.writeInt(list[0]);
      for (int i = 1; i <= list[0]; i++) d.writeInt(position[list[i]]);
    }
    d.writeInt(orphans.size());
    for (Orphan o : orphans) {
      d.writeInt(position[o.story().index]);
      d.writeLong(o.time());
      writeVectors(d, o.v());
      writeStrings(d, o.titleTerms());
      writeStrings(d, o.bodyTerms());
      writeStrings(d, o.places());
    }
    d.writeInt(carried.size());
    for (int i = 0; i < carried.size(); i++) {
      d.writeString(carried.get(i));
      d.writeInt(position[carriedIn.get(i).index]);
    }
    d.writeInt(STATE_END);
    return d.toByteArray();
  }

  /** Marks {@code s} held (in {@code position}) and queues it, the first time. */
  private static void hold(Story s, int[] position, ArrayDeque<Story> todo) {
    if (position[s.index] != 0) return;
    position[s.index] = 1;
    todo.add(s);
  }

  /**
   * The storyline parent a held story is saved with: its own while it is live; for one past the window, which never
   * changes again, the first live story (or the last) of its chain, so that a storyline of months is not saved
   * story by story; none for a merged story, whose storyline is its survivor's.
   */
  private static Story heldParent(Story s) {
    if (s.mergedInto != null || s.storylineParent == null) return null;
    Story parent = find(s.storylineParent);
    if (!s.expired) return parent;
    Set<Story> seen = new HashSet<>();
    seen.add(s);
    while (parent.expired && parent.storylineParent != null && seen.add(parent)) {
      Story next = find(parent.storylineParent);
      if (next == parent || seen.contains(next)) break;
      parent = next;
    }
    return parent == s ? null : parent;
  }

  private static void writeStory(StateBuffer d, Story s, int[] position) {
    d.writeString(s.id);
    d.writeInt(s.size);
    d.writeInt(s.copies);
    d.writeDouble(s.timeSum);
    d.writeLong(s.lastTime);
    d.writeLong(s.firstTime);
    d.writeLong(s.breakingAt);
    d.writeLong(s.surgedAt);
    d.writeDouble(s.level);
    d.writeLong(s.levelStamp);
    d.writeDouble(s.peakLevel);
    d.writeLong(s.peakTime);
    d.writeDouble(s.rate);
    d.writeLong(s.rateStamp);
    d.writeDouble(s.rateHalfLife);
    d.writeBoolean(s.expired);
    d.writeInt(s.mergedInto == null ? -1 : position[s.mergedInto.index]);
    Story parent = heldParent(s);
    d.writeInt(parent == null ? -1 : position[parent.index]);
    // What only a story that may still be scored needs: a merged or expired one keeps none of it.
    boolean whole = s.mergedInto == null && !s.expired;
    d.writeBoolean(whole);
    if (!whole) return;
    s.body.write(d);
    s.title.write(d);
    s.entities.write(d);
    d.writeInt(s.recent.size());
    for (Arrival a : s.recent) {
      d.writeLong(a.time());
      d.writeString(a.outlet());
    }
    List<String> places = new ArrayList<>(s.places.keySet());
    Collections.sort(places);
    d.writeInt(places.size());
    for (String p : places) {
      d.writeString(p);
      d.writeInt(s.places.get(p));
    }
    d.writeInt(s.members.length);
    d.writeInt(s.memberCount);
    d.writeInt(s.memberNext);
    for (int i = 0; i < s.memberCount; i++) {
      writeVectors(d, s.members[i]);
      d.writeLong(s.memberTimes[i]);
    }
  }

  /**
   * An engine in the state {@link #saveState} wrote, reading {@code in} to its end; it places every later dated
   * article as the saved engine would have. Call {@link #keepStories()} on it, before its first article, when undated
   * articles will follow: the stories the saved run kept for its own undated articles are not carried over.
   *
   * @throws IOException naming what is wrong when the bytes are not a story-engine state, are of another format,
   *     were written with other story settings or another text analysis or IDF table, or are truncated or corrupt
   */
  public static StoryEngine restoreState(StorySettings settings, IdfPrior prior, InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    StoryEngine e = new StoryEngine(settings, prior);
    try {
      StateFormat.readHeader(d, STATE_MAGIC, STATE_FORMAT, "story-engine state");
      long fingerprint = d.readLong();
      String saved = readString(d);
      if (!saved.equals(settings.toString())) {
        throw new IOException("story-engine state built with other story settings (" + settingsDiff(saved, settings)
            + "); resume with the same --story settings, or run without --resume");
      }
      if (fingerprint != stateFingerprint(settings, prior)) {
        throw new IOException("story-engine state built by a Naba whose text analysis or IDF table differs: its"
            + " terms would match nothing new");
      }
      // The stream's first articles counted into the table (warmUp): every term they hold was seen before the state
      // was saved, with its count kept per term below; the table's document count is all that is left to restore.
      long warm = d.readLong();
      if (warm < 0) throw new IOException("story-engine state: warm-up documents " + warm);
      if (warm > 0) e.prior = prior.plus(Map.of(), warm);
      e.warmDocuments = warm;
      e.documents = d.readLong();
      e.recentDocs = d.readDouble();
      e.recentDocsStamp = d.readLong();
      e.lastSweep = d.readLong();
      e.firstTime = d.readLong();
      e.lastTime = d.readLong();
      int arrivals = count(d, "stream arrivals");
      for (int i = 0; i < arrivals; i++) e.streamArrivals.addLast(d.readLong());

      int terms = count(d, "terms");
      int capacity = Math.max(1024, Integer.highestOneBit(Math.max(1, terms)) * 2);
      e.df = new int[capacity];
      e.priorDf = new int[capacity];
      e.entityLike = new boolean[capacity];
      e.recentDf = new double[capacity];
      e.recentStamp = new long[capacity];
      e.denseBody = new float[capacity];
      e.denseTitle = new float[capacity];
      e.denseEntities = new float[capacity];
      e.denseBare = new boolean[capacity];
      for (int t = 0; t < terms; t++) {
        if (e.termIds.put(d.readLong(), t) != -1) throw new IOException("corrupt: term " + t + " repeats a key");
        e.df[t] = d.readInt();
        e.priorDf[t] = d.readInt();
        e.entityLike[t] = d.readBoolean();
        e.recentDf[t] = d.readDouble();
        e.recentStamp[t] = d.readLong();
        e.postings.add(null);
        e.archive.add(null);
      }

      int held = count(d, "stories");
      int[][] links = new int[held][];
      for (int i = 0; i < held; i++) {
        Story s = readStory(d, i, settings);
        links[i] = new int[] {d.readInt(), d.readInt()};
        if (d.readBoolean()) readWhole(d, s, settings.centroidTerms(), terms);
        e.stories.add(s);
      }
      for (int i = 0; i < held; i++) {
        e.stories.get(i).mergedInto = optionalLink(e, links[i][0], "merged into");
        e.stories.get(i).storylineParent = optionalLink(e, links[i][1], "storyline parent");
      }
      int live = count(d, "live stories");
      for (int i = 0; i < live; i++) e.live.add(link(e, d.readInt(), "live story"));
      int surged = count(d, "surged stories");
      for (int i = 0; i < surged; i++) e.surged.add(link(e, d.readInt(), "surged story"));
      int lists = count(d, "posting lists");
      for (int i = 0; i < lists; i++) {
        int term = d.readInt();
        if (term < 0 || term >= terms) throw new IOException("corrupt: posting list of term " + term);
        int len = count(d, "postings");
        int[] list = new int[Math.max(4, Integer.highestOneBit(len + 1) * 2)];
        list[0] = len;
        for (int k = 1; k <= len; k++) list[k] = link(e, d.readInt(), "posting").index;
        e.postings.set(term, list);
      }
      int orphans = count(d, "waiting articles");
      for (int i = 0; i < orphans; i++) {
        Story s = link(e, d.readInt(), "waiting article's story");
        long time = d.readLong();
        Vectors v = readVectors(d, terms);
        e.orphans.addLast(new Orphan(s, v, time, readStrings(d), readStrings(d), readStrings(d)));
      }
      int carried = count(d, "articles");
      for (int i = 0; i < carried; i++) {
        String id = readString(d);
        Story s = link(e, d.readInt(), "article's story");
        if (e.articleIndex.containsKey(id)) throw new IOException("corrupt: article " + id + " twice");
        e.remember(id, s);
      }
      if (d.readInt() != STATE_END) throw new IOException("corrupt: no end marker after " + carried + " articles");
      if (d.read() != -1) throw new IOException("corrupt: bytes after the end marker");
    } catch (EOFException ex) {
      throw new IOException("story-engine state is truncated", ex);
    }
    return e;
  }

  private static Story readStory(DataInputStream d, int index, StorySettings settings) throws IOException {
    Story s = new Story(index, readString(d), settings.centroidTerms(), 0);
    s.size = d.readInt();
    s.copies = d.readInt();
    s.timeSum = d.readDouble();
    s.lastTime = d.readLong();
    s.firstTime = d.readLong();
    s.breakingAt = d.readLong();
    s.surgedAt = d.readLong();
    s.level = d.readDouble();
    s.levelStamp = d.readLong();
    s.peakLevel = d.readDouble();
    s.peakTime = d.readLong();
    s.rate = d.readDouble();
    s.rateStamp = d.readLong();
    s.rateHalfLife = d.readDouble();
    s.expired = d.readBoolean();
    if (s.expired) s.expire(false);
    return s;
  }

  private static void readWhole(DataInputStream d, Story s, int capacity, int terms) throws IOException {
    s.body = Centroid.read(d, capacity, terms);
    s.title = Centroid.read(d, capacity, terms);
    s.entities = Centroid.read(d, capacity, terms);
    int recent = count(d, "arrivals");
    for (int i = 0; i < recent; i++) s.recent.addLast(new Arrival(d.readLong(), readString(d)));
    int places = count(d, "places");
    for (int i = 0; i < places; i++) s.places.put(readString(d), d.readInt());
    int slots = count(d, "member slots");
    s.members = new Vectors[slots];
    s.memberTimes = new long[slots];
    s.memberCount = d.readInt();
    s.memberNext = d.readInt();
    if (s.memberCount < 0 || s.memberCount > slots || s.memberNext < 0 || s.memberNext >= Math.max(1, slots)) {
      throw new IOException("corrupt: member links of story " + s.id);
    }
    for (int i = 0; i < s.memberCount; i++) {
      s.members[i] = readVectors(d, terms);
      s.memberTimes[i] = d.readLong();
    }
  }

  /** The held story at {@code position}, or null for -1 (no such link). */
  private static Story optionalLink(StoryEngine e, int position, String what) throws IOException {
    return position == -1 ? null : link(e, position, what);
  }

  private static Story link(StoryEngine e, int position, String what) throws IOException {
    if (position < 0 || position >= e.stories.size()) throw new IOException("corrupt: " + what + " " + position);
    return e.stories.get(position);
  }

  private static void writeVectors(StateBuffer d, Vectors v) {
    v.body().write(d);
    v.title().write(d);
    v.entities().write(d);
    d.writeInt(v.query().length);
    for (int q : v.query()) d.writeInt(q);
  }

  private static Vectors readVectors(DataInputStream d, int terms) throws IOException {
    SparseVector body = SparseVector.read(d, terms, terms);
    SparseVector title = SparseVector.read(d, terms, terms);
    SparseVector entities = SparseVector.read(d, terms, terms);
    int[] query = new int[count(d, "query terms")];
    for (int i = 0; i < query.length; i++) {
      query[i] = d.readInt();
      if (query[i] < 0 || query[i] >= terms) throw new IOException("corrupt: query term " + query[i]);
    }
    return new Vectors(body, title, entities, query);
  }

  private static void writeStrings(StateBuffer d, List<String> strings) {
    d.writeInt(strings.size());
    for (String s : strings) d.writeString(s);
  }

  private static List<String> readStrings(DataInputStream d) throws IOException {
    int n = count(d, "strings");
    List<String> out = new ArrayList<>(Math.min(n, 1 << 16));
    for (int i = 0; i < n; i++) out.add(readString(d));
    return out;
  }

  private static String readString(DataInputStream d) throws IOException {
    return StateFormat.readString(d, MAX_STATE_STRING_BYTES);
  }

  private static int count(DataInputStream d, String what) throws IOException {
    return StateFormat.count(d, what);
  }

  /** The settings a state was saved with that differ from {@code now}'s, as "name saved → now". */
  private static String settingsDiff(String saved, StorySettings now) {
    List<String> was = List.of(saved.replaceFirst("^[^\\[]*\\[", "").replaceFirst("]$", "").split(", "));
    List<String> is = List.of(now.toString().replaceFirst("^[^\\[]*\\[", "").replaceFirst("]$", "").split(", "));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(was.size(), is.size()); i++) {
      if (!was.get(i).equals(is.get(i))) out.add(was.get(i) + " → " + is.get(i).replaceFirst("^[^=]*=", ""));
    }
    return out.isEmpty() ? "another set of settings" : String.join(", ", out);
  }

  /** Arabic that exercises the analysis: normalisation, stemming, entity-like terms, numbers and a place. */
  private static final StoryInput STATE_PROBE = StoryInput.of("probe", Instant.EPOCH, "",
      "أعلنَت وزارةُ الصحّة في الرياض", "قالت وكالة الأنباء إنّ 25 شخصاً أصيبوا في انفجار بمدينة جدة يوم الأحد.");

  /**
   * A hash of what this Naba makes of a fixed article (its terms' keys, entity-likeness and background frequency): it
   * changes whenever the analysis, the hashing or the IDF table does, which would make a saved state's terms
   * silently match nothing.
   */
  private static long stateFingerprint(StorySettings settings, IdfPrior prior) {
    try (ArticleAnalyser analyser = new ArticleAnalyser(settings)) {
      AnalysedArticle a = analyser.analyse(STATE_PROBE);
      long h = Hash64.fmix64(prior.documents());
      for (int i = 0; i < a.bodyKeys().length; i++) {
        String term = a.bodyTerms().get(i);
        h = Hash64.fmix64(h * 31 + a.bodyKeys()[i]);
        h = Hash64.fmix64(h * 31 + prior.df(term) * 2L + (EntityTerms.isEntityLike(term) ? 1 : 0));
      }
      for (long k : a.titleKeys()) h = Hash64.fmix64(h * 31 + k);
      for (String p : a.places()) h = Hash64.fmix64(h * 31 + Hash64.of(p));
      return h;
    }
  }

  /** Mutable per-story state; only the engine touches it. */
  private static final class Story {
    final int index;
    final String id;
    Centroid body;
    Centroid title;
    Centroid entities;
    int size;
    // Articles that joined as copies of an earlier one (they add no evidence of their own).
    int copies;
    double timeSum;
    long lastTime = Long.MIN_VALUE;
    long firstTime = Long.MAX_VALUE;
    long breakingAt = Long.MIN_VALUE;
    // When the story last met the breaking counts, while its share of the stream is still to be weighed.
    long surgedAt = Long.MIN_VALUE;
    // Article rate with a fixed half-life (PEAK_HALF_LIFE_SECONDS), its highest value and when it was reached.
    double level;
    long levelStamp;
    double peakLevel;
    long peakTime;
    double rate;
    long rateStamp;
    double rateHalfLife = 12 * 3600;
    Story mergedInto;
    Story storylineParent;
    boolean expired;
    // Expired, but kept placeable for undated articles (keepStories()).
    boolean kept;
    ArrayDeque<Arrival> recent = new ArrayDeque<>();
    Map<String, Integer> places = new HashMap<>();

    Vectors[] members;
    long[] memberTimes;
    int memberCount;
    int memberNext;

    Story(int index, String id, int capacity, int memberLinks) {
      this.members = new Vectors[memberLinks];
      this.memberTimes = new long[memberLinks];
      this.index = index;
      this.id = id;
      this.body = new Centroid(capacity);
      this.title = new Centroid(capacity);
      this.entities = new Centroid(capacity);
    }

    void add(Vectors v, long now, String outlet) {
      body.add(v.body);
      title.add(v.title);
      entities.add(v.entities);
      if (members.length > 0) {
        members[memberNext] = v;
        memberTimes[memberNext] = now;
        memberNext = (memberNext + 1) % members.length;
        memberCount = Math.min(memberCount + 1, members.length);
      }
      size++;
      timeSum += now;
      lastTime = Math.max(lastTime, now);
      firstTime = Math.min(firstTime, now);
      rate = recentRate(now, rateHalfLife) + 1;
      rateStamp = now;
      level = levelAt(now) + 1;
      levelStamp = now;
      if (level > peakLevel) {
        peakLevel = level;
        peakTime = now;
      }
    }

    /** The article rate with the half-life {@code PEAK_HALF_LIFE_SECONDS}, decayed to {@code now}. */
    double levelAt(long now) {
      return size == 0 ? 0 : level * Math.exp(-(now - levelStamp) * LN2 / PEAK_HALF_LIFE_SECONDS);
    }

    /** Articles per recent half-life, exponentially decayed to {@code now}. */
    double recentRate(long now, double halfLifeSeconds) {
      rateHalfLife = halfLifeSeconds;
      return size == 0 ? 0 : rate * Math.exp(-(now - rateStamp) * LN2 / halfLifeSeconds);
    }

    double meanTime() {
      return timeSum / size;
    }

    /**
     * The time an article's gap to the story is measured from: its mean time, but never more than {@code sigma}
     * behind its latest article. A story still being reported is as current as its coverage, while a quiet one ages
     * from the bulk of its articles.
     */
    double referenceTime(double sigma) {
      return Math.max(meanTime(), lastTime - sigma);
    }

    void absorb(Story other) {
      body.add(other.body);
      title.add(other.title);
      entities.add(other.entities);
      size += other.size;
      copies += other.copies;
      timeSum += other.timeSum;
      lastTime = Math.max(lastTime, other.lastTime);
      firstTime = Math.min(firstTime, other.firstTime);
      long now = Math.max(levelStamp, other.levelStamp);
      level = levelAt(now) + other.levelAt(now);
      levelStamp = now;
      if (other.peakLevel > peakLevel) {
        peakLevel = other.peakLevel;
        peakTime = other.peakTime;
      }
      if (other.breakingAt != Long.MIN_VALUE && (breakingAt == Long.MIN_VALUE || other.breakingAt < breakingAt)) {
        breakingAt = other.breakingAt;
      }
      other.recent = new ArrayDeque<>();
      other.places.forEach((p, c) -> places.merge(p, c, Integer::sum));
      other.places = new HashMap<>();
    }

    /** Takes no more dated articles; {@code keepCentroids}: an undated one may still join it by content. */
    void expire(boolean keepCentroids) {
      expired = true;
      kept = keepCentroids;
      if (!keepCentroids) {
        body = new Centroid(1);
        title = new Centroid(1);
        entities = new Centroid(1);
      }
      recent = new ArrayDeque<>();
      places = new HashMap<>();
      members = new Vectors[0];
      memberCount = 0;
    }
  }
}
