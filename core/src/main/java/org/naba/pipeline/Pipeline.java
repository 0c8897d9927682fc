package org.naba.pipeline;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.naba.dedup.DedupInput;
import org.naba.dedup.DedupResult;
import org.naba.dedup.Deduplicator;
import org.naba.model.Article;
import org.naba.model.ArticleResult;
import org.naba.model.Provenance;
import org.naba.model.NamedEntity;
import org.naba.model.SharedPassage;
import org.naba.model.Story;
import org.naba.model.StoryEntity;
import org.naba.model.StoryQuote;
import org.naba.model.SummarySentence;
import org.naba.ner.NerModel;
import org.naba.story.AnalysedArticle;
import org.naba.story.ArticleAnalyser;
import org.naba.story.StoryEngine;
import org.naba.story.StoryInput;
import org.naba.summary.Developments;
import org.naba.summary.Figures;
import org.naba.summary.KeyPoints;
import org.naba.summary.NameTypes;
import org.naba.summary.OutletSummaries;
import org.naba.summary.StoryEntities;
import org.naba.summary.StoryQuotes;
import org.naba.summary.StorySummary;
import org.naba.summary.Summarizer;
import org.naba.summary.SummaryInput;
import org.naba.text.TextNormalizer;

/**
 * The whole flow of a run, composed in one place: read this class first.
 *
 * <pre>
 *   ingest ──► clean ──► order by publication ──► dedup ──► story ──► summary ──► (write: stories, run.json)
 *   (files)   (per site,   (undated last)        (online)  (online)  (per story,
 *     ‖        in parallel)       │               ‖ story    │  in parallel)
 *   each document is cleaned      │              analysis   └──► Listener#placed: the output writes the articles
 *   as soon as it is read         └──► Listener#ordered: the output indexes the articles for search, beside the rest
 * </pre>
 *
 * Cleaning runs in parallel across sites but in input order within a site, so that the boilerplate a site repeats
 * is learned deterministically. Deduplication and clustering are online: they see each article once, in
 * publication order, as a live feed would deliver it, so a batch run and a streaming run make the same decisions.
 */
public final class Pipeline {
  private final Settings settings;
  private final Progress progress;
  private final Reading reading;

  /**
   * A pipeline that reads and cleans on this machine.
   *
   * @param progress told how the run advances (the CLI draws a progress bar from it)
   */
  public Pipeline(Settings settings, Progress progress) {
    this(settings, progress, new LocalReading(settings.threads()));
  }

  /**
   * A pipeline whose steps 1 and 2 are done by {@code reading} (naba-spark: on a cluster); the online stages and the
   * summaries run here.
   */
  public Pipeline(Settings settings, Progress progress, Reading reading) {
    this.settings = settings;
    this.progress = progress;
    this.reading = reading;
  }

  public RunResult run(List<String> inputs) {
    return run(inputs, StreamState.fresh(settings.dedup()), new Listener() {});
  }

  /**
   * Told of the articles as soon as each later stage no longer changes them, so that the output can write them
   * beside the stages still running. Both are called on the run's thread, once each; neither may keep the run
   * waiting.
   */
  public interface Listener {
    /**
     * The clean articles in publication order (the order of the result's articles), before deduplication: the
     * output starts its search index from them.
     */
    default void ordered(List<Article> ordered) {}

    /**
     * The articles with their stories, copies and provenance, as the result will list them, before the stories are
     * summarised: the output writes them while the summaries are made.
     */
    default void placed(List<ArticleResult> placed) {}
  }

  /**
   * Runs the inputs as the continuation of a stream: {@code state} (fresh, or loaded from an earlier run) holds the
   * deduplicator and the ids read before, and is advanced by this run's articles; save it with the run's output.
   *
   * @param listener told of the articles in publication order as soon as they are known, and again once they are
   *     placed in their stories, so that the output writes them beside the later stages
   */
  public RunResult run(List<String> inputs, StreamState state, Listener listener) {
    Warnings warnings = new Warnings();
    Map<String, Long> stageMillis = new LinkedHashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();

    Reading.Read read = reading.read(inputs, state, warnings, progress);
    counts.putAll(read.counts());
    stageMillis.putAll(read.stageMillis());
    List<Article> articles = read.articles();
    counts.put("articles", (long) articles.size());

    List<Article> ordered = publicationOrder(articles);
    listener.ordered(ordered);
    List<ArticleResult> results = new ArrayList<>(ordered.size());
    StoryEngine stories = dedupAndStories(ordered, results, stageMillis, state);
    List<ArticleResult> earlier = earlierMembers(results, stories, state);
    counts.put("duplicates", results.stream().filter(r -> r.duplicateOf().isPresent()).count());
    if (state.resumedFrom().isPresent()) {
      Set<String> here = new HashSet<>();
      for (ArticleResult r : results) here.add(r.id());
      counts.put("duplicates_of_earlier_runs",
          results.stream().filter(r -> r.duplicateOf().filter(d -> !here.contains(d)).isPresent()).count());
      // Published before the resumed run's latest article: one run over both inputs could have decided otherwise.
      Instant clock = state.clock().orElse(Instant.MIN);
      counts.put("older_than_resumed_state", ordered.stream()
          .filter(a -> a.published().filter(p -> p.toInstant().isBefore(clock)).isPresent()).count());
    }
    counts.put("with_near_duplicates", results.stream().filter(r -> !r.nearDuplicates().isEmpty()).count());
    listener.placed(Collections.unmodifiableList(results));

    long t0 = System.nanoTime();
    List<Story> storyList = summarize(results, earlier, stories, state);
    counts.put("stories", (long) storyList.size());
    if (state.resumedFrom().isPresent()) {
      counts.put("continued_stories", storyList.stream().filter(s -> !s.earlierArticles().isEmpty()).count());
      counts.put("earlier_articles", (long) earlier.size());
    }
    counts.put("storylines", storyList.stream().map(s -> s.storyline().orElse(s.id())).distinct().count());
    counts.put("breaking", storyList.stream().filter(s -> s.breaking().isPresent()).count());
    stageMillis.put("summary", millisSince(t0));
    counts.put("warnings", (long) warnings.total());
    return new RunResult(results, storyList, counts, stageMillis, warnings, OutletSummaries.of(results), earlier);
  }

  /**
   * The articles of earlier runs in the stories this run lists again, each with the story it ends in now, and hands the
   * state every open story's articles, whichever run read them, for the next run. A story is listed again when this
   * run's articles joined it, or when its earlier articles moved (two of its stories merged, or a lone article was
   * placed again): the story an article left and the one it joined are both listed as they are now. A story that had
   * closed, its articles handed on by id only, and that a copy of one of them opened again, takes those articles'
   * texts from the store of the run resumed from.
   */
  private static List<ArticleResult> earlierMembers(List<ArticleResult> results, StoryEngine engine,
      StreamState state) {
    // A fresh run has no earlier articles: it needs no assignment of the whole stream's.
    Map<String, String> storyOf = state.resumedFrom().isPresent() ? engine.assignments() : Map.of();
    Set<String> listed = new HashSet<>();
    for (ArticleResult r : results) listed.add(r.story());
    // The stories earlier articles left: listed again as they are now, with the articles still in them.
    Set<String> left = new HashSet<>();
    for (ArticleResult r : state.earlierArticles()) {
      String story = storyOf.getOrDefault(r.id(), r.story());
      if (!story.equals(r.story())) {
        listed.add(story);
        left.add(r.story());
      }
    }
    Map<String, ArticleResult> placed = new HashMap<>();
    List<ArticleResult> all = new ArrayList<>();
    for (ArticleResult r : state.earlierArticles()) {
      ArticleResult now = placedIn(r, storyOf);
      if (left.contains(r.story())) listed.add(now.story());
      all.add(now);
      placed.put(now.id(), now);
    }
    for (ArticleResult r : results) placed.put(r.id(), r);
    List<String> missing = new ArrayList<>();
    storyOf.forEach((id, story) -> {
      if (listed.contains(story) && !placed.containsKey(id)) missing.add(id);
    });
    for (ArticleResult r : state.readEarlier(missing)) {
      ArticleResult now = placedIn(r, storyOf);
      placed.put(now.id(), now);
      all.add(now);
    }
    state.openArticles(placed);
    return all.stream().filter(r -> listed.contains(r.story())).toList();
  }

  /** An earlier run's article in the story the engine has it in now (its stories may have merged since). */
  private static ArticleResult placedIn(ArticleResult r, Map<String, String> storyOf) {
    return new ArticleResult(r.article(), storyOf.getOrDefault(r.id(), r.story()), r.duplicateOf(), r.nearDuplicates(),
        r.provenance());
  }

  /** Step 3: dated articles by time, then undated ones in input order (a stable sort). */
  static List<Article> publicationOrder(List<Article> articles) {
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(Comparator.comparing((Article a) -> a.published().map(p -> p.toInstant()).orElse(Instant.MAX)));
    return ordered;
  }

  /** How many articles the story analysis may run ahead of the engine that places them. */
  private static final int ANALYSIS_AHEAD = 256;

  /**
   * Step 4, online: the story engine's text analysis runs on the pool, deduplication on its own thread, and the
   * engine takes the analysed articles one by one, in publication order, as soon as each one's dedup result is in
   * (each copy joins its original's story): the three overlap. Fills {@code results} in publication order and
   * returns the engine (for its storylines, merges and breaking marks).
   */
  private StoryEngine dedupAndStories(List<Article> ordered, List<ArticleResult> results, Map<String, Long> stageMillis,
      StreamState state) {
    long t0 = System.nanoTime();
    List<Instant> times = arrivalTimes(ordered, state.clock());
    // A resumed run goes on with the earlier run's engine: its articles join the stories that run left open.
    Optional<StoryEngine> resumed = state.takeStories();
    StoryEngine stories = resumed.orElseGet(() -> new StoryEngine(settings.story()));
    // Undated articles come last and are placed by content among all the run's stories, which must be kept for them.
    if (ordered.stream().anyMatch(a -> a.published().isEmpty())) stories.keepStories();
    int n = ordered.size();
    DedupResult[] dedupResults = new DedupResult[n];
    // The deduplicator runs on its own thread, a few articles ahead of the story engine, which needs each article's
    // original: the two online stages overlap instead of running one after the other.
    Semaphore deduped = new Semaphore(0);
    AtomicReference<Throwable> dedupFailure = new AtomicReference<>();
    long[] dedupMillis = new long[1];
    Thread dedupThread = Thread.ofPlatform().name("naba-dedup").daemon(true).start(() -> {
      long s = System.nanoTime();
      try {
        Deduplicator dedup = state.deduplicator();
        for (int i = 0; i < n; i++) {
          Article a = ordered.get(i);
          dedupResults[i] = dedup.add(new DedupInput(a.id(), a.outletKey(), times.get(i), a.paragraphs()));
          deduped.release();
        }
      } catch (Throwable e) {
        dedupFailure.set(e);
        deduped.release(n + 1); // wake the story loop, which reports the failure
      } finally {
        dedupMillis[0] = millisSince(s);
      }
    });
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.threads() - 1));
    long analysisWait = 0;
    try (ArticleAnalyser analyser = new ArticleAnalyser(settings.story())) {
      // The pool analyses a bounded stretch ahead of the engine, and each analysis is dropped once placed: an
      // article's terms live from its analysis to its placing, not to the end of the stage (unbounded, the whole
      // run's terms, 5 million strings on SaudiNewsNet, were held at once and copied into the old generation).
      ArrayDeque<Future<AnalysedArticle>> pending = new ArrayDeque<>();
      int submitted = 0;
      boolean stoppedAt = false;
      // A new stream's first dated articles are counted into the background IDF table before the first is placed
      // (StoryEngine#warmUp); they are analysed once, and placed from the same analyses. A resumed stream was warmed
      // by its first run.
      int warmup = resumed.isPresent() ? 0 : (int) Math.min(settings.story().warmupArticles(),
          ordered.stream().filter(a -> a.published().isPresent()).count());
      if (warmup > 0) {
        List<AnalysedArticle> first = new ArrayList<>(warmup);
        for (; submitted < warmup; submitted++) pending.add(analyse(pool, analyser, ordered, times, submitted));
        long w = System.nanoTime();
        for (Future<AnalysedArticle> f : pending) first.add(f.get());
        analysisWait += System.nanoTime() - w;
        stories.warmUp(first);
      }
      progress.stage("dedup and stories", n);
      for (int i = 0; i < n; i++) {
        for (; submitted < n && submitted <= i + ANALYSIS_AHEAD; submitted++) {
          pending.add(analyse(pool, analyser, ordered, times, submitted));
        }
        long w = System.nanoTime();
        AnalysedArticle a = pending.remove().get();
        analysisWait += System.nanoTime() - w;
        deduped.acquire();
        if (dedupFailure.get() != null) throw new IllegalStateException("deduplication failed", dedupFailure.get());
        AnalysedArticle placed = a.withDuplicateOf(dedupResults[i].duplicateOf());
        if (ordered.get(i).published().isEmpty()) {
          // The next run goes on from the stream's dated articles: undated ones are placed as if the stream ended.
          if (!stoppedAt) state.stoppedAt(stories);
          stoppedAt = true;
          stories.addUndated(placed);
        } else {
          stories.add(placed);
        }
        progress.step();
      }
      if (!stoppedAt) state.stoppedAt(stories);
      progress.done();
      dedupThread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while clustering", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("story analysis failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    stageMillis.put("dedup", dedupMillis[0]);
    stageMillis.put("story_analysis_wait", analysisWait / 1_000_000);
    stageMillis.put("story", millisSince(t0));
    stageMillis.put("story_state_save", state.storiesSaveMillis());

    Map<String, String> storyOf = stories.assignments();
    for (int i = 0; i < n; i++) {
      Article a = ordered.get(i);
      DedupResult dr = dedupResults[i];
      results.add(new ArticleResult(a, storyOf.get(a.id()), dr.duplicateOf(), dr.nearDuplicates(), dr.provenance()));
    }
    return stories;
  }

  private static Future<AnalysedArticle> analyse(ExecutorService pool, ArticleAnalyser analyser, List<Article> ordered,
      List<Instant> times, int k) {
    Article a = ordered.get(k);
    Instant time = times.get(k);
    return pool.submit(() -> analyser.analyse(
        new StoryInput(a.id(), time, a.outletKey(), headlineOrLead(a), a.text(), Optional.empty())));
  }

  /** Step 5: each story with its headline, summary, outlets, storyline and shared passages; latest activity first. */
  private List<Story> summarize(List<ArticleResult> results, List<ArticleResult> earlier, StoryEngine engine,
      StreamState state) {
    Map<String, List<ArticleResult>> members = new TreeMap<>();
    for (ArticleResult r : results) members.computeIfAbsent(r.story(), k -> new ArrayList<>()).add(r);
    // A story continued from an earlier run is summarised whole.
    Set<String> earlierIds = new HashSet<>();
    for (ArticleResult r : earlier) {
      members.computeIfAbsent(r.story(), k -> new ArrayList<>()).add(r);
      earlierIds.add(r.id());
    }
    Map<String, String> storylines = engine.storylines();
    Map<String, Instant> breaking = engine.breaking();
    Map<String, List<String>> mergedFrom = new HashMap<>();
    engine.mergedInto().forEach((from, into) -> mergedFrom.computeIfAbsent(into, k -> new ArrayList<>()).add(from));
    Summarizer summarizer = new Summarizer(settings.summarySentences());
    Map<String, String> outletOf = new HashMap<>();
    for (ArticleResult r : results) r.article().outlet().ifPresent(o -> outletOf.put(r.id(), o));
    for (ArticleResult r : earlier) r.article().outlet().ifPresent(o -> outletOf.put(r.id(), o));
    if (state.resumedFrom().isPresent()) {
      // Passages first seen in an earlier run's article: its outlet is known to the deduplicator's window.
      Set<String> origins = new HashSet<>();
      for (ArticleResult r : results) {
        for (Provenance p : r.provenance()) {
          if (!outletOf.containsKey(p.firstSeenIn())) origins.add(p.firstSeenIn());
        }
      }
      outletOf.putAll(state.deduplicator().windowOutlets(origins));
    }
    progress.stage("summaries", members.size());

    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    try {
      List<Future<Story>> futures = new ArrayList<>();
      for (Map.Entry<String, List<ArticleResult>> e : members.entrySet()) {
        futures.add(pool.submit(() -> {
          Story s = story(e.getKey(), e.getValue(), summarizer, storylines, breaking, mergedFrom, outletOf, earlierIds);
          progress.step();
          return s;
        }));
      }
      List<Story> out = new ArrayList<>();
      for (Future<Story> f : futures) out.add(f.get());
      progress.done();
      // A name the run all but always types one way is typed so in every story.
      Map<String, String> agreed = NameTypes.agreed(out.stream().map(Story::entities).toList());
      out.replaceAll(s -> s.withEntities(NameTypes.retyped(s.entities(), agreed)));
      out.sort(Comparator.comparing((Story s) -> s.lastSeen().orElse(Instant.EPOCH)).reversed()
          .thenComparing(Story::id));
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while summarising", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("summarising failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Story story(String id, List<ArticleResult> members, Summarizer summarizer,
      Map<String, String> storylines, Map<String, Instant> breaking, Map<String, List<String>> mergedFrom,
      Map<String, String> outletOf, Set<String> earlierIds) {
    List<ArticleResult> ordered = new ArrayList<>(members);
    ordered.sort(Comparator.comparing((ArticleResult r) -> time(r.article())).thenComparing(ArticleResult::id));
    Map<String, Integer> outletCounts = new LinkedHashMap<>();
    List<SummaryInput> inputs = new ArrayList<>();
    List<StoryQuotes.Quoted> quoted = new ArrayList<>();
    for (ArticleResult r : ordered) {
      Article a = r.article();
      a.outlet().ifPresent(o -> outletCounts.merge(o, 1, Integer::sum));
      inputs.add(new SummaryInput(a.id(), a.outletKey(), time(a), a.title(), a.paragraphs(), r.duplicateOf().isPresent()));
      quoted.add(new StoryQuotes.Quoted(a.id(), a.quotes()));
    }
    List<String> outlets = outletCounts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    StorySummary summary = summarizer.summarize(inputs);
    Optional<Instant> first = ordered.stream().flatMap(r -> r.article().published().stream()).map(p -> p.toInstant())
        .min(Comparator.naturalOrder());
    Optional<Instant> last = ordered.stream().flatMap(r -> r.article().published().stream()).map(p -> p.toInstant())
        .max(Comparator.naturalOrder());
    List<StoryEntity> entities = entities(ordered, summary.sentences());
    List<StoryQuote> quotes = StoryQuotes.withFullNames(
        StoryQuotes.gather(quoted, StoryQuotes.PER_STORY, Pipeline::namesSomeone), entities);
    return new Story(id, summary.headline(), ordered.stream().map(ArticleResult::id).toList(), outlets, first, last,
        summary.sentences(), Optional.ofNullable(storylines.get(id)).or(() -> Optional.of(id)),
        Optional.ofNullable(breaking.get(id)), mergedFrom.getOrDefault(id, List.of()),
        sharedPassages(ordered, outletOf), quotes, entities, summary.outlets(), Figures.compare(inputs),
        Developments.byDay(inputs), KeyPoints.of(inputs, KeyPoints.PER_STORY),
        ordered.stream().map(ArticleResult::id).filter(earlierIds::contains).toList());
  }

  /**
   * A story's names: some of its distinct articles are tagged ({@link #toTag}; a copy names what its original
   * does), the rest are read for the names those gave ({@link StoryEntities.Lexicon}); tagging is the costliest part
   * of a story's summary. Tagged are its first report, then the articles its summary cites (the statements most of
   * its articles carry), then others spread over the story: a big story's first reports are often its run-up (the
   * protests before an embassy opens), the names of the event itself are in the reports the summary draws on, and
   * those of the reactions in its later reports.
   */
  private static List<StoryEntity> entities(List<ArticleResult> ordered, List<SummarySentence> summary) {
    Set<String> toTag = toTag(ordered, summary);
    // What the story writes where names are read: whether "بمصر" is "مصر" with a clitic.
    // Its titles and outlets: a news medium only credited is no name of the story.
    List<String> titles = ordered.stream().map(r -> r.article().title()).toList();
    List<String> outlets = ordered.stream().flatMap(r -> r.article().outlet().stream()).distinct().toList();
    StoryEntities.Written written = StoryEntities.Written.of(() -> heads(ordered), titles, outlets);
    List<StoryEntities.Mentioned> named = new ArrayList<>();
    List<Article> untagged = new ArrayList<>();
    Map<String, List<NamedEntity>> namesOf = new HashMap<>();
    for (ArticleResult r : ordered) {
      List<NamedEntity> names = r.duplicateOf().map(namesOf::get).orElse(null);
      if (names == null && toTag.contains(r.id())) names = names(r.article(), ordered.size() > 1);
      if (names == null) {
        untagged.add(r.article());
      } else {
        namesOf.put(r.id(), names);
        named.add(new StoryEntities.Mentioned(r.id(), names));
      }
    }
    if (!untagged.isEmpty()) {
      StoryEntities.Lexicon lexicon = StoryEntities.Lexicon.of(named, written);
      for (Article a : untagged) {
        named.add(new StoryEntities.Mentioned(a.id(), lexicon.isEmpty() ? List.of() : lexicon.find(entityText(a, true))));
      }
      // In the story's order again, so that each entity lists its articles in that order.
      Map<String, Integer> position = new HashMap<>();
      for (ArticleResult r : ordered) position.put(r.id(), position.size());
      named.sort(Comparator.comparingInt(m -> position.get(m.articleId())));
    }
    return StoryEntities.gather(named, StoryEntities.PER_STORY, written);
  }

  /** The titles and leads of a story's distinct articles, where its names are read. */
  private static List<String> heads(List<ArticleResult> ordered) {
    List<String> heads = new ArrayList<>();
    for (ArticleResult r : ordered) {
      if (r.duplicateOf().isPresent()) continue;
      heads.add(r.article().title());
      int left = TAGGED_LEAD_TOKENS * HEAD_CHARS_PER_TOKEN;
      for (int i = 0; i < r.article().paragraphs().size() && left > 0; i++) {
        String head = head(r.article().paragraphs().get(i), left);
        heads.add(head);
        left -= head.length();
      }
    }
    return heads;
  }

  /**
   * The distinct articles (no copies) {@link #entities} tags, {@link #taggedCount} of them: the first report, the
   * articles the summary cites, then others spread evenly over the story, so that a big story's later reports (the
   * reactions of other capitals, other actors) are read too.
   */
  static Set<String> toTag(List<ArticleResult> ordered, List<SummarySentence> summary) {
    List<String> distinct = new ArrayList<>();
    for (ArticleResult r : ordered) if (r.duplicateOf().isEmpty()) distinct.add(r.id());
    int count = taggedCount(distinct.size());
    Set<String> out = new java.util.LinkedHashSet<>();
    if (!distinct.isEmpty()) out.add(distinct.getFirst());
    Set<String> isDistinct = new HashSet<>(distinct);
    for (SummarySentence s : summary) {
      for (String id : s.articles()) if (out.size() < count && isDistinct.contains(id)) out.add(id);
    }
    List<String> rest = distinct.stream().filter(id -> !out.contains(id)).toList();
    int left = count - out.size();
    for (int k = 0; k < left && k < rest.size(); k++) out.add(rest.get((int) ((long) k * rest.size() / left)));
    return out;
  }

  /**
   * How many of a story's {@code distinct} articles are tagged: all of a story of up to {@link #TAGGED_PER_STORY},
   * then twice the square root of its size, up to {@link #TAGGED_MAX} (a story of 25 articles has 10 tagged, one of
   * 100 or more 20).
   */
  static int taggedCount(int distinct) {
    int count = Math.max(TAGGED_PER_STORY, (int) Math.round(2 * Math.sqrt(distinct)));
    return Math.min(distinct, Math.min(TAGGED_MAX, count));
  }

  /**
   * Whether a quotation's speaker, as an article writes it, is a name (a person, a body, a place) rather than a role
   * or a document ("الوزارة", "البيان", "المدرب"): the entity tagger reads it where a speaker stands ("وقال … إن"). A
   * speaker in another script is taken as named (the Arabic model cannot tell).
   */
  static boolean namesSomeone(String speaker) {
    if (TextNormalizer.arabicLetterRatio(speaker) < 0.5) return true;
    List<String> tokens = new ArrayList<>(SPEAKER_BEFORE);
    List<String> words = NerModel.tokens(speaker);
    tokens.addAll(words);
    tokens.addAll(SPEAKER_AFTER);
    for (NerModel.Mention m : NerModel.bundled().mentions(tokens)) {
      if (m.start() < SPEAKER_BEFORE.size() + words.size() && m.end() > SPEAKER_BEFORE.size()) return true;
    }
    return false;
  }

  private static final List<String> SPEAKER_BEFORE = List.of("وقال");
  private static final List<String> SPEAKER_AFTER = List.of("إن", "الوضع", "صعب", ".");

  /** Tokens of an article's text read for names, at most: the names a story is about come early. */
  static final int TAGGED_LEAD_TOKENS = 40;
  /** Characters per token, at most, of the head of a paragraph read for names (Arabic words average under seven). */
  static final int HEAD_CHARS_PER_TOKEN = 16;

  /** The first {@code max} characters of {@code text} or so, cut after a whole word. */
  static String head(String text, int max) {
    if (text.length() <= max) return text;
    int cut = max;
    while (cut > 0 && !Character.isWhitespace(text.charAt(cut))) cut--;
    return text.substring(0, cut > 0 ? cut : max);
  }

  /** Distinct articles of a small story the entity tagger reads; the others are read for their names. */
  static final int TAGGED_PER_STORY = 5;
  /** Distinct articles of a story the entity tagger reads, at most. */
  static final int TAGGED_MAX = 20;

  /**
   * The names the entity tagger finds in an Arabic article's title and, with {@code lead}, the start of its text (none
   * in an article of another language). A story of one article, most stories of a run, is tagged in its title only:
   * tagging is the costliest part of a story's summary, and a lone article's names matter least.
   */
  static List<NamedEntity> names(Article a, boolean lead) {
    // The tagger knows Arabic only: on other text it calls whole English headlines names.
    if (!a.lang().equals("ar")) return List.of();
    NerModel ner = NerModel.bundled();
    List<NamedEntity> out = new ArrayList<>();
    for (List<String> part : entityText(a, lead)) {
      for (NerModel.Mention m : ner.mentions(part)) out.add(new NamedEntity(m.text(), m.type()));
    }
    return out;
  }

  /**
   * The text read for an article's names, as token lists: its title, then, with {@code lead}, its first paragraphs
   * (after a dateline) up to {@link #TAGGED_LEAD_TOKENS} tokens in all.
   */
  static List<List<String>> entityText(Article a, boolean lead) {
    // Only the head of a paragraph is taken apart: a record's text is often one paragraph of thousands of words.
    List<List<String>> out = new ArrayList<>();
    out.add(NerModel.tokens(a.title()));
    int left = lead ? TAGGED_LEAD_TOKENS : 0;
    for (int i = 0; i < a.paragraphs().size() && left > 0; i++) {
      List<String> tokens = NerModel.tokens(head(a.paragraphs().get(i), left * HEAD_CHARS_PER_TOKEN));
      if (i == 0) tokens = StoryEntities.afterDateline(tokens);
      if (tokens.size() > left) tokens = tokens.subList(0, left);
      out.add(tokens);
      left -= tokens.size();
    }
    return out;
  }

  /**
   * Gathers the members' paragraph provenance by origin: for each article that first carried passages other
   * outlets of this story took, how many paragraphs, and who took them. The origin may lie outside the story (a wire
   * report filed under an earlier story).
   */
  static List<SharedPassage> sharedPassages(List<ArticleResult> ordered, Map<String, String> outletOf) {
    Map<String, Integer> paragraphs = new LinkedHashMap<>();
    Map<String, java.util.LinkedHashSet<String>> carriers = new HashMap<>();
    for (ArticleResult r : ordered) {
      for (Provenance p : r.provenance()) {
        paragraphs.merge(p.firstSeenIn(), 1, Integer::sum);
        carriers.computeIfAbsent(p.firstSeenIn(), k -> new java.util.LinkedHashSet<>()).add(r.id());
      }
    }
    List<SharedPassage> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : paragraphs.entrySet()) {
      List<String> by = List.copyOf(carriers.get(e.getKey()));
      List<String> outlets = by.stream().map(outletOf::get).filter(java.util.Objects::nonNull).distinct().toList();
      out.add(new SharedPassage(e.getKey(), Optional.ofNullable(outletOf.get(e.getKey())), e.getValue(), by, outlets));
    }
    out.sort(Comparator.comparingInt(SharedPassage::paragraphs).reversed().thenComparing(SharedPassage::origin));
    return out;
  }

  /**
   * When each article arrives in the feed: its publication time, or for an undated one the latest time seen so far
   * (the articles are in publication order, undated ones last), counting the latest time an earlier run of the
   * stream saw ({@code start}).
   */
  static List<Instant> arrivalTimes(List<Article> ordered, Optional<Instant> start) {
    Instant clock = start.orElseGet(() -> ordered.stream().flatMap(a -> a.published().stream())
        .map(p -> p.toInstant()).findFirst().orElse(Instant.EPOCH));
    List<Instant> out = new ArrayList<>(ordered.size());
    for (Article a : ordered) {
      Instant time = a.published().map(p -> p.toInstant()).orElse(clock);
      if (time.isAfter(clock)) clock = time;
      out.add(time);
    }
    return out;
  }

  /**
   * The title, or for a page without one (live pages, wire copy pasted without its headline) the first sentence of
   * the lead, which in news writing states the event as a headline would, without its dateline ("القاهرة (رويترز) -").
   */
  static String headlineOrLead(Article a) {
    if (!a.title().isBlank() || a.paragraphs().isEmpty()) return a.title();
    List<String> sentences = org.naba.summary.Sentences.withoutDateline(a.paragraphs().get(0));
    return sentences.isEmpty() ? "" : sentences.get(0);
  }

  private static Instant time(Article a) {
    return a.published().map(p -> p.toInstant()).orElse(Instant.MAX);
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
