package org.naba.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.naba.model.ArticleResult;

/**
 * Full-text search over a run's articles, a Lucene index in {@code <dir>/index/}. SQLite's FTS5 splits Arabic
 * words at harakat and keeps hamza forms apart, so search goes through Lucene with {@link ArabicSearchAnalyzer}
 * (normalisation plus light stemming) on title and text.
 *
 * <p>The index keeps an article's id and title, and inverts its text without storing it: the run's store already
 * holds every article whole, so a hit's story and the text its snippet is cut from are read from there, through the
 * {@link Source} the index is opened with, and the index is spared compressing every text a second time.
 * An index written by an older Naba, which stored text and story as well, is read the same way.
 *
 * <p>Queries use Lucene's {@link SimpleQueryParser}, which never throws on user input: words must all match
 * (AND), {@code "…"} is a phrase, {@code -word} excludes, {@code a | b} is either, {@code word*} is a prefix (that also
 * finds the word itself); {@code AND}, {@code OR} and {@code NOT} in capitals are read as those ({@link
 * #withOperators}).
 * A title match weighs double. A word also finds its other forms: the spellings outlets wrote the name it is a word of
 * in ({@link Spellings}), and the word without a proclitic the light stemmer leaves on.
 *
 * <p>An opened index is immutable and {@link #search} is thread-safe.
 */
public final class SearchIndex implements AutoCloseable {
  /** The index directory's name inside a run directory. */
  public static final String DIR_NAME = "index";

  /** The longest query searched; longer input is cut, which keeps a query well under Lucene's clause limit. */
  public static final int MAX_QUERY_CHARS = 256;

  /** The largest {@code limit} accepted. */
  public static final int MAX_LIMIT = 1000;

  private static final String ID = "id";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  /** The article's outlet, as a term (not stored): search narrowed to an outlet. */
  private static final String OUTLET = "outlet";
  /** The article's publication time in epoch milliseconds, a point and a doc value: search by days, newest first. */
  private static final String PUBLISHED = "published";
  /** The stored fields a hit reads (an older index also stored text and story, which are left unread). */
  private static final Set<String> FIELDS = Set.of(ID, TITLE);
  private static final int SNIPPET_CHARS = 240;
  private static final int SNIPPET_LEAD = 80;

  private static final Analyzer ANALYZER = new ArabicSearchAnalyzer();

  /** What search reads from the run's store for a hit: the article's story and text. */
  public record Stored(String story, String text) {
    public Stored {
      Objects.requireNonNull(story, "story");
      Objects.requireNonNull(text, "text");
    }
  }

  /** The run's articles by id ({@link RunStore#searchable}); empty for an id the store does not hold. */
  @FunctionalInterface
  public interface Source {
    Optional<Stored> article(String id);
  }

  /**
   * The other spellings of a word of the run's names ({@link RunStore#spellingsOf}): outlets write one name several
   * ways ("بوتين", "بوتن"), and a search for one finds them all.
   */
  @FunctionalInterface
  public interface Spellings {
    /** None: a search finds the spelling typed. */
    Spellings NONE = word -> List.of();

    /** The other spellings of a folded word; empty for a word of no name. */
    List<String> of(String word);
  }

  /** One-letter proclitics Lucene's light stemmer leaves on a word: bi- (in, by), li- (for), ka- (like), fa- (so). */
  private static final String PROCLITICS = "\u0628\u0644\u0643\u0641";
  /** Letters a word must have for its first to be read as a proclitic. */
  private static final int MIN_PROCLITIC_WORD = 4;
  /** How many times more often than the whole word the index must hold its rest for a proclitic to come off. */
  private static final int PROCLITIC_RATIO = 5;

  /** Weight of a word's other spellings against the spelling typed, which ranks first where both are found. */
  private static final float OTHER_SPELLING_WEIGHT = 0.8f;

  private final Path path;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Source source;
  private final Spellings spellings;
  /** Whether the index holds outlets and times (its commit is marked so): read once, when it is opened. */
  private final boolean filters;

  private SearchIndex(Path path, Directory directory, DirectoryReader reader, Source source, Spellings spellings,
      boolean filters) {
    this.path = path;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.source = source;
    this.spellings = spellings;
    this.filters = filters;
  }

  /** Builds (or rebuilds from scratch) the index of a run's articles in {@code <dir>/index/}. */
  public static void build(Path dir, Collection<ArticleResult> articles) {
    try (Writer w = writer(dir)) {
      for (ArticleResult r : articles) {
        w.add(r.id(), r.article().title(), r.article().text(), r.article().outlet(),
            r.article().published().map(OffsetDateTime::toInstant));
      }
      w.commit();
    }
  }

  /**
   * Starts (or restarts from scratch) the index of a run in {@code <dir>/index/}. A run adds its articles as soon
   * as they are clean and in publication order: the index does not depend on the stories, so all of its cost
   * (analysis and inversion of every text) overlaps the later stages.
   */
  public static Writer writer(Path dir) {
    return new Writer(dir.resolve(DIR_NAME));
  }

  /**
   * Writes an index: {@link #add} each article (from one thread, in the run's order, so document order, which
   * breaks score ties, is the same on every run), then {@link #commit}. Closing without a commit leaves no index
   * behind that a reader could mistake for a whole one.
   */
  public static final class Writer implements AutoCloseable {
    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private boolean committed;

    private Writer(Path path) {
      this.path = path;
      // A RAM buffer that flushes few segments (too few to call for merges); the run flushes the last one itself
      // when it has added every article. No compound file, which would copy every byte once more.
      IndexWriterConfig config = new IndexWriterConfig(ANALYZER).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setRAMBufferSizeMB(64).setUseCompoundFile(false);
      config.getMergePolicy().setNoCFSRatio(0.0);
      Directory d = null;
      try {
        d = FSDirectory.open(Files.createDirectories(path));
        this.writer = new IndexWriter(d, config);
        this.directory = d;
      } catch (IOException | RuntimeException e) {
        closeQuietly(d, e);
        throw e instanceof IOException io ? new StoreException(path, "cannot create the search index", io)
            : (RuntimeException) e;
      }
    }

    /**
     * Adds an article. Its text is searched, not stored: search reads it from the run's store. Its outlet and time,
     * where known, narrow and order a search ({@link Filter}).
     */
    public void add(String id, String title, String text, Optional<String> outlet, Optional<Instant> published) {
      Document doc = new Document();
      doc.add(new StringField(ID, id, Field.Store.YES));
      doc.add(new TextField(TITLE, title, Field.Store.YES));
      doc.add(new TextField(TEXT, text, Field.Store.NO));
      outlet.ifPresent(o -> doc.add(new StringField(OUTLET, o, Field.Store.NO)));
      published.ifPresent(t -> doc.add(new LongField(PUBLISHED, t.toEpochMilli(), Field.Store.NO)));
      try {
        writer.addDocument(doc);
      } catch (IOException e) {
        throw new StoreException(path, "cannot add to the search index", e);
      }
    }

    /**
     * Adds every document of another run's index, as that index holds them, without analysing their texts again (its
     * segments are copied): a resumed run's index takes the earlier run's articles this way, and {@link #delete}s
     * those of the stories it does not carry. Returns false, having added nothing, when {@code runDir} has no index,
     * one of another layout (an older Naba's), one that cannot be locked for the copy (another writer holds it, or its
     * directory is read-only), or a damaged one: the caller then adds the articles it carries itself.
     */
    public boolean addFrom(Path runDir) {
      Path other = runDir.resolve(DIR_NAME);
      if (!Files.isDirectory(other)) return false;
      try (Directory d = FSDirectory.open(other)) {
        if (!DirectoryReader.indexExists(d)) return false;
        try (DirectoryReader reader = DirectoryReader.open(d)) {
          if (!LAYOUT_VERSION.equals(reader.getIndexCommit().getUserData().get(LAYOUT))) return false;
        }
        // Adds all of its segments or none.
        writer.addIndexes(d);
        return true;
      } catch (LockObtainFailedException e) {
        return false; // another writer holds it, or its directory is read-only
      } catch (IOException e) {
        return false; // damaged: the articles are analysed again, and nothing is lost
      }
    }

    /** Deletes the documents of these articles, of those added so far. */
    public void delete(Collection<String> ids) {
      if (ids.isEmpty()) return;
      try {
        writer.deleteDocuments(ids.stream().map(id -> new Term(ID, id)).toArray(Term[]::new));
      } catch (IOException e) {
        throw new StoreException(path, "cannot delete from the search index", e);
      }
    }

    /**
     * Writes what is buffered as a segment, still invisible to readers: a run calls this once its articles are all
     * added, beside its later stages, so that {@link #commit} at the end has little left to write.
     */
    public void flush() {
      try {
        writer.flush();
      } catch (IOException e) {
        throw new StoreException(path, "cannot write the search index", e);
      }
    }

    /** Makes the index durable and visible to {@link #open}. */
    public void commit() {
      try {
        writer.setLiveCommitData(Map.of(FILTERS, "outlet,published", LAYOUT, LAYOUT_VERSION).entrySet());
        writer.commit();
        committed = true;
      } catch (IOException e) {
        throw new StoreException(path, "cannot write the search index", e);
      }
    }

    @Override
    public void close() {
      try {
        try {
          if (committed) writer.close();
          else writer.rollback();
        } finally {
          directory.close();
        }
      } catch (IOException e) {
        throw new StoreException(path, "cannot close the search index", e);
      }
    }

    private static void closeQuietly(Directory d, Exception cause) {
      if (d == null) return;
      try {
        d.close();
      } catch (IOException suppressed) {
        cause.addSuppressed(suppressed);
      }
    }
  }

  /**
   * Opens the index of a run, whose hits take their story and text from {@code source} (the run's store).
   *
   * @throws IllegalStateException when {@code dir} holds no index
   */
  public static SearchIndex open(Path dir, Source source) {
    return open(dir, source, Spellings.NONE);
  }

  /**
   * Opens the index of a run, whose hits take their story and text from {@code source} and whose queries also find
   * the other {@code spellings} of each word.
   *
   * @throws IllegalStateException when {@code dir} holds no index
   */
  public static SearchIndex open(Path dir, Source source, Spellings spellings) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(spellings, "spellings");
    Path path = dir.resolve(DIR_NAME);
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException("no search index at " + path);
    }
    try {
      Directory d = FSDirectory.open(path);
      try {
        if (!DirectoryReader.indexExists(d)) throw new IllegalStateException("no search index at " + path);
        DirectoryReader reader = DirectoryReader.open(d);
        try {
          boolean filters = reader.getIndexCommit().getUserData().containsKey(FILTERS);
          return new SearchIndex(path, d, reader, source, spellings, filters);
        } catch (IOException | RuntimeException e) {
          reader.close();
          throw e;
        }
      } catch (IOException | RuntimeException e) {
        d.close();
        throw e;
      }
    } catch (IOException e) {
      throw new StoreException(path, "cannot open the search index", e);
    }
  }

  /** Whether {@code dir} has an index to {@link #open}. */
  public static boolean exists(Path dir) {
    return Files.isDirectory(dir.resolve(DIR_NAME));
  }

  /** Number of articles indexed. */
  public int size() {
    return reader.numDocs();
  }

  /**
   * What a search found: the hits, best first, and the words of the query it also searched in other forms, each with
   * those forms (the {@link Spellings} the index was opened with, the word without its proclitic), in the query's
   * order: what a reader is told was searched as well.
   */
  public record Found(List<SearchHit> hits, Map<String, List<String>> forms) {
    public Found {
      hits = List.copyOf(hits);
      forms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(forms));
    }
  }

  /**
   * What a search is narrowed to and how its hits are ordered.
   *
   * @param outlet only articles of this outlet
   * @param from only articles published on this day (UTC) or later
   * @param to only articles published on this day (UTC) or earlier; with a day bound, undated articles are left out
   * @param newestFirst hits newest first (undated last) instead of best first
   */
  public record Filter(Optional<String> outlet, Optional<LocalDate> from, Optional<LocalDate> to,
      boolean newestFirst) {
    /** Every article, best first. */
    public static final Filter NONE = new Filter(Optional.empty(), Optional.empty(), Optional.empty(), false);

    public Filter {
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
        throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
      }
    }

    /** Whether the search is narrowed (by outlet or days). */
    public boolean narrows() {
      return outlet.isPresent() || from.isPresent() || to.isPresent();
    }
  }

  /**
   * Whether this index can narrow a search by outlet and days and order it by time: an index written before Naba
   * indexed outlets and times cannot (its run must be run again).
   */
  public boolean filters() {
    return filters;
  }

  /** The commit data key an index that holds outlets and times is marked with. */
  private static final String FILTERS = "naba.filters";

  /**
   * The commit data key of the layout of an index's documents: its fields and their analysis. An index of another
   * layout (or none: written before Naba marked it) cannot lend its documents to another ({@link Writer#addFrom}).
   */
  private static final String LAYOUT = "naba.layout";

  /** This Naba's layout; a change to the fields or the analysis of {@link Writer#add} changes it. */
  private static final String LAYOUT_VERSION = "1";

  /**
   * The best-scoring articles for a query, best first; empty for a blank query or one of stop words only.
   *
   * @param limit at most this many hits, in [1, {@value #MAX_LIMIT}]
   */
  public List<SearchHit> search(String query, int limit) {
    return find(query, limit).hits();
  }

  /**
   * As {@link #search}, with the other forms of its words the query searched (the query is parsed once).
   *
   * @param limit at most this many hits, in [1, {@value #MAX_LIMIT}]
   */
  public Found find(String query, int limit) {
    return find(query, limit, Filter.NONE);
  }

  /**
   * As {@link #find(String, int)}, narrowed and ordered by {@code filter}.
   *
   * @throws IllegalStateException when the filter narrows or orders by time and this index cannot ({@link #filters})
   */
  public Found find(String query, int limit, Filter filter) {
    if ((filter.narrows() || filter.newestFirst()) && !filters()) {
      throw new IllegalStateException("the search index at " + path + " holds no outlets or times (written by an "
          + "older Naba): run naba run again to search by outlet, day or time");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit " + limit + " is outside [1, " + MAX_LIMIT + "]");
    }
    String q = query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
    if (q.isBlank()) return new Found(List.of(), Map.of());
    QueryParser parser = new QueryParser(spellings, this::docFreq);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query parsed = parser.parse(withOperators(q));
    if (parsed == null) return new Found(List.of(), parser.expanded);
    Set<String> textTerms = termsOf(parsed, TEXT);
    try {
      Query narrowed = narrowed(parsed, filter);
      ScoreDoc[] docs = filter.newestFirst()
          ? searcher.search(narrowed, limit, NEWEST_FIRST, true).scoreDocs
          : searcher.search(narrowed, limit).scoreDocs;
      StoredFields stored = searcher.storedFields();
      List<SearchHit> hits = new ArrayList<>(docs.length);
      for (ScoreDoc sd : docs) {
        Document doc = stored.document(sd.doc, FIELDS);
        String id = doc.get(ID);
        Optional<Stored> article = source.article(id);
        hits.add(new SearchHit(id, article.map(Stored::story).orElse(""), doc.get(TITLE), sd.score,
            snippet(article.map(Stored::text).orElse(""), textTerms, parser.prefixes)));
      }
      return new Found(hits, parser.expanded);
    } catch (IOException e) {
      throw new StoreException(path, "cannot search the index", e);
    }
  }

  /** Newest first, undated articles last, ties in index order. */
  private static final Sort NEWEST_FIRST = new Sort(
      LongField.newSortField(PUBLISHED, true, SortedNumericSelector.Type.MIN, Long.MIN_VALUE), SortField.FIELD_DOC);

  /** The query within the filter's outlet and days (days in UTC, both ends whole). */
  private static Query narrowed(Query query, Filter filter) {
    if (!filter.narrows()) return query;
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    filter.outlet().ifPresent(o -> b.add(new TermQuery(new Term(OUTLET, o)), BooleanClause.Occur.FILTER));
    if (filter.from().isPresent() || filter.to().isPresent()) {
      long lo = filter.from().map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()).orElse(Long.MIN_VALUE);
      long hi = filter.to().map(d -> d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1)
          .orElse(Long.MAX_VALUE);
      b.add(LongField.newRangeQuery(PUBLISHED, lo, hi), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /**
   * The query with the operators people type as words given as the parser's signs, outside quotes: {@code OR} between
   * two words is {@code |}, {@code NOT} before one is {@code -}, and {@code AND}, what words are anyway, goes
   * ("ترامب AND بوتين", "ترامب OR ترمب", "سوريا NOT روسيا"). Only in capitals, so that "and" or "not" in an English
   * phrase stays a word.
   */
  static String withOperators(String q) {
    if (!q.contains("AND") && !q.contains("OR") && !q.contains("NOT")) return q;
    StringBuilder out = new StringBuilder(q.length());
    boolean quoted = false;
    int i = 0;
    while (i < q.length()) {
      char c = q.charAt(i);
      if (c == '"') quoted = !quoted;
      if (!quoted && (i == 0 || Character.isWhitespace(q.charAt(i - 1)))) {
        int end = i;
        while (end < q.length() && !Character.isWhitespace(q.charAt(end))) end++;
        String word = q.substring(i, end);
        if (word.equals("AND") || word.equals("OR") || word.equals("NOT")) {
          out.append(word.equals("OR") ? "|" : word.equals("NOT") ? "-" : "");
          i = end;
          // NOT binds to the next word: no space between the sign and it.
          if (word.equals("NOT")) while (i < q.length() && Character.isWhitespace(q.charAt(i))) i++;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static final class QueryParser extends SimpleQueryParser {
    private static final Map<String, Float> WEIGHTS = Map.of(TITLE, 2f, TEXT, 1f);
    final Set<String> prefixes = new HashSet<>();
    final Map<String, List<String>> expanded = new LinkedHashMap<>();
    private final Spellings spellings;
    private final ToIntFunction<String> docFreq;

    /** {@code docFreq}: how many articles' texts hold an analysed term. */
    QueryParser(Spellings spellings, ToIntFunction<String> docFreq) {
      super(ANALYZER, WEIGHTS);
      this.spellings = spellings;
      this.docFreq = docFreq;
    }

    /**
     * A word, and as synonyms of it ({@link SynonymQuery}: scored as one term, so that a rarer form does not outrank
     * the one typed by its rarity alone) its other spellings, and the word without a one-letter proclitic that the
     * light stemmer leaves on ("بمصر", in Egypt; "لسوريا", for Syria) when the index holds the rest far more often
     * than the whole: a name does not open with a proclitic the way "لبنان" or "بريطانيا" open with their letters,
     * and their rests ("بنان", "ريطانيا") are rarely words.
     */
    @Override
    protected Query newDefaultQuery(String text) {
      Query own = super.newDefaultQuery(text);
      if (own == null) return null;
      List<String> stem = analysed(text);
      if (stem.size() != 1) return own;
      Set<String> otherStems = new LinkedHashSet<>();
      List<String> found = new ArrayList<>();
      String folded = ANALYZER.normalize(TEXT, text).utf8ToString();
      for (String other : spellings.of(folded)) {
        List<String> s = analysed(other);
        if (s.size() == 1 && !s.getFirst().equals(stem.getFirst()) && otherStems.add(s.getFirst())) found.add(other);
      }
      if (folded.length() >= MIN_PROCLITIC_WORD && PROCLITICS.indexOf(folded.charAt(0)) >= 0) {
        List<String> rest = analysed(folded.substring(1));
        if (rest.size() == 1 && !rest.getFirst().equals(stem.getFirst())
            && docFreq.applyAsInt(rest.getFirst()) >= PROCLITIC_RATIO * Math.max(1, docFreq.applyAsInt(stem.getFirst()))
            && otherStems.add(rest.getFirst())) {
          found.add(folded.substring(1));
        }
      }
      if (otherStems.isEmpty()) return own;
      expanded.put(text, found);
      BooleanQuery.Builder fields = new BooleanQuery.Builder();
      WEIGHTS.forEach((field, weight) -> {
        SynonymQuery.Builder same = new SynonymQuery.Builder(field).addTerm(new Term(field, stem.getFirst()));
        for (String s : otherStems) same.addTerm(new Term(field, s), OTHER_SPELLING_WEIGHT);
        fields.add(new BoostQuery(same.build(), weight), BooleanClause.Occur.SHOULD);
      });
      return fields.build();
    }

    @Override
    protected Query newPrefixQuery(String text) {
      Query prefix = super.newPrefixQuery(text);
      String folded = ANALYZER.normalize(TEXT, text).utf8ToString();
      if (!folded.isEmpty()) prefixes.add(folded); // "*" alone opens every word: nothing to mark
      List<String> stems = analysed(text);
      if (stems.size() != 1 || stems.getFirst().equals(folded)) return prefix;
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      either.add(prefix, BooleanClause.Occur.SHOULD);
      WEIGHTS.forEach((field, weight) -> either.add(
          new BoostQuery(new TermQuery(new Term(field, stems.getFirst())), weight), BooleanClause.Occur.SHOULD));
      return either.build();
    }

    private static List<String> analysed(String text) {
      List<String> out = new ArrayList<>();
      try (TokenStream ts = ANALYZER.tokenStream(TEXT, text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) out.add(term.toString());
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringReader cannot fail
      }
      return out;
    }
  }

  /** How many articles' texts hold an analysed term. */
  private int docFreq(String term) {
    try {
      return reader.docFreq(new Term(TEXT, term));
    } catch (IOException e) {
      throw new StoreException(path, "cannot read the search index", e);
    }
  }

  private static Set<String> termsOf(Query query, String field) {
    Set<Term> terms = new HashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    Set<String> out = new HashSet<>();
    for (Term t : terms) if (t.field().equals(field)) out.add(t.text());
    return out;
  }

  /**
   * A window of about {@value #SNIPPET_CHARS} characters starting a little before the first match (the opening
   * of the text when only the title matched), cut at spaces, with each matching word as its own part. Matches are
   * found by running the text through the same analyzer, so a stemmed or folded match is marked as the word it is
   * in the text; so is a word whose analysed form opens with one of {@code prefixes}.
   */
  static List<SearchHit.Part> snippet(String text, Set<String> terms, Set<String> prefixes) {
    String flat = text.replace('\n', ' ');
    List<int[]> matches = new ArrayList<>();
    if (!terms.isEmpty() || !prefixes.isEmpty()) {
      try (TokenStream ts = ANALYZER.tokenStream(TEXT, flat)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          String t = term.toString();
          if (terms.contains(t) || prefixes.stream().anyMatch(t::startsWith)) {
            matches.add(new int[] {offset.startOffset(), offset.endOffset()});
          }
        }
        ts.end();
      } catch (IOException e) {
        // A StringReader cannot fail; this would be a bug in the analyzer chain.
        throw new UncheckedIOException(e);
      }
    }
    int start = matches.isEmpty() ? 0 : Math.max(0, matches.get(0)[0] - SNIPPET_LEAD);
    if (start > 0) {
      int space = flat.indexOf(' ', start);
      start = space < 0 || space >= matches.get(0)[0] ? start : space + 1;
    }
    int end = Math.min(flat.length(), start + SNIPPET_CHARS);
    if (end < flat.length()) {
      int space = flat.lastIndexOf(' ', end);
      if (space > start) end = space;
    }
    List<SearchHit.Part> parts = new ArrayList<>();
    if (start > 0) parts.add(new SearchHit.Part("… ", false));
    int at = start;
    for (int[] m : matches) {
      if (m[0] < at || m[1] > end) continue;
      if (m[0] > at) parts.add(new SearchHit.Part(flat.substring(at, m[0]), false));
      parts.add(new SearchHit.Part(flat.substring(m[0], m[1]), true));
      at = m[1];
    }
    if (at < end) parts.add(new SearchHit.Part(flat.substring(at, end), false));
    if (end < flat.length()) parts.add(new SearchHit.Part(" …", false));
    return parts;
  }

  @Override
  public void close() {
    try {
      // Both are closed even when the first close fails (IOUtils-style), the reader first: it holds the files.
      try {
        reader.close();
      } finally {
        directory.close();
      }
    } catch (IOException e) {
      throw new StoreException(path, "cannot close the search index", e);
    }
  }
}
