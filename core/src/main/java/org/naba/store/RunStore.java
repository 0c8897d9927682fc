package org.naba.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import org.naba.model.ArticleResult;
import org.naba.model.Story;
import org.naba.model.StoryEntity;
import org.naba.text.TextNormalizer;
import org.sqlite.SQLiteConfig;

/**
 * The embedded store of one run: its articles and stories in {@code <dir>/naba.db} (SQLite), for the web UI and
 * the REST API to page through a run without loading it into memory.
 *
 * <p>Each article and story is kept as the exact JSON {@link JsonMapping} produces, so the API serves the public
 * shape byte-for-byte; beside it sit the few scalar columns that listing and ordering need (story, outlet,
 * publication and last-seen times as epoch milliseconds, because ISO strings with varying fractions and offsets do
 * not sort as text). The schema version is kept in {@code PRAGMA user_version}; a store of another version is
 * refused rather than misread (versions 1 to 3 are still read: version 3 lacks the table of names' spellings, so
 * that search finds only the spelling typed, version 2 also the table of stories' names, whose filter then finds no
 * story, and version 1 the state tables too).
 *
 * <p>Beside the public output, the store keeps what a later run needs to resume this one ({@code naba run --resume}):
 * named pieces of stage state, bytes the stage itself writes and reads, split into chunks each checked by a CRC-32.
 *
 * <p>A store from {@link #create} is writable and readable, through one JDBC connection whose users take turns. One
 * from {@link #open} is read-only, and its readers query at once, each on a connection of its own ({@link
 * ReadConnections}): the web server answers a request for a big story's page while another waits on a search.
 */
public final class RunStore implements AutoCloseable {
  /** The file name inside a run directory. */
  public static final String FILE_NAME = "naba.db";

  static final int SCHEMA_VERSION = 4;

  /** The oldest schema version still read: version 1 lacks the state tables, versions 1 and 2 the names table. */
  static final int OLDEST_READ_VERSION = 1;

  /** State is stored in chunks of at most this many bytes (SQLite handles large blobs best in pieces). */
  static final int STATE_CHUNK_BYTES = 4 << 20;

  private static final List<String> SCHEMA = List.of(
      """
      CREATE TABLE article (
        id TEXT PRIMARY KEY,
        story TEXT NOT NULL,
        outlet TEXT,
        published_ms INTEGER,
        json TEXT NOT NULL)""",
      "CREATE INDEX article_story ON article (story, published_ms)",
      "CREATE INDEX article_outlet ON article (outlet)",
      """
      CREATE TABLE story (
        id TEXT PRIMARY KEY,
        headline TEXT NOT NULL,
        outlets TEXT NOT NULL,
        article_count INTEGER NOT NULL,
        first_seen_ms INTEGER,
        last_seen_ms INTEGER,
        storyline TEXT,
        breaking_ms INTEGER,
        names TEXT,
        json TEXT NOT NULL)""",
      "CREATE INDEX story_recency ON story (last_seen_ms DESC, id)",
      // The widest coverage first (StoryOrder.LARGEST, and the min_outlets filter): a page is read from the index
      // instead of sorting every story (a store written before it has none, and is sorted).
      "CREATE INDEX story_reach ON story (json_array_length(outlets) DESC, article_count DESC, last_seen_ms DESC, id)",
      "CREATE INDEX story_storyline ON story (storyline, first_seen_ms)",
      "CREATE TABLE story_outlet (outlet TEXT NOT NULL, story TEXT NOT NULL, PRIMARY KEY (outlet, story))"
          + " WITHOUT ROWID",
      // Every spelling of every name a story lists, folded (StoryFilter#entity).
      "CREATE TABLE story_entity (name TEXT NOT NULL, story TEXT NOT NULL, PRIMARY KEY (name, story)) WITHOUT ROWID",
      // The other spellings of a word of a name: the word folded, the other as written (search finds them all).
      "CREATE TABLE spelling (word TEXT NOT NULL, other TEXT NOT NULL, PRIMARY KEY (word, other)) WITHOUT ROWID",
      "CREATE TABLE run_info (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)",
      "CREATE TABLE state (name TEXT PRIMARY KEY, bytes INTEGER NOT NULL, chunks INTEGER NOT NULL)",
      """
      CREATE TABLE state_chunk (
        name TEXT NOT NULL,
        seq INTEGER NOT NULL,
        crc INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (name, seq))""",
      "PRAGMA user_version = " + SCHEMA_VERSION);

  private final Path file;
  /** The store's own connection: every write, the state, and every read of a writable store. */
  private final Connection db;
  private final int version;
  /** Connections of concurrent readers, for a read-only store; null for a writable one. */
  private final ReadConnections readers;
  /**
   * Counts a read-only store has answered, by what was counted: its rows never change, and a reader paging through
   * a list asks for the same count on every page (a storyline count groups every story of the run).
   */
  private final Map<Object, Integer> counts = new ConcurrentHashMap<>();

  /** Counts kept at most; past that, counts are answered without keeping them. */
  private static final int MAX_COUNTS = 1024;
  /** The outlets of a read-only store, once read. */
  private volatile Map<String, Integer> outlets;

  private RunStore(Path file, Connection db, int version, ReadConnections readers) {
    this.file = file;
    this.db = db;
    this.version = version;
    this.readers = readers;
  }

  /**
   * Connections a read-only store opens for readers at most: a request thread of the web server each, up to twice
   * the cores (a reader also waits on the disk), at least two.
   */
  static final int MAX_READERS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

  /**
   * Creates the store of a run in {@code dir} (created if missing). An existing {@code naba.db} is replaced: a
   * run's store is written whole, and keeping rows of an earlier run would mix two runs.
   */
  public static RunStore create(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dir);
      for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
        Files.deleteIfExists(dir.resolve(FILE_NAME + suffix));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + file, e);
    }
    try {
      // A run's store is written whole, once: should the machine fail meanwhile, the run is redone. So SQLite does
      // not wait for the disk after each transaction (the run's other files are written the same way).
      SQLiteConfig config = new SQLiteConfig();
      config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
      Connection db = config.createConnection(url(file));
      try (Statement st = db.createStatement()) {
        for (String sql : SCHEMA) st.execute(sql);
      } catch (SQLException e) {
        db.close();
        throw e;
      }
      return new RunStore(file, db, SCHEMA_VERSION, null);
    } catch (SQLException e) {
      throw new StoreException(file, "cannot create the store", e);
    }
  }

  /**
   * Opens the store of a run read-only.
   *
   * @throws IllegalStateException when {@code dir} holds no store, or one of another schema version
   */
  public static RunStore open(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no Naba store at " + file + " (is " + dir + " the output directory of a run?)");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    Connection db;
    int version;
    try {
      db = config.createConnection(url(file));
      try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
        version = rs.next() ? rs.getInt(1) : 0;
      } catch (SQLException e) {
        db.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(file, "cannot open the store", e);
    }
    if (version < OLDEST_READ_VERSION || version > SCHEMA_VERSION) {
      try {
        db.close();
      } catch (SQLException e) {
        throw new StoreException(file, "cannot close the store", e);
      }
      throw new IllegalStateException(
          "the store at " + file + " has schema version " + version + "; this Naba reads versions "
              + OLDEST_READ_VERSION + " to " + SCHEMA_VERSION);
    }
    return new RunStore(file, db, version, new ReadConnections(() -> config.createConnection(url(file)), MAX_READERS));
  }

  private static String url(Path file) {
    return "jdbc:sqlite:" + file.toAbsolutePath();
  }

  /** The database file, for messages. */
  public Path file() {
    return file;
  }

  /** Adds (or replaces, by id) articles, in one transaction. */
  public synchronized void putArticles(Collection<ArticleResult> articles) {
    putArticles(List.copyOf(articles), articles.stream().map(r -> JsonMapping.line(JsonMapping.article(r))).toList());
  }

  /**
   * Adds (or replaces, by id) articles, in one transaction, with their JSON already written by the caller (a run
   * writes each article's {@link JsonMapping#article} line once, for {@code articles.jsonl} and for the store).
   *
   * @param json the {@link JsonMapping#article} line of each article, in the same order
   */
  public synchronized void putArticles(List<ArticleResult> articles, List<String> json) {
    if (articles.size() != json.size()) {
      throw new IllegalArgumentException(articles.size() + " articles but " + json.size() + " JSON lines");
    }
    String sql = "INSERT OR REPLACE INTO article (id, story, outlet, published_ms, json) VALUES (?, ?, ?, ?, ?)";
    inTransaction("write articles", () -> {
      try (PreparedStatement ps = db.prepareStatement(sql)) {
        for (int i = 0; i < articles.size(); i++) {
          ArticleResult r = articles.get(i);
          ps.setString(1, r.id());
          ps.setString(2, r.story());
          setOptional(ps, 3, r.article().outlet());
          setMillis(ps, 4, r.article().published().map(t -> t.toInstant()));
          ps.setString(5, json.get(i));
          ps.addBatch();
        }
        ps.executeBatch();
      }
    });
  }

  /** Adds (or replaces, by id) stories, in one transaction. */
  public synchronized void putStories(Collection<Story> stories) {
    putStories(List.copyOf(stories), stories.stream().map(st -> JsonMapping.line(JsonMapping.story(st))).toList());
  }

  /** Stores stories whose JSON lines (as in stories.jsonl) are already built, {@code json.get(i)} for the i-th. */
  public synchronized void putStories(List<Story> stories, List<String> json) {
    if (stories.size() != json.size()) {
      throw new IllegalArgumentException(stories.size() + " stories but " + json.size() + " JSON lines");
    }
    String sql = "INSERT OR REPLACE INTO story (id, headline, outlets, article_count, first_seen_ms, last_seen_ms,"
        + " storyline, breaking_ms, names, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    inTransaction("write stories", () -> {
      try (PreparedStatement ps = db.prepareStatement(sql);
          PreparedStatement unlink = db.prepareStatement("DELETE FROM story_outlet WHERE story = ?");
          PreparedStatement link = db.prepareStatement("INSERT OR IGNORE INTO story_outlet VALUES (?, ?)");
          PreparedStatement unname = db.prepareStatement("DELETE FROM story_entity WHERE story = ?");
          PreparedStatement name = db.prepareStatement("INSERT OR IGNORE INTO story_entity VALUES (?, ?)");
          PreparedStatement held = db.prepareStatement("SELECT 1 FROM story WHERE id = ?")) {
        for (int i = 0; i < stories.size(); i++) {
          Story s = stories.get(i);
          ps.setString(1, s.id());
          ps.setString(2, s.headline());
          ps.setString(3, JsonMapping.line(JsonMapping.mapper().valueToTree(s.outlets())));
          ps.setInt(4, s.articles().size());
          setMillis(ps, 5, s.firstSeen());
          setMillis(ps, 6, s.lastSeen());
          setOptional(ps, 7, s.storyline());
          setMillis(ps, 8, s.breaking());
          ps.setString(9, JsonMapping.line(JsonMapping.mapper().valueToTree(
              s.entities().stream().limit(LISTED_NAMES).map(StoryEntity::name).toList())));
          ps.setString(10, json.get(i));
          ps.addBatch();
          // A story stored before may have lost an outlet or a name: its links go first. (Those tables are keyed by
          // outlet and name, so a story's links are found by a scan: a new story, the usual case, skips it.)
          held.setString(1, s.id());
          boolean replaced;
          try (ResultSet rs = held.executeQuery()) {
            replaced = rs.next();
          }
          if (replaced) {
            unlink.setString(1, s.id());
            unlink.addBatch();
            unname.setString(1, s.id());
            unname.addBatch();
          }
          for (String outlet : s.outlets()) {
            link.setString(1, outlet);
            link.setString(2, s.id());
            link.addBatch();
          }
          for (StoryEntity e : s.entities()) {
            for (String spelling : e.variants()) {
              name.setString(1, TextNormalizer.normalize(spelling.strip()));
              name.setString(2, s.id());
              name.addBatch();
            }
          }
        }
        // Unlink before linking: a replaced story may have lost an outlet or a name.
        ps.executeBatch();
        unlink.executeBatch();
        link.executeBatch();
        unname.executeBatch();
        name.executeBatch();
      }
    });
  }

  /**
   * Stores the other spellings of words of the run's names ({@code word}, folded as {@link TextNormalizer} folds →
   * its others, as written), adding to those stored.
   */
  public synchronized void putSpellings(Map<String, ? extends Collection<String>> spellings) {
    inTransaction("write spellings", () -> {
      try (PreparedStatement ps = db.prepareStatement("INSERT OR IGNORE INTO spelling VALUES (?, ?)")) {
        for (Map.Entry<String, ? extends Collection<String>> e : spellings.entrySet()) {
          for (String other : e.getValue()) {
            ps.setString(1, e.getKey());
            ps.setString(2, other);
            ps.addBatch();
          }
        }
        ps.executeBatch();
      }
    });
  }

  /** The other spellings of a word of the run's names, as written, in order; none in a store older than version 4. */
  public List<String> spellingsOf(String word) {
    if (version < 4) return List.of();
    return query("read spellings", "SELECT other FROM spelling WHERE word = ? ORDER BY other",
        ps -> ps.setString(1, TextNormalizer.normalize(word.strip())), rs -> rs.getString(1));
  }

  /**
   * What {@link #carryStories} carried: how many stories, and the ids of their articles, in the earlier store's row
   * order.
   */
  public record Carried(int stories, List<String> articles) {
    public static final Carried NONE = new Carried(0, List.of());

    public Carried {
      articles = List.copyOf(articles);
    }
  }

  /**
   * Copies into this store the stories of an earlier run's store that this one does not hold, with their articles,
   * outlets, names and spellings, as that store has them (but that all of a story's articles are its {@code
   * earlier_articles} now): a resumed run's store then holds the stream's recent stories that drew nothing new,
   * beside its own, so that its story list, storylines and search reach back over the runs before it. A story is
   * carried when its latest article is at or after {@code sinceMillis} (or it has none dated) and its id is not in
   * {@code listed} (the stories the run lists itself, and those it merged into them). An article this store already
   * holds keeps its row here. Nothing is carried from a store of another schema version.
   *
   * @param earlier the earlier run's {@code naba.db}
   */
  public synchronized Carried carryStories(Path earlier, Collection<String> listed, long sinceMillis) {
    try (Statement st = db.createStatement()) {
      // ATTACH cannot run inside a transaction; the earlier store is only read.
      try (PreparedStatement attach = db.prepareStatement("ATTACH DATABASE ? AS earlier")) {
        attach.setString(1, earlier.toAbsolutePath().toString());
        attach.execute();
      }
      try {
        int earlierVersion;
        try (ResultSet rs = st.executeQuery("PRAGMA earlier.user_version")) {
          earlierVersion = rs.next() ? rs.getInt(1) : 0;
        }
        if (earlierVersion != SCHEMA_VERSION) return Carried.NONE;
        List<String> articles = new ArrayList<>();
        int[] stories = new int[1];
        inTransaction("carry the stories of " + earlier, () -> {
          st.execute("CREATE TEMP TABLE listed (id TEXT PRIMARY KEY) WITHOUT ROWID");
          try (PreparedStatement ps = db.prepareStatement("INSERT OR IGNORE INTO temp.listed VALUES (?)")) {
            for (String id : listed) {
              ps.setString(1, id);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps = db.prepareStatement("""
              CREATE TEMP TABLE carried AS SELECT e.id FROM earlier.story e
              WHERE (e.last_seen_ms IS NULL OR e.last_seen_ms >= ?)
                AND NOT EXISTS (SELECT 1 FROM temp.listed s WHERE s.id = e.id)""")) {
            ps.setLong(1, sinceMillis);
            ps.execute();
          }
          st.execute("CREATE TEMP TABLE carried_article AS SELECT a.id FROM earlier.article a"
              + " WHERE a.story IN (SELECT id FROM temp.carried)"
              + " AND NOT EXISTS (SELECT 1 FROM main.article m WHERE m.id = a.id) ORDER BY a.rowid");
          String storyColumns = "id, headline, outlets, article_count, first_seen_ms, last_seen_ms, storyline,"
              + " breaking_ms, names, json";
          // Every article of a carried story was read by an earlier run: its earlier_articles are all of them.
          stories[0] = st.executeUpdate("INSERT INTO main.story (" + storyColumns + ") SELECT "
              + storyColumns.replace(", json", ", json_set(json, '$.earlier_articles', json(json_extract(json,"
                  + " '$.articles')))")
              + " FROM earlier.story WHERE id IN (SELECT id FROM temp.carried)");
          st.executeUpdate("INSERT OR IGNORE INTO main.story_outlet (outlet, story) SELECT outlet, story"
              + " FROM earlier.story_outlet WHERE story IN (SELECT id FROM temp.carried)");
          st.executeUpdate("INSERT OR IGNORE INTO main.story_entity (name, story) SELECT name, story"
              + " FROM earlier.story_entity WHERE story IN (SELECT id FROM temp.carried)");
          String articleColumns = "id, story, outlet, published_ms, json";
          st.executeUpdate("INSERT INTO main.article (" + articleColumns + ") SELECT " + articleColumns
              + " FROM earlier.article WHERE id IN (SELECT id FROM temp.carried_article)");
          st.executeUpdate("INSERT OR IGNORE INTO main.spelling (word, other) SELECT word, other FROM earlier.spelling");
          try (ResultSet rs = st.executeQuery("SELECT id FROM temp.carried_article")) {
            while (rs.next()) articles.add(rs.getString(1));
          }
          st.execute("DROP TABLE temp.listed");
          st.execute("DROP TABLE temp.carried");
          st.execute("DROP TABLE temp.carried_article");
        });
        return new Carried(stories[0], articles);
      } finally {
        st.execute("DETACH DATABASE earlier");
      }
    } catch (SQLException e) {
      throw new StoreException(file, "cannot carry the stories of " + earlier, e);
    }
  }

  /** What an evaluation reads of each article the store holds: its story, time, outlet and title. */
  @FunctionalInterface
  public interface ArticleBrief {
    void accept(String id, String story, String published, String outlet, String title);
  }

  /** Each article the store holds, in row order, as {@link ArticleBrief} reads it. */
  public void forEachArticleBrief(ArticleBrief consumer) {
    query("read the articles", "SELECT id, story, json_extract(json, '$.published'), outlet,"
        + " json_extract(json, '$.title') FROM article ORDER BY rowid", ps -> {}, rs -> {
          consumer.accept(rs.getString(1), rs.getString(2), Objects.requireNonNullElse(rs.getString(3), ""),
              Objects.requireNonNullElse(rs.getString(4), ""), Objects.requireNonNullElse(rs.getString(5), ""));
          return null;
        });
  }

  /** Each story's storyline (its own id when it has none), for every story the store holds. */
  public Map<String, String> storylineOfStories() {
    Map<String, String> out = new LinkedHashMap<>();
    query("read the storylines", "SELECT id, coalesce(storyline, id) FROM story ORDER BY rowid", ps -> {},
        rs -> out.put(rs.getString(1), rs.getString(2)));
    return out;
  }

  /** The id of every article the store holds, in row order. */
  public List<String> articleIds() {
    return query("read the article ids", "SELECT id FROM article ORDER BY rowid", ps -> {}, rs -> rs.getString(1));
  }

  /**
   * What the search index takes of each of these articles, read from its row, for {@code consumer}: its id, title,
   * text, outlet and publication time. An id the store does not hold is passed over.
   */
  public void forEachIndexable(Collection<String> ids, IndexableConsumer consumer) {
    String sql = "SELECT json_extract(json, '$.title'), json_extract(json, '$.text'), outlet, published_ms"
        + " FROM article WHERE id = ?";
    for (String id : ids) {
      query("read article " + id, sql, ps -> ps.setString(1, id), rs -> {
        long ms = rs.getLong(4);
        Optional<Instant> published = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(ms));
        consumer.accept(id, Objects.requireNonNullElse(rs.getString(1), ""),
            Objects.requireNonNullElse(rs.getString(2), ""), Optional.ofNullable(rs.getString(3)), published);
        return id;
      });
    }
  }

  /** Takes what the search index needs of an article. */
  @FunctionalInterface
  public interface IndexableConsumer {
    void accept(String id, String title, String text, Optional<String> outlet, Optional<Instant> published);
  }

  /**
   * Stores the run's description (settings, counts, timings) as given.
   *
   * @throws IllegalArgumentException when {@code json} is not a JSON object: the API serves it as one
   */
  public synchronized void putRunInfo(String json) {
    JsonNode node = parse(json);
    if (!node.isObject()) throw new IllegalArgumentException("run info must be a JSON object: " + clip(json));
    inTransaction("write run info", () -> {
      try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO run_info VALUES (1, ?)")) {
        ps.setString(1, json);
        ps.executeUpdate();
      }
    });
  }

  /** The run's description as stored, or {@code "{}"} when none was stored. */
  public String runInfo() {
    return query("read run info", "SELECT json FROM run_info WHERE id = 1", ps -> {}, rs -> rs.getString(1))
        .stream().findFirst().orElse("{}");
  }

  /** Number of stories in the run. */
  public int storyCount() {
    return storyCount(StoryFilter.ALL);
  }

  /** Number of stories the filter lets through. */
  public int storyCount(StoryFilter filter) {
    return counted(filter, () -> {
      if (beforeNames(filter)) return 0;
      List<String> names = entityNames(filter);
      String sql = "SELECT count(*) FROM story s" + storyFilter(filter, names);
      return query("count stories", sql, ps -> bindFilter(ps, filter, names, 1), rs -> rs.getInt(1)).get(0);
    });
  }

  private int counted(Object what, IntSupplier count) {
    if (readers == null) return count.getAsInt();
    Integer known = counts.get(what);
    if (known != null) return known;
    int n = count.getAsInt();
    if (counts.size() < MAX_COUNTS) counts.putIfAbsent(what, n);
    return n;
  }

  /** A page of the story list, newest {@code last_seen} first (stories with no dated article last). */
  public List<StorySummaryRow> stories(int offset, int limit, StoryFilter filter) {
    return stories(offset, limit, filter, StoryOrder.LATEST);
  }

  /** A page of the story list in the given order. */
  public List<StorySummaryRow> stories(int offset, int limit, StoryFilter filter, StoryOrder order) {
    if (beforeNames(filter)) return List.of();
    List<String> names = entityNames(filter);
    String sql = summaryColumns() + storyPage(filter, names, order);
    return query("list stories", sql, ps -> bindPage(ps, offset, limit, filter, names), RunStore::summaryRow);
  }

  /**
   * The stories of a storyline, earliest {@code first_seen} first (stories with no dated article last, ties by id);
   * empty when no story has that storyline. (Stores written before the storyline index read the same, by a scan.)
   */
  public List<StorySummaryRow> storyline(String storylineId) {
    String sql = summaryColumns() + " WHERE s.storyline = ?" + STORYLINE_ORDER;
    return query("read storyline " + storylineId, sql, ps -> ps.setString(1, storylineId), RunStore::summaryRow);
  }

  /** Number of storylines of at least {@code minStories} stories. */
  public int storylineCount(int minStories) {
    String sql = "SELECT count(*) FROM (SELECT 1 FROM story s GROUP BY " + STORYLINE_OF + " HAVING count(*) >= ?)";
    return counted(List.of("storylines", minStories),
        () -> query("count storylines", sql, ps -> ps.setInt(1, minStories), rs -> rs.getInt(1)).get(0));
  }

  /**
   * A page of the storyline list: storylines of at least {@code minStories} stories, latest activity first ({@link
   * StoryOrder#LATEST}) or most stories first, then most articles ({@link StoryOrder#LARGEST}).
   */
  public List<StorylineRow> storylines(int offset, int limit, int minStories, StoryOrder order) {
    if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
    String orderBy = switch (order) {
      case LATEST -> " ORDER BY last IS NULL, last DESC, line";
      case LARGEST -> " ORDER BY n DESC, articles DESC, last IS NULL, last DESC, line";
    };
    // The page is cut first, and only its rows get the headline of their largest story and the outlets of all their
    // stories: SQLite may otherwise run both subqueries for every storyline before it sorts (the sqlite3 3.40 shell
    // took 19 s over ANT 2018's 13,673 storylines, against 0.07 s for the page first).
    String sql = "SELECT line, n, articles, first, last,"
        + " (SELECT t.headline FROM story t WHERE " + IN_LINE
        + " ORDER BY t.article_count DESC, t.first_seen_ms IS NULL, t.first_seen_ms, t.id LIMIT 1),"
        + " (SELECT count(DISTINCT o.outlet) FROM story t JOIN story_outlet o ON o.story = t.id"
        + " WHERE " + IN_LINE + ")"
        + " FROM (SELECT " + STORYLINE_OF + " AS line, count(*) AS n, sum(s.article_count) AS articles,"
        + " min(s.first_seen_ms) AS first, max(s.last_seen_ms) AS last FROM story s GROUP BY line"
        + " HAVING count(*) >= ?" + orderBy + " LIMIT ? OFFSET ?)" + orderBy;
    return query("list storylines", sql, ps -> {
      ps.setInt(1, minStories);
      ps.setInt(2, limit);
      ps.setInt(3, offset);
    }, rs -> new StorylineRow(rs.getString(1), rs.getString(6), rs.getInt(2), rs.getInt(3), rs.getInt(7),
        instant(rs, 4), instant(rs, 5)));
  }

  /** A story's storyline: its own id when it has none recorded (a lone story is a storyline of one). */
  private static final String STORYLINE_OF = "coalesce(s.storyline, s.id)";
  /** Story {@code t} is in storyline {@code line} (written so that the storyline index and the primary key serve). */
  private static final String IN_LINE = "(t.storyline = line OR (t.storyline IS NULL AND t.id = line))";

  /** Names a story list row shows. */
  static final int LISTED_NAMES = 3;

  /** The columns of a story list row; a store of schema 1 or 2 has no names. */
  private String summaryColumns() {
    return "SELECT s.id, s.headline, s.outlets, s.article_count, s.first_seen_ms, s.last_seen_ms, s.storyline,"
        + " s.breaking_ms, " + (version >= 3 ? "s.names" : "NULL") + ", json_extract(s.json, '$.summary[0].text'),"
        + " coalesce(json_array_length(s.json, '$.earlier_articles'), 0) FROM story s";
  }

  private static StorySummaryRow summaryRow(ResultSet rs) throws SQLException {
    return new StorySummaryRow(
        rs.getString(1),
        rs.getString(2),
        stringList(rs.getString(3)),
        rs.getInt(4),
        instant(rs, 5),
        instant(rs, 6),
        Optional.ofNullable(rs.getString(7)),
        instant(rs, 8),
        rs.getString(9) == null ? List.of() : stringList(rs.getString(9)),
        Optional.ofNullable(rs.getString(10)).filter(t -> !t.isBlank()),
        rs.getInt(11));
  }

  /** The stories of {@link #storyline}, in its order, as full story objects in the {@link JsonMapping#story} shape. */
  public List<ObjectNode> storylineJson(String storylineId) {
    return query("read storyline " + storylineId, "SELECT s.json FROM story s WHERE s.storyline = ?" + STORYLINE_ORDER,
        ps -> ps.setString(1, storylineId), rs -> object(rs.getString(1)));
  }

  private static final String STORYLINE_ORDER = " ORDER BY s.first_seen_ms IS NULL, s.first_seen_ms, s.id";

  /** The same page as {@link #stories}, as full story objects in the {@link JsonMapping#story} shape. */
  public List<ObjectNode> storiesJson(int offset, int limit, StoryFilter filter) {
    return storiesJson(offset, limit, filter, StoryOrder.LATEST);
  }

  /** The same page as {@link #stories} in that order, as full story objects in the {@link JsonMapping#story} shape. */
  public List<ObjectNode> storiesJson(int offset, int limit, StoryFilter filter, StoryOrder order) {
    if (beforeNames(filter)) return List.of();
    List<String> names = entityNames(filter);
    String sql = "SELECT s.json FROM story s" + storyPage(filter, names, order);
    return query("list stories", sql, ps -> bindPage(ps, offset, limit, filter, names),
        rs -> object(rs.getString(1)));
  }

  /**
   * The same page as {@link #stories} in that order, each story as an object of the {@link JsonMapping#story} fields
   * a feed shows: {@code id}, {@code headline}, {@code outlets}, {@code article_count}, {@code first_seen}, {@code
   * last_seen}, {@code breaking} and {@code summary}. SQLite picks them out of each row, so that a big story's
   * articles, passages and quotes are never parsed for a feed (ANT's 50 latest stories: 445 KB of JSON).
   */
  public List<ObjectNode> storiesBriefJson(int offset, int limit, StoryFilter filter, StoryOrder order) {
    if (beforeNames(filter)) return List.of();
    List<String> names = entityNames(filter);
    return query("list stories", BRIEF + storyPage(filter, names, order),
        ps -> bindPage(ps, offset, limit, filter, names), rs -> object(rs.getString(1)));
  }

  /** The stories of {@link #storyline}, in its order, as the brief objects of {@link #storiesBriefJson}. */
  public List<ObjectNode> storylineBriefJson(String storylineId) {
    return query("read storyline " + storylineId, BRIEF + " WHERE s.storyline = ?" + STORYLINE_ORDER,
        ps -> ps.setString(1, storylineId), rs -> object(rs.getString(1)));
  }

  /** The brief story objects' query, up to its condition and order. */
  private static final String BRIEF = "SELECT json_object('id', s.id, 'headline', s.headline,"
      + " 'outlets', json(s.outlets), 'article_count', s.article_count,"
      + " 'first_seen', json_extract(s.json, '$.first_seen'), 'last_seen', json_extract(s.json, '$.last_seen'),"
      + " 'breaking', json_extract(s.json, '$.breaking'),"
      + " 'summary', json(coalesce(json_extract(s.json, '$.summary'), '[]'))) FROM story s";

  /** Outlets with the number of stories each reported, most stories first. */
  public Map<String, Integer> outlets() {
    Map<String, Integer> known = outlets;
    if (known != null) return known;
    Map<String, Integer> out = new LinkedHashMap<>();
    query("list outlets", "SELECT outlet, count(*) AS n FROM story_outlet GROUP BY outlet ORDER BY n DESC, outlet",
        ps -> {}, rs -> out.put(rs.getString(1), rs.getInt(2)));
    Map<String, Integer> answer = Collections.unmodifiableMap(out);
    // Every list page and search page shows them: a read-only store's never change.
    if (readers != null) outlets = answer;
    return answer;
  }

  /** A story's headline, without reading the rest of the story. */
  public Optional<String> storyHeadline(String id) {
    return query("read story " + id, "SELECT headline FROM story WHERE id = ?", ps -> ps.setString(1, id),
        rs -> rs.getString(1)).stream().findFirst();
  }

  /**
   * An article's {@code id}, {@code story}, {@code outlet}, {@code published} and {@code title}, as in its {@link
   * JsonMapping#article} object, without reading its text: what a search hit or a link to its place shows.
   */
  public Optional<ObjectNode> articleBriefJson(String id) {
    return query("read article " + id, "SELECT json_object('id', id, 'story', story, 'outlet', outlet,"
        + " 'published', json_extract(json, '$.published'), 'title', json_extract(json, '$.title'))"
        + " FROM article WHERE id = ?", ps -> ps.setString(1, id), rs -> object(rs.getString(1))).stream().findFirst();
  }

  /** A story in the {@link JsonMapping#story} shape: a fresh node the caller may modify. */
  public Optional<ObjectNode> storyJson(String id) {
    return query("read story " + id, "SELECT json FROM story WHERE id = ?", ps -> ps.setString(1, id),
        rs -> object(rs.getString(1))).stream().findFirst();
  }

  /** An article in the {@link JsonMapping#article} shape: a fresh node the caller may modify. */
  public Optional<ObjectNode> articleJson(String id) {
    return query("read article " + id, "SELECT json FROM article WHERE id = ?", ps -> ps.setString(1, id),
        rs -> object(rs.getString(1))).stream().findFirst();
  }

  /**
   * What {@link SearchIndex} reads for a hit: the article's story and text (the index does not store the text).
   * SQLite's JSON functions pick the text out of the row, with no object built for the rest of it.
   */
  public Optional<SearchIndex.Stored> searchable(String id) {
    return query("read article " + id, "SELECT story, json_extract(json, '$.text') FROM article WHERE id = ?",
        ps -> ps.setString(1, id),
        rs -> new SearchIndex.Stored(rs.getString(1), Objects.requireNonNullElse(rs.getString(2), "")))
        .stream().findFirst();
  }

  /**
   * The articles of a story in chronological order: the order of the story's own {@code articles} list (which the
   * story stage sorts, undated articles included), then any article that names the story but is not listed, by
   * publication time. Empty for an unknown story.
   */
  public List<ObjectNode> articlesOfStory(String id) {
    Map<String, ObjectNode> byId = new LinkedHashMap<>();
    query("read articles of story " + id,
        "SELECT id, json FROM article WHERE story = ? ORDER BY published_ms IS NULL, published_ms, id",
        ps -> ps.setString(1, id), rs -> byId.put(rs.getString(1), object(rs.getString(2))));
    List<ObjectNode> out = new ArrayList<>(byId.size());
    storyJson(id).ifPresent(story -> {
      for (JsonNode articleId : story.path("articles")) {
        ObjectNode a = byId.remove(articleId.asText());
        if (a != null) out.add(a);
      }
    });
    out.addAll(byId.values());
    return out;
  }

  /** Writes a stage's state to a stream. */
  @FunctionalInterface
  public interface StateWriter {
    void write(OutputStream out) throws IOException;
  }

  /** Reads a stage's state from a stream. */
  @FunctionalInterface
  public interface StateReader<T> {
    T read(InputStream in) throws IOException;
  }

  /**
   * Stores a named piece of stage state, replacing any of that name, in one transaction: the bytes {@code writer}
   * writes, in chunks of at most {@value #STATE_CHUNK_BYTES} bytes, each with its CRC-32.
   *
   * @return the number of bytes stored
   */
  public synchronized long putState(String name, StateWriter writer) {
    long[] total = {0};
    inTransaction("write state " + name, () -> {
      try (PreparedStatement drop = db.prepareStatement("DELETE FROM state_chunk WHERE name = ?");
          PreparedStatement chunk = db.prepareStatement("INSERT INTO state_chunk VALUES (?, ?, ?, ?)");
          PreparedStatement head = db.prepareStatement("INSERT OR REPLACE INTO state VALUES (?, ?, ?)")) {
        drop.setString(1, name);
        drop.executeUpdate();
        int[] chunks = {0};
        OutputStream out = new OutputStream() {
          private final byte[] buffer = new byte[STATE_CHUNK_BYTES];
          private int used;

          @Override
          public void write(int b) throws IOException {
            if (used == buffer.length) flushChunk();
            buffer[used++] = (byte) b;
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
              if (used == buffer.length) flushChunk();
              int n = Math.min(len, buffer.length - used);
              System.arraycopy(b, off, buffer, used, n);
              used += n;
              off += n;
              len -= n;
            }
          }

          @Override
          public void close() throws IOException {
            if (used > 0) flushChunk();
          }

          private void flushChunk() throws IOException {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(buffer, 0, used);
            try {
              chunk.setString(1, name);
              chunk.setInt(2, chunks[0]++);
              chunk.setLong(3, crc.getValue());
              chunk.setBytes(4, java.util.Arrays.copyOf(buffer, used));
              chunk.executeUpdate();
            } catch (SQLException e) {
              throw new IOException(e.getMessage(), e);
            }
            total[0] += used;
            used = 0;
          }
        };
        try {
          writer.write(out);
          out.close();
        } catch (IOException e) {
          throw new SQLException("writing state " + name + " failed: " + e.getMessage(), e);
        }
        head.setString(1, name);
        head.setLong(2, total[0]);
        head.setInt(3, chunks[0]);
        head.executeUpdate();
      }
    });
    return total[0];
  }

  /**
   * Reads a named piece of stage state with {@code reader}, each chunk checked against its CRC-32 before its bytes
   * are handed out. Empty when the store holds no state of that name (a store of schema version 1 holds none).
   *
   * @throws StoreException naming the file when the state is damaged or {@code reader} refuses it
   */
  public synchronized <T> Optional<T> readState(String name, StateReader<T> reader) {
    if (version < 2) return Optional.empty();
    List<long[]> head = query("read state " + name, "SELECT bytes, chunks FROM state WHERE name = ?",
        ps -> ps.setString(1, name), rs -> new long[] {rs.getLong(1), rs.getLong(2)});
    if (head.isEmpty()) return Optional.empty();
    long bytes = head.get(0)[0];
    long chunks = head.get(0)[1];
    try (PreparedStatement ps = db.prepareStatement("SELECT crc, data FROM state_chunk WHERE name = ? AND seq = ?")) {
      InputStream in = new InputStream() {
        private byte[] current = new byte[0];
        private int at;
        private int seq;
        private long read;

        @Override
        public int read() throws IOException {
          if (!fill()) return -1;
          return current[at++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (len == 0) return 0;
          if (!fill()) return -1;
          int n = Math.min(len, current.length - at);
          System.arraycopy(current, at, b, off, n);
          at += n;
          return n;
        }

        private boolean fill() throws IOException {
          while (at == current.length) {
            if (seq == chunks) {
              if (read != bytes) throw new IOException("state " + name + " holds " + read + " bytes, not " + bytes);
              return false;
            }
            try {
              ps.setString(1, name);
              ps.setInt(2, seq);
              try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IOException("state " + name + " lacks chunk " + seq + " of " + chunks);
                long crc = rs.getLong(1);
                byte[] data = rs.getBytes(2);
                java.util.zip.CRC32 check = new java.util.zip.CRC32();
                check.update(data == null ? new byte[0] : data);
                if (data == null || check.getValue() != crc) {
                  throw new IOException("chunk " + seq + " of state " + name + " does not match its checksum");
                }
                current = data;
                at = 0;
                read += data.length;
                seq++;
              }
            } catch (SQLException e) {
              throw new IOException(e.getMessage(), e);
            }
          }
          return true;
        }
      };
      return Optional.of(reader.read(in));
    } catch (IOException | SQLException e) {
      throw new StoreException(file, "cannot read the " + name + " state", e);
    }
  }

  /** Bytes of a named state as stored, or empty when there is none. */
  public synchronized Optional<Long> stateBytes(String name) {
    if (version < 2) return Optional.empty();
    return query("read state " + name, "SELECT bytes FROM state WHERE name = ?", ps -> ps.setString(1, name),
        rs -> rs.getLong(1)).stream().findFirst();
  }

  @Override
  public synchronized void close() {
    try {
      try {
        if (readers != null) readers.close();
      } finally {
        db.close();
      }
    } catch (SQLException e) {
      throw new StoreException(file, "cannot close the store", e);
    }
  }

  // ---- plumbing ----

  @FunctionalInterface
  private interface SqlAction {
    void run() throws SQLException;
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private void inTransaction(String what, SqlAction action) {
    try {
      db.setAutoCommit(false);
      try {
        action.run();
        db.commit();
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(file, "cannot " + what, e);
    }
  }

  /**
   * Runs a query and reads every row: on a connection of its own in a read-only store, else on the store's connection
   * in turn with the writes.
   */
  private <T> List<T> query(String what, String sql, Binder binder, RowReader<T> reader) {
    try {
      if (readers != null) return readers.with(c -> query(c, sql, binder, reader));
      synchronized (this) {
        return query(db, sql, binder, reader);
      }
    } catch (SQLException e) {
      throw new StoreException(file, "cannot " + what, e);
    }
  }

  private static <T> List<T> query(Connection c, String sql, Binder binder, RowReader<T> reader) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) out.add(reader.read(rs));
        return out;
      }
    }
  }

  /** Whether the filter asks for names a store of schema version 1 or 2 does not hold (it has no story then). */
  private boolean beforeNames(StoryFilter filter) {
    return filter.entity().isPresent() && version < 3;
  }

  /** The most names an entity filter matches: a name of several words, each with its spellings, stops there. */
  private static final int MAX_ENTITY_NAMES = 16;

  /**
   * The folded names an entity filter matches: the name, and from schema version 4 the name with its words in their
   * other spellings ({@link #spellingsOf}: "ترمب" also finds the stories that write "ترامب", "دونالد ترامب" those that
   * write "دونالد ترمب"), at most {@value #MAX_ENTITY_NAMES}; none without an entity filter.
   */
  private List<String> entityNames(StoryFilter filter) {
    if (filter.entity().isEmpty()) return List.of();
    String name = TextNormalizer.normalize(filter.entity().get().strip());
    List<String> names = new ArrayList<>(List.of(name));
    String[] words = name.split(" ");
    for (int i = 0; i < words.length; i++) {
      List<String> others = spellingsOf(words[i]);
      if (others.isEmpty()) continue;
      List<String> grown = new ArrayList<>(names);
      for (String n : names) {
        String[] w = n.split(" ");
        for (String other : others) {
          w[i] = TextNormalizer.normalize(other);
          String spelt = String.join(" ", w);
          if (!grown.contains(spelt) && grown.size() < MAX_ENTITY_NAMES) grown.add(spelt);
        }
      }
      names = grown;
    }
    return names;
  }

  /** The join and condition of a filter, after {@code FROM story s}, for {@code names} folded entity names. */
  private static String storyFilter(StoryFilter filter, List<String> names) {
    String join = filter.outlet().isPresent() ? " JOIN story_outlet o ON o.story = s.id AND o.outlet = ?" : "";
    List<String> conditions = new ArrayList<>();
    if (!names.isEmpty()) {
      conditions.add("s.id IN (SELECT story FROM story_entity WHERE name IN (" + "?, ".repeat(names.size() - 1) + "?))");
    }
    if (filter.breakingOnly()) conditions.add("s.breaking_ms IS NOT NULL");
    if (filter.minOutlets() > 1) conditions.add("json_array_length(s.outlets) >= ?");
    if (filter.from().isPresent()) conditions.add("s.last_seen_ms >= ?");
    if (filter.to().isPresent()) conditions.add("s.first_seen_ms < ?");
    // A story carried from an earlier run's store lists all its articles as earlier ones (carryStories).
    if (filter.thisRunOnly()) {
      conditions.add("coalesce(json_array_length(s.json, '$.earlier_articles'), 0) < s.article_count");
    }
    return join + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
  }

  private static String storyPage(StoryFilter filter, List<String> names, StoryOrder order) {
    return storyFilter(filter, names) + order.sql + " LIMIT ? OFFSET ?";
  }

  private static void bindPage(PreparedStatement ps, int offset, int limit, StoryFilter filter, List<String> names)
      throws SQLException {
    if (offset < 0) throw new IllegalArgumentException("offset " + offset + " < 0");
    if (limit < 0) throw new IllegalArgumentException("limit " + limit + " < 0");
    int i = bindFilter(ps, filter, names, 1);
    ps.setInt(i, limit);
    ps.setInt(i + 1, offset);
  }

  private static int bindFilter(PreparedStatement ps, StoryFilter filter, List<String> names, int index)
      throws SQLException {
    if (filter.outlet().isPresent()) ps.setString(index++, filter.outlet().get());
    for (String name : names) ps.setString(index++, name);
    if (filter.minOutlets() > 1) ps.setInt(index++, filter.minOutlets());
    if (filter.from().isPresent()) ps.setLong(index++, dayStart(filter.from().get()));
    if (filter.to().isPresent()) ps.setLong(index++, dayStart(filter.to().get().plusDays(1)));
    return index;
  }

  /** The first millisecond of a day, UTC. */
  private static long dayStart(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static void setOptional(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
    if (value.isPresent()) ps.setString(index, value.get());
    else ps.setNull(index, Types.VARCHAR);
  }

  private static void setMillis(PreparedStatement ps, int index, Optional<Instant> value) throws SQLException {
    if (value.isPresent()) ps.setLong(index, value.get().toEpochMilli());
    else ps.setNull(index, Types.BIGINT);
  }

  private static Optional<Instant> instant(ResultSet rs, int index) throws SQLException {
    long ms = rs.getLong(index);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(ms));
  }

  private static List<String> stringList(String jsonArray) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : parse(jsonArray)) out.add(n.asText());
    return out;
  }

  private static ObjectNode object(String json) {
    return (ObjectNode) parse(json);
  }

  private static JsonNode parse(String json) {
    try {
      return JsonMapping.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + clip(json), e);
    }
  }

  private static String clip(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }
}
