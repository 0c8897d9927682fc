package org.naba.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 (CoNLL): an entity counts as found only when its span and type are exactly
 * the gold's. Per type and over all types. Add sentences with {@link #add}, then read {@link #format}.
 */
public final class NerScore {
  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {true positives, false positives, misses}

  /** Scores one sentence's predicted tags against its gold tags. */
  public void add(List<String> gold, String[] predicted) {
    Set<String> g = spans(gold.toArray(String[]::new));
    Set<String> p = spans(predicted);
    for (String s : p) counts.computeIfAbsent(type(s), k -> new int[3])[g.contains(s) ? 0 : 1]++;
    for (String s : g) if (!p.contains(s)) counts.computeIfAbsent(type(s), k -> new int[3])[2]++;
  }

  /** F1 over all types. */
  public double f1() {
    int[] all = total();
    return f1(all);
  }

  private int[] total() {
    int[] all = new int[3];
    for (int[] c : counts.values()) for (int i = 0; i < 3; i++) all[i] += c[i];
    return all;
  }

  /** A table: one line per type, then all types. */
  public String format() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-6s %7s %7s %7s %7s%n", "type", "gold", "P", "R", "F1"));
    counts.forEach((type, c) -> b.append(line(type, c)));
    b.append(line("all", total()));
    return b.toString();
  }

  private static String line(String type, int[] c) {
    return String.format(Locale.ROOT, "%-6s %7d %7.3f %7.3f %7.3f%n", type, c[0] + c[2], precision(c), recall(c), f1(c));
  }

  private static double precision(int[] c) {
    return c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
  }

  private static double recall(int[] c) {
    return c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
  }

  private static double f1(int[] c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static String type(String span) {
    return span.substring(0, span.indexOf(':'));
  }

  /** "TYPE:start:end" of each entity of a tag sequence (an I- tag after O or another type opens one). */
  private static Set<String> spans(String[] tags) {
    Set<String> out = new HashSet<>();
    for (NerModel.Mention m : NerModel.mentions(java.util.Collections.nCopies(tags.length, ""), tags)) {
      out.add(m.type() + ":" + m.start() + ":" + m.end());
    }
    return out;
  }
}
