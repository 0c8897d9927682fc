package org.naba.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects warnings from every stage: all are counted by reason, the first {@link #KEEP} are kept with their
 * source for run.json, and each message is clipped so one pathological input cannot flood the report.
 * Thread-safe.
 */
public final class Warnings {
  static final int KEEP = 500;
  static final int MAX_MESSAGE = 300;

  /** One kept warning. */
  public record Entry(String source, String reason, String message) {}

  private final List<Entry> kept = new ArrayList<>();
  private final Map<String, Integer> byReason = new TreeMap<>();
  private int total;

  public synchronized void add(String source, String reason, String message) {
    total++;
    byReason.merge(reason, 1, Integer::sum);
    if (kept.size() < KEEP) kept.add(new Entry(clip(source), reason, clip(message)));
  }

  public synchronized List<Entry> kept() {
    return List.copyOf(kept);
  }

  public synchronized Map<String, Integer> byReason() {
    return Map.copyOf(byReason);
  }

  public synchronized int total() {
    return total;
  }

  private static String clip(String s) {
    return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "…";
  }
}
