package org.naba.clean;

import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongIterator;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.naba.text.StateFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lines seen per site during a run. CCNet (Wenzek et al. 2020, §3.2) removes paragraphs that recur across the
 * pages of a crawl shard, because menus, footers and widgets repeat while article text does not; Naba keeps the
 * counts per site, so a line printed on {@code minPages} other pages of the same site is boilerplate there.
 *
 * <p>Only distinct pages count: a page seen again (same fingerprint, e.g. a re-crawl) adds nothing, so cleaning
 * one page twice never turns its own text into boilerplate. Lines are kept as 64-bit hashes of their folded form,
 * and each site holds at most {@code maxLinesPerSite} of them (the rest are then never counted), at most
 * {@value #MAX_SITES} sites are remembered, so memory is bounded on long runs. The earliest pages of a site are
 * cleaned before the memory knows the site: that is the price of a single pass.
 *
 * <p>A long paragraph repeated across pages is more often the same story crawled at several addresses than
 * boilerplate, so the analyzer asks three times the evidence for lines of more than 30 words.
 *
 * <p>Thread-safe: each site's counts are read and updated under the site's lock (a site's pages come one after
 * another, so it is never contended), in primitive tables: a run's memory holds hundreds of thousands of lines.
 */
public final class BoilerplateMemory {
  /** At most this many sites are remembered in one run. */
  static final int MAX_SITES = 100_000;

  private final int minPages;
  private final int maxLinesPerSite;
  private final ConcurrentHashMap<String, Site> sites = new ConcurrentHashMap<>();

  /** Boilerplate after 3 other pages of a site; at most 200,000 distinct lines per site. */
  public BoilerplateMemory() {
    this(3, 200_000);
  }

  /**
   * @param minPages how many other pages of the site must show a line before it is boilerplate, at least 1
   * @param maxLinesPerSite memory bound per site, at least 1
   */
  public BoilerplateMemory(int minPages, int maxLinesPerSite) {
    if (minPages < 1) throw new IllegalArgumentException("minPages must be >= 1: " + minPages);
    if (maxLinesPerSite < 1) throw new IllegalArgumentException("maxLinesPerSite must be >= 1: " + maxLinesPerSite);
    this.minPages = minPages;
    this.maxLinesPerSite = maxLinesPerSite;
  }

  private static final class Site {
    /** Line hash → how many distinct pages showed it. */
    final Long2IntOpenHashMap lines = new Long2IntOpenHashMap();
    /** Fingerprints of the pages seen. */
    final LongOpenHashSet pages = new LongOpenHashSet();

    Site() {
      lines.defaultReturnValue(-1);
    }
  }

  /**
   * Records the distinct line hashes of one page of {@code siteKey} and returns, for the lines that other pages of
   * the site had already shown at least {@code minPages} times, how many other pages showed them.
   */
  Map<Long, Integer> observe(String siteKey, Collection<Long> lineHashes) {
    Site site = site(siteKey);
    if (site == null) return Map.of();
    long fingerprint = 1469598103934665603L;
    for (Long h : lineHashes) fingerprint = (fingerprint ^ h) * 1099511628211L;
    Map<Long, Integer> repeated = new HashMap<>();
    synchronized (site) {
      boolean newPage = site.pages.add(fingerprint);
      for (Long h : new HashSet<>(lineHashes)) {
        int before = count(site, newPage, h);
        if (before >= minPages) repeated.put(h, before);
      }
    }
    return repeated;
  }

  /**
   * What {@link #observeDistinct} found: for each hash, how many other pages showed it (-1 when fewer than {@code
   * minPages} did), and how many distinct pages of the site the memory has seen, this one included.
   */
  record Observation(int[] counts, int pages) {}

  /**
   * As {@link #observe(String, Collection)}, for the first {@code n} of {@code hashes}, which are distinct. Without a
   * set or a map per page, for records, whose hashes are few and distinct by construction.
   */
  Observation observeDistinct(String siteKey, long[] hashes, int n) {
    int[] out = new int[n];
    java.util.Arrays.fill(out, -1);
    Site site = site(siteKey);
    if (site == null) return new Observation(out, 0);
    long fingerprint = 1469598103934665603L;
    for (int i = 0; i < n; i++) fingerprint = (fingerprint ^ hashes[i]) * 1099511628211L;
    synchronized (site) {
      boolean newPage = site.pages.add(fingerprint);
      for (int i = 0; i < n; i++) {
        int before = count(site, newPage, hashes[i]);
        if (before >= minPages) out[i] = before;
      }
      return new Observation(out, site.pages.size());
    }
  }

  /** The site's counts, made on first sight; null for a site beyond the memory's bound. */
  private Site site(String siteKey) {
    Objects.requireNonNull(siteKey, "siteKey");
    Site site = sites.get(siteKey);
    if (site != null) return site;
    if (sites.size() >= MAX_SITES) return null; // memory bound: sites beyond the cap are not remembered
    return sites.computeIfAbsent(siteKey, k -> new Site());
  }

  /**
   * How many other pages showed the line before this one, counting this one if it is a new page; -1 if untracked.
   * Called under the site's lock.
   */
  private int count(Site site, boolean newPage, long h) {
    int count = site.lines.get(h);
    if (count < 0) {
      if (!newPage || site.lines.size() >= maxLinesPerSite) return -1;
      count = 0;
    }
    if (newPage) site.lines.put(h, count + 1);
    return newPage ? count : count - 1;
  }

  /** Whether some earlier page of the site showed this line, without counting this page. */
  boolean seen(String siteKey, long lineHash) {
    Site site = sites.get(siteKey);
    if (site == null) return false;
    synchronized (site) {
      return site.lines.containsKey(lineHash);
    }
  }

  /** How many other pages of a site must show a line before it counts as boilerplate. */
  int minPages() {
    return minPages;
  }

  /** 64-bit FNV-1a over the characters of a folded line. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  // ---- state that survives a restart (naba run --resume) ----

  private static final int STATE_MAGIC = 0x4E42424D; // "NBBM"
  /** Version of the format {@link #saveState} writes; {@link #restoreState} refuses any other. */
  public static final int STATE_FORMAT = 1;

  /**
   * Writes what the memory learned, so that a later run resumed from it knows each site's repeated lines from its
   * first page: per site (in key order), the fingerprints of its pages and each line's page count. A site holding half
   * its {@code maxLinesPerSite} or more keeps only its lines seen on two pages or more (lines of one article's text,
   * most of the table, are dropped), so that a stream resumed day after day keeps room to learn a new menu or
   * footer. Call once no page is being cleaned; does not close {@code out}.
   */
  public void saveState(OutputStream out) throws IOException {
    saveState(out, site -> true);
  }

  /** As {@link #saveState(OutputStream)}, for the sites {@code which} accepts only. */
  public void saveState(OutputStream out, Predicate<String> which) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    StateFormat.writeHeader(d, STATE_MAGIC, STATE_FORMAT);
    List<String> keys = new ArrayList<>();
    for (String key : sites.keySet()) if (which.test(key)) keys.add(key);
    Collections.sort(keys);
    d.writeInt(keys.size());
    for (String key : keys) {
      Site site = sites.get(key);
      synchronized (site) {
        d.writeUTF(key.length() > 10_000 ? key.substring(0, 10_000) : key);
        d.writeInt(site.pages.size());
        for (LongIterator it = site.pages.iterator(); it.hasNext(); ) d.writeLong(it.nextLong());
        boolean prune = site.lines.size() >= maxLinesPerSite / 2;
        int kept = 0;
        for (Long2IntMap.Entry e : site.lines.long2IntEntrySet()) if (!prune || e.getIntValue() >= 2) kept++;
        d.writeInt(kept);
        for (Long2IntMap.Entry e : site.lines.long2IntEntrySet()) {
          if (prune && e.getIntValue() < 2) continue;
          d.writeLong(e.getLongKey());
          d.writeInt(e.getIntValue());
        }
      }
    }
    d.flush();
  }

  /**
   * A memory (with the default thresholds) that knows what {@link #saveState} wrote, reading {@code in} to its end.
   *
   * @throws IOException naming what is wrong when the bytes are not such a state, are of another format, or are
   *     truncated or corrupt
   */
  public static BoilerplateMemory restoreState(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    BoilerplateMemory memory = new BoilerplateMemory();
    try {
      StateFormat.readHeader(d, STATE_MAGIC, STATE_FORMAT, "boilerplate memory");
      int count = d.readInt();
      if (count < 0 || count > MAX_SITES) throw new IOException("corrupt: " + count + " sites");
      for (int i = 0; i < count; i++) {
        Site site = new Site();
        String key = d.readUTF();
        int pages = d.readInt();
        if (pages < 0) throw new IOException("corrupt: " + pages + " pages of " + key);
        for (int k = 0; k < pages; k++) site.pages.add(d.readLong());
        int lines = d.readInt();
        if (lines < 0 || lines > memory.maxLinesPerSite) {
          throw new IOException("corrupt: " + lines + " lines of " + key);
        }
        for (int k = 0; k < lines; k++) site.lines.put(d.readLong(), d.readInt());
        memory.sites.put(key, site);
      }
      if (d.read() != -1) throw new IOException("corrupt: bytes after " + count + " sites");
    } catch (EOFException e) {
      throw new IOException("boilerplate memory is truncated", e);
    }
    return memory;
  }

  /**
   * Takes what {@code other} knows of its sites, in place of what this memory knew of them: the memory of a cluster
   * partition, which cleaned those sites from what this memory knew, comes back to the driver so.
   */
  public void putSites(BoilerplateMemory other) {
    sites.putAll(other.sites);
  }

  /** Sites remembered. */
  public int sites() {
    return sites.size();
  }
}
