package org.naba.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.naba.model.SummarySentence;
import org.naba.text.TextNormalizer;

/**
 * Extractive multi-source summaries. A sentence scores by how central its words are to the story (the share of
 * member articles using each word, as in centroid summarisation, Radev et al. 2004), how many outlets carry the
 * same statement (support), and its place in its article (news leads carry the facts). Sentences are picked
 * greedily with a redundancy cut (maximal marginal relevance, Carbonell &amp; Goldstein 1998) and each cites every
 * member article carrying it, so a reader can check each claim against its sources.
 *
 * <p>Pure and thread-safe.
 */
public final class Summarizer {
  /** Articles read for candidate sentences: the earliest non-copies, enough for the facts of a big story. */
  private static final int MAX_ARTICLES = 120;
  private static final int LEAD_SENTENCES = 6;
  private static final int MIN_TOKENS = 6;
  private static final int MAX_TOKENS = 70;
  private static final double SAME_STATEMENT = 0.5;
  private static final int MAX_CITED = 12;

  private final int maxSentences;

  public Summarizer(int maxSentences) {
    if (maxSentences < 1 || maxSentences > 20) throw new IllegalArgumentException("maxSentences " + maxSentences);
    this.maxSentences = maxSentences;
  }

  private record Candidate(String text, Set<String> words, SummaryInput article, int position) {}

  public StorySummary summarize(List<SummaryInput> members) {
    if (members.isEmpty()) throw new IllegalArgumentException("a story has at least one article");
    List<SummaryInput> ordered = new ArrayList<>(members);
    ordered.sort(Comparator.comparing(SummaryInput::time).thenComparing(SummaryInput::id));
    List<SummaryInput> originals = ordered.stream().filter(m -> !m.copy()).toList();
    if (originals.isEmpty()) originals = ordered;
    List<SummaryInput> read = originals.subList(0, Math.min(MAX_ARTICLES, originals.size()));

    Map<String, Integer> df = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (SummaryInput a : read) {
      Set<String> seen = new HashSet<>();
      int pos = 0;
      for (String p : a.paragraphs()) {
        for (String s : Sentences.split(p)) {
          Set<String> words = words(s);
          seen.addAll(words);
          int len = TextNormalizer.tokens(s).size();
          if (pos < LEAD_SENTENCES && len >= MIN_TOKENS && len <= MAX_TOKENS) {
            candidates.add(new Candidate(s, words, a, pos));
          }
          pos++;
        }
      }
      seen.addAll(words(a.title()));
      for (String w : seen) df.merge(w, 1, Integer::sum);
    }
    String headline = headline(ordered, df, read.size());
    if (candidates.isEmpty()) {
      List<SummarySentence> fallback = new ArrayList<>();
      SummaryInput first = ordered.get(0);
      String text = first.paragraphs().isEmpty() ? first.title() : first.paragraphs().get(0);
      if (!text.isBlank()) fallback.add(new SummarySentence(text, List.of(first.id())));
      return new StorySummary(headline, fallback);
    }

    double n = read.size();
    Map<Candidate, Double> score = new HashMap<>();
    Map<Candidate, Set<String>> outlets = new HashMap<>();
    for (Candidate c : candidates) {
      double centrality = 0;
      for (String w : c.words()) {
        int d = df.getOrDefault(w, 0);
        if (d > 1) centrality += d / n;
      }
      centrality /= Math.sqrt(Math.max(1, c.words().size()));
      Set<String> carriers = new HashSet<>();
      for (Candidate o : candidates) {
        if (jaccard(c.words(), o.words()) >= SAME_STATEMENT) carriers.add(o.article().outlet());
      }
      outlets.put(c, carriers);
      double support = Math.log(1 + carriers.size());
      double lead = 1.0 / (1 + 0.3 * c.position());
      score.put(c, centrality * (1 + support) * lead);
    }
    List<Candidate> ranked = new ArrayList<>(candidates);
    ranked.sort(Comparator.comparingDouble((Candidate c) -> -score.get(c)).thenComparing(c -> c.article().id())
        .thenComparingInt(Candidate::position));

    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : ranked) {
      if (chosen.size() >= maxSentences) break;
      boolean redundant = chosen.stream().anyMatch(o -> jaccard(o.words(), c.words()) >= 0.35);
      if (!redundant) chosen.add(c);
    }
    chosen.sort(Comparator.comparing((Candidate c) -> c.article().time()).thenComparing(c -> c.article().id())
        .thenComparingInt(Candidate::position));

    // Sentence word sets of every member, computed once, to find all the articles carrying each chosen sentence.
    Map<String, List<Set<String>>> sentencesOf = new HashMap<>();
    for (SummaryInput a : ordered) {
      List<Set<String>> sets = new ArrayList<>();
      for (String p : a.paragraphs()) for (String sentence : Sentences.split(p)) sets.add(words(sentence));
      sentencesOf.put(a.id(), sets);
    }
    List<SummarySentence> out = new ArrayList<>();
    for (Candidate c : chosen) {
      LinkedHashSet<String> cited = new LinkedHashSet<>();
      cited.add(c.article().id());
      for (SummaryInput a : ordered) {
        if (cited.size() >= MAX_CITED) break;
        if (sentencesOf.get(a.id()).stream().anyMatch(w -> jaccard(w, c.words()) >= SAME_STATEMENT)) cited.add(a.id());
      }
      out.add(new SummarySentence(c.text(), List.copyOf(cited)));
    }
    return new StorySummary(headline, out);
  }

  /** The member title whose words are most shared across the story; ties go to the earliest. */
  private static String headline(List<SummaryInput> ordered, Map<String, Integer> df, int n) {
    String best = "";
    double bestScore = -1;
    for (SummaryInput a : ordered.subList(0, Math.min(ordered.size(), MAX_ARTICLES))) {
      Set<String> words = words(a.title());
      if (words.size() < 2) continue;
      double s = 0;
      for (String w : words) s += df.getOrDefault(w, 0) / (double) n;
      s /= Math.sqrt(words.size());
      if (s > bestScore) {
        bestScore = s;
        best = a.title();
      }
    }
    if (best.isEmpty()) {
      for (SummaryInput a : ordered) {
        if (!a.title().isBlank()) return a.title();
      }
      SummaryInput first = ordered.get(0);
      if (!first.paragraphs().isEmpty()) {
        List<String> s = Sentences.split(first.paragraphs().get(0));
        if (!s.isEmpty()) return s.get(0);
      }
    }
    return best;
  }

  /** Content words: normalised tokens of three letters or more (drops most particles and clitic-only tokens). */
  static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String t : TextNormalizer.tokens(s)) if (t.length() >= 3) out.add(t);
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int inter = 0;
    for (String w : small) if (large.contains(w)) inter++;
    return inter / (double) (a.size() + b.size() - inter);
  }
}
