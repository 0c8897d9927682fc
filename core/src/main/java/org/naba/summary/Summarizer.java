package org.naba.summary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.naba.model.OutletReport;
import org.naba.model.SummarySentence;
import org.naba.text.ArabicTermExtractor;
import org.naba.text.Conjunctions;
import org.naba.text.Datelines;
import org.naba.text.Hashtags;
import org.naba.text.TextNormalizer;

/**
 * Extractive multi-source summaries. A sentence scores by how central its words are to the story (the share of
 * member articles using each word, as in centroid summarisation, Radev et al. 2004), how many outlets carry the
 * same statement (support), and its place in its article (news leads carry the facts). Sentences are picked
 * greedily with a redundancy cut (maximal marginal relevance, Carbonell &amp; Goldstein 1998) and each cites every
 * member article carrying it, so a reader can check each claim against its sources. Of the sentences that report a
 * reaction to the event ({@link Reactions}: a condemnation, a cable) one is picked before the event's other facts,
 * and what was expected ({@link Anticipations}: "سيقرر …", "من المقرر أن …") only after them, once later reports
 * may tell what happened, as a sentence that leans on the one before it ({@link Anaphora}: "جاء ذلك خلال …") is
 * picked only after those that stand alone.
 *
 * <p>Pure and thread-safe.
 */
public final class Summarizer {
  /** Articles read for candidate sentences: the earliest non-copies, enough for the facts of a big story. */
  private static final int MAX_ARTICLES = 80;
  private static final int LEAD_SENTENCES = 6;
  private static final int MIN_TOKENS = 6;
  private static final int MAX_TOKENS = 70;
  private static final double SAME_STATEMENT = 0.5;
  /**
   * Overlap coefficient at which two sentences state one fact: paraphrases across outlets share most of the shorter
   * sentence's words, which Jaccard, diluted by the longer sentence, misses.
   */
  private static final double SAME_FACT = 0.45;
  private static final int MAX_CITED = 12;
  /** How long after a report of what was expected later reports make it stale ({@link Anticipations}). */
  private static final Duration SUPERSEDED = Duration.ofHours(6);
  /** Share of the headline's terms the sentence a summary opens with must hold, when not its earliest. */
  private static final double OPENING = 0.5;
  /** Stems for comparing sentences with the headline (thread-safe: Lucene keeps a token stream per thread). */
  private static final ArabicTermExtractor TERMS = new ArabicTermExtractor();

  private final int maxSentences;

  public Summarizer(int maxSentences) {
    if (maxSentences < 1 || maxSentences > 20) throw new IllegalArgumentException("maxSentences " + maxSentences);
    this.maxSentences = maxSentences;
  }

  private record Candidate(String text, int[] words, SummaryInput article, int position) {}

  /**
   * A sentence as a reader sees it, alone: hashtags as their words, no-break spaces as spaces, without the conjunction
   * that tied it to the sentence before it in its article ("وقال الوزير" → "قال الوزير").
   */
  private static String shown(String sentence) {
    return Conjunctions.dropLeading(Hashtags.asWords(sentence.replace('\u00A0', ' ')).strip());
  }

  /**
   * Content words of one story as sorted, distinct int ids: Jaccard between two sentences is then a merge of two
   * short arrays, which keeps the all-pairs support count of a large story cheap.
   */
  private static final class Words {
    // Ids by word, handed out in order of first sight: an open-addressing table keyed by the token's chars, so a
    // word already seen costs no String (every sentence of a story's articles goes through here).
    private char[][] keys = new char[1024][];
    private int[] values = new int[1024];
    private int count;

    private int[] buffer = new int[64];
    private int size;

    /** Word ids of a sentence; its token count in {@code counts[0]} and how many tokens are numbers in {@code counts[1]}. */
    int[] of(String sentence, int[] counts) {
      counts[0] = 0;
      counts[1] = 0;
      size = 0;
      TextNormalizer.forEachToken(sentence, (chars, length) -> {
        counts[0]++;
        if (Character.isDigit(chars[0])) counts[1]++;
        if (length < 3) return; // particles and clitic-only tokens carry no content
        if (size == buffer.length) buffer = java.util.Arrays.copyOf(buffer, size * 2);
        buffer[size++] = id(chars, length);
      });
      int[] sorted = java.util.Arrays.copyOf(buffer, size);
      java.util.Arrays.sort(sorted);
      return distinct(sorted);
    }

    int[] of(String sentence) {
      return of(sentence, new int[2]);
    }

    private int id(char[] chars, int length) {
      int mask = keys.length - 1;
      int i = hash(chars, length) & mask;
      for (char[] k = keys[i]; k != null; k = keys[i]) {
        if (java.util.Arrays.equals(k, 0, k.length, chars, 0, length)) return values[i];
        i = (i + 1) & mask;
      }
      keys[i] = java.util.Arrays.copyOf(chars, length);
      values[i] = count++;
      if (count * 2 > keys.length) grow();
      return count - 1;
    }

    private void grow() {
      char[][] oldKeys = keys;
      int[] oldValues = values;
      keys = new char[oldKeys.length * 2][];
      values = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        char[] k = oldKeys[j];
        if (k == null) continue;
        int i = hash(k, k.length) & mask;
        while (keys[i] != null) i = (i + 1) & mask;
        keys[i] = k;
        values[i] = oldValues[j];
      }
    }

    private static int hash(char[] chars, int length) {
      int h = 0;
      for (int i = 0; i < length; i++) h = 31 * h + chars[i];
      return h ^ (h >>> 16);
    }

    private static int[] distinct(int[] sorted) {
      int n = 0;
      for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[n++] = sorted[i];
      return java.util.Arrays.copyOf(sorted, n);
    }
  }

  /** How many of the articles read use each word id (ids are dense, so arrays serve as maps). */
  private static final class DocumentFrequency {
    private int[] count = new int[256];
    private int[] lastArticle = new int[256]; // 1 + the place of the last article counted for the word

    /** Article {@code article} uses word {@code w}: counted once per article. */
    void see(int w, int article) {
      if (w >= count.length) {
        int n = Math.max(w + 1, count.length * 2);
        count = java.util.Arrays.copyOf(count, n);
        lastArticle = java.util.Arrays.copyOf(lastArticle, n);
      }
      if (lastArticle[w] == article + 1) return;
      lastArticle[w] = article + 1;
      count[w]++;
    }

    int of(int w) {
      return w < count.length ? count[w] : 0;
    }
  }

  public StorySummary summarize(List<SummaryInput> members) {
    if (members.isEmpty()) throw new IllegalArgumentException("a story has at least one article");
    List<SummaryInput> ordered = new ArrayList<>(members);
    ordered.sort(Comparator.comparing(SummaryInput::time).thenComparing(SummaryInput::id));
    List<SummaryInput> originals = ordered.stream().filter(m -> !m.copy()).toList();
    if (originals.isEmpty()) originals = ordered;
    List<SummaryInput> read = originals.subList(0, Math.min(MAX_ARTICLES, originals.size()));

    Set<String> readIds = new HashSet<>();
    for (SummaryInput a : read) readIds.add(a.id());
    Words vocabulary = new Words();
    DocumentFrequency df = new DocumentFrequency();
    List<Candidate> candidates = new ArrayList<>();
    // Word ids of each member's sentences, by place in `ordered`: those of the articles read now, the others' only
    // when citing needs them (word ids are only ever compared for equality, so the order they are handed out in
    // does not matter).
    List<List<int[]>> sentencesOf = new ArrayList<>(java.util.Collections.nCopies(ordered.size(), null));
    int[] counts = new int[2];
    // A story of one article: no other member to count a word in or to cite, so every word's document frequency
    // is at most 1, which scores nothing (centrality counts words in more than one article), and its headline is
    // its own title: only the lead sentences, the candidates, need their words. (Most stories of a run are single
    // articles.)
    boolean alone = ordered.size() == 1;
    for (int k = 0; k < ordered.size(); k++) {
      SummaryInput a = ordered.get(k);
      if (!readIds.contains(a.id())) continue;
      List<int[]> sentences = new ArrayList<>();
      int pos = 0;
      paragraphs:
      for (String p : a.paragraphs()) {
        for (String s : Sentences.withoutDateline(p)) {
          if (alone && pos >= LEAD_SENTENCES) break paragraphs;
          int[] words = vocabulary.of(s, counts);
          sentences.add(words);
          for (int w : words) df.see(w, k);
          if (pos < LEAD_SENTENCES && counts[0] >= MIN_TOKENS && counts[0] <= MAX_TOKENS && !isStamp(s, counts[0], counts[1])) {
            candidates.add(new Candidate(s, words, a, pos));
          } else if (pos == 0 && counts[0] > MAX_TOKENS) {
            // A lead of many clauses: its first clauses, which state the event, may be quoted.
            Optional<String> cut = Sentences.shortened(s, MAX_TOKENS);
            if (cut.isPresent()) candidates.add(new Candidate(cut.get(), vocabulary.of(cut.get()), a, pos));
          }
          pos++;
        }
      }
      sentencesOf.set(k, sentences);
      for (int w : vocabulary.of(a.title())) df.see(w, k);
    }
    String headline = headline(ordered, df, read.size(), vocabulary);
    if (candidates.isEmpty()) {
      List<SummarySentence> fallback = new ArrayList<>();
      SummaryInput first = ordered.get(0);
      // The first paragraph that says something; else the title: a text that is a name line under a photo ("د. منصور
      // المنصور", all a crawl kept of some pages) says less than the headline.
      String text = first.paragraphs().stream().map(Datelines::strip)
          .filter(p -> TextNormalizer.countTokens(p) >= MIN_TOKENS).findFirst()
          .orElse(!first.title().isBlank() || first.paragraphs().isEmpty() ? first.title()
              : Datelines.strip(first.paragraphs().get(0)));
      if (!text.isBlank()) fallback.add(new SummarySentence(shown(text), List.of(first.id())));
      return new StorySummary(headline, fallback, outletReports(ordered, candidates, List.of(), new double[0], c -> true));
    }

    double n = read.size();
    List<Set<String>> carriers = carriers(candidates.stream().map(Candidate::words).toList(),
        candidates.stream().map(c -> c.article().outlet()).toList(), df::of);
    // Scores by place in `candidates`.
    double[] score = new double[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      double centrality = 0;
      for (int w : c.words()) {
        int d = df.of(w);
        if (d > 1) centrality += d / n;
      }
      centrality /= Math.sqrt(Math.max(1, c.words().length));
      double support = Math.log(1 + carriers.get(i).size());
      double lead = 1.0 / (1 + 0.3 * c.position());
      score[i] = centrality * (1 + support) * lead;
    }
    List<Integer> ranked = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) ranked.add(i);
    ranked.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparing(i -> candidates.get(i).article().id())
        .thenComparingInt(i -> candidates.get(i).position()));

    List<Candidate> chosen = new ArrayList<>();
    // One reaction (a condemnation, a cable) among the first picks: the others wait until the event's own facts
    // are in, as dozens of governments condemning a bombing in nearly the same words would otherwise fill it.
    List<Candidate> laterReactions = new ArrayList<>();
    // What was expected ("سيقرر الرئيس … اليوم") waits too, until the facts are in, when reports came out at least
    // SUPERSEDED after it: they may tell what happened instead.
    List<Candidate> expectations = new ArrayList<>();
    // A sentence that leans on the one before it ("جاء ذلك خلال …", "لكن …") waits too: alone, it says little.
    List<Candidate> leaning = new ArrayList<>();
    Instant lastReport = originals.get(originals.size() - 1).time();
    boolean reactionTaken = false;
    for (int i : ranked) {
      Candidate c = candidates.get(i);
      if (chosen.size() >= maxSentences) break;
      if (redundant(chosen, c)) continue;
      if (Anticipations.isAnticipation(c.text()) && c.article().time().plus(SUPERSEDED).isBefore(lastReport)) {
        expectations.add(c);
        continue;
      }
      if (Anaphora.leansOnThePrevious(c.text())) {
        leaning.add(c);
        continue;
      }
      if (Reactions.isReaction(c.text())) {
        if (reactionTaken) {
          laterReactions.add(c);
          continue;
        }
        reactionTaken = true;
      }
      chosen.add(c);
    }
    for (Candidate c : laterReactions) {
      if (chosen.size() >= maxSentences) break;
      if (!redundant(chosen, c)) chosen.add(c);
    }
    for (Candidate c : leaning) {
      if (chosen.size() >= maxSentences) break;
      if (!redundant(chosen, c)) chosen.add(c);
    }
    // The summary opens with what happened: of the facts picked (a sentence leaning on the one before it aside), the
    // one nearest the headline, the story's most central title: its event (opening()); the rest follow in the order
    // they were reported. A story of several articles otherwise opened with whatever its earliest report said first:
    // the eve of an announcement, the markets' wait for it, a day in history.
    Candidate opening = originals.size() > 1
        ? opening(chosen.stream().filter(c -> !leaning.contains(c)).toList(), headline) : null;
    for (Candidate c : expectations) {
      if (chosen.size() >= maxSentences) break;
      if (!redundant(chosen, c)) chosen.add(c);
    }
    chosen.sort(Comparator.comparing((Candidate c) -> c.article().time()).thenComparing(c -> c.article().id())
        .thenComparingInt(Candidate::position));
    if (opening != null) {
      chosen.remove(opening);
      chosen.add(0, opening);
    }

    List<SummarySentence> out = new ArrayList<>();
    for (Candidate c : chosen) {
      LinkedHashSet<String> cited = new LinkedHashSet<>();
      cited.add(c.article().id());
      for (int k = 0; k < ordered.size(); k++) {
        if (cited.size() >= MAX_CITED) break;
        SummaryInput a = ordered.get(k);
        if (cited.contains(a.id())) continue;
        List<int[]> sentences = sentencesOf.get(k);
        if (sentences == null) {
          sentences = new ArrayList<>();
          for (String p : a.paragraphs()) {
            for (String s : Sentences.withoutDateline(p)) sentences.add(vocabulary.of(s, counts));
          }
          sentencesOf.set(k, sentences);
        }
        if (sentences.stream().anyMatch(w -> sameStatement(w, c.words()))) cited.add(a.id());
      }
      out.add(new SummarySentence(shown(c.text()), List.copyOf(cited)));
    }
    // A statement only one outlet carries among the candidates may still be in another outlet's later sentences, or
    // paraphrased there: it is exclusive only if no sentence of another outlet's articles read for this summary (all
    // their sentences were taken apart above) shares most of its words.
    java.util.function.Predicate<Candidate> elsewhere = c -> {
      for (int k = 0; k < ordered.size(); k++) {
        SummaryInput a = ordered.get(k);
        List<int[]> sentences = sentencesOf.get(k);
        if (sentences == null || !readIds.contains(a.id()) || a.outlet().equals(c.article().outlet())) continue;
        for (int[] w : sentences) if (overlap(w, c.words()) >= SAME_FACT) return true;
      }
      return false;
    };
    return new StorySummary(headline, out, outletReports(ordered, candidates, carriers, score, elsewhere));
  }

  /**
   * Whether a chosen sentence already states the candidate's fact. Paraphrases of one fact across outlets share most
   * of the shorter sentence's words: the overlap coefficient catches them where Jaccard, diluted by the longer
   * sentence, does not.
   */
  private static boolean redundant(List<Candidate> chosen, Candidate c) {
    return chosen.stream().anyMatch(o -> overlap(o.words(), c.words()) >= SAME_FACT);
  }

  /** Statements only one outlet carries, listed per outlet at most. */
  static final int EXCLUSIVE_PER_OUTLET = 2;

  /**
   * The side-by-side of a story's outlets, when it has two or more: each outlet's articles, first report and first
   * headline, and the lead statements only it carries ({@code carriers}: the outlets carrying each candidate's
   * statement among the candidates; {@code carriedElsewhere}: whether any sentence of another outlet shares most of
   * its words), the most central first ({@code score}), no two saying the same.
   */
  private static List<OutletReport> outletReports(List<SummaryInput> ordered, List<Candidate> candidates,
      List<Set<String>> carriers, double[] score, java.util.function.Predicate<Candidate> carriedElsewhere) {
    Map<String, List<SummaryInput>> byOutlet = new java.util.LinkedHashMap<>();
    for (SummaryInput a : ordered) {
      if (!a.outlet().isEmpty()) byOutlet.computeIfAbsent(a.outlet(), k -> new ArrayList<>()).add(a);
    }
    if (byOutlet.size() < 2) return List.of();
    Map<String, List<Integer>> exclusiveOf = new java.util.HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      String outlet = candidates.get(i).article().outlet();
      if (!outlet.isEmpty() && carriers.get(i).equals(Set.of(outlet))) {
        exclusiveOf.computeIfAbsent(outlet, k -> new ArrayList<>()).add(i);
      }
    }
    List<OutletReport> out = new ArrayList<>();
    for (Map.Entry<String, List<SummaryInput>> e : byOutlet.entrySet()) {
      List<SummaryInput> articles = e.getValue();
      List<Integer> own = new ArrayList<>(exclusiveOf.getOrDefault(e.getKey(), List.of()));
      own.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparing(i -> candidates.get(i).article().id())
          .thenComparingInt(i -> candidates.get(i).position()));
      List<Candidate> picked = new ArrayList<>();
      // The most central few only: a candidate further down says little the reader needs.
      for (int i : own.subList(0, Math.min(own.size(), 3 * EXCLUSIVE_PER_OUTLET))) {
        Candidate c = candidates.get(i);
        if (picked.size() >= EXCLUSIVE_PER_OUTLET) break;
        if (picked.stream().noneMatch(o -> overlap(o.words(), c.words()) >= SAME_FACT) && !carriedElsewhere.test(c)) {
          picked.add(c);
        }
      }
      Instant first = articles.get(0).time();
      String headline = articles.stream().map(SummaryInput::title).filter(t -> !t.isBlank()).findFirst().orElse("");
      out.add(new OutletReport(e.getKey(), articles.stream().map(SummaryInput::id).toList(),
          first.equals(Instant.MAX) ? Optional.empty() : Optional.of(first), headline,
          picked.stream().map(c -> new SummarySentence(shown(c.text()), List.of(c.article().id())))
              .toList()));
    }
    return out;
  }

  /**
   * For each candidate sentence (its sorted distinct word ids, its outlet), the outlets that carry the same statement
   * ({@link #sameStatement}) among the candidates, its own included; {@code df} gives a word's document frequency. The pairs are found by prefix filtering (Chaudhuri et al. 2006, "A primitive operator for
   * similarity joins"): two sets with Jaccard at least t share at least ⌈t·|x|⌉ words, so with the words of every
   * set in one global order (rarest first), the first |x| − ⌈t·|x|⌉ + 1 words of each must meet. Only pairs that
   * meet there are compared, which finds the same pairs as comparing all of them: a large story has hundreds of
   * candidates, and most pairs share no rare word.
   */
  static List<Set<String>> carriers(List<int[]> wordsOf, List<String> outletOf, java.util.function.IntUnaryOperator df) {
    int count = wordsOf.size();
    // Candidates whose prefix holds each word, by word id (ids are dense).
    int[][] postings = new int[0][];
    int[] postingSize = new int[0];
    List<Set<String>> outlets = new ArrayList<>(count);
    int[] checked = new int[count];
    java.util.Arrays.fill(checked, -1);
    for (int i = 0; i < count; i++) {
      int[] words = wordsOf.get(i);
      Set<String> carriers = new HashSet<>();
      if (sameStatement(words, words)) carriers.add(outletOf.get(i));
      outlets.add(carriers);
      if (words.length == 0) continue;
      // Rarest first (ties: lower id), packed so one primitive sort orders them.
      long[] order = new long[words.length];
      for (int k = 0; k < words.length; k++) order[k] = ((long) df.applyAsInt(words[k]) << 32) | words[k];
      java.util.Arrays.sort(order);
      int prefix = words.length - (int) Math.ceil(SAME_STATEMENT * words.length) + 1;
      for (int k = 0; k < prefix; k++) {
        int w = (int) order[k];
        if (w >= postings.length) {
          int size = Math.max(w + 1, postings.length * 2);
          postings = java.util.Arrays.copyOf(postings, size);
          postingSize = java.util.Arrays.copyOf(postingSize, size);
        }
        for (int p = 0; p < postingSize[w]; p++) {
          int j = postings[w][p];
          if (checked[j] == i) continue;
          checked[j] = i;
          if (sameStatement(words, wordsOf.get(j))) {
            carriers.add(outletOf.get(j));
            outlets.get(j).add(outletOf.get(i));
          }
        }
      }
      for (int k = 0; k < prefix; k++) {
        int w = (int) order[k];
        if (postings[w] == null) postings[w] = new int[4];
        if (postingSize[w] == postings[w].length) postings[w] = java.util.Arrays.copyOf(postings[w], postingSize[w] * 2);
        postings[w][postingSize[w]++] = i;
      }
    }
    return outlets;
  }

  /**
   * {@code jaccard(a, b) >= SAME_STATEMENT}; Jaccard is at most the ratio of the smaller set to the larger, which
   * rules most pairs out before their merge.
   */
  private static boolean sameStatement(int[] a, int[] b) {
    int small = Math.min(a.length, b.length);
    int large = Math.max(a.length, b.length);
    if (small < SAME_STATEMENT * large) return false;
    return jaccard(a, b) >= SAME_STATEMENT;
  }

  /** The member title whose words are most shared across the story; ties go to the earliest. */
  private static String headline(List<SummaryInput> ordered, DocumentFrequency df, int n, Words vocabulary) {
    String best = "";
    double bestScore = -1;
    for (SummaryInput a : ordered.subList(0, Math.min(ordered.size(), MAX_ARTICLES))) {
      int[] words = vocabulary.of(a.title());
      if (words.length < 2) continue;
      double s = 0;
      for (int w : words) s += df.of(w) / (double) n;
      s /= Math.sqrt(words.length);
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
        List<String> s = Sentences.withoutDateline(first.paragraphs().get(0));
        if (!s.isEmpty()) return s.get(0);
      }
    }
    return best;
  }

  /**
   * Datelines and stamps ("الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس"): short, several numbers, no sentence
   * punctuation. Shared by every bulletin of a source, they would win on support while saying nothing.
   */
  static boolean isStamp(String sentence, int tokens, int numbers) {
    if (tokens >= 16) return false;
    boolean punctuated = sentence.matches("(?s).*[.!?؟،؛].*");
    return numbers >= 2 && !punctuated;
  }

  /** Jaccard similarity of two sorted, distinct id arrays. */
  static double jaccard(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) return 0;
    int inter = intersection(a, b);
    return inter / (double) (a.length + b.length - inter);
  }

  /**
   * The fact a story's summary opens with, of those picked: the one that says most nearly what the headline says, by
   * the Dice coefficient of their terms (stems, stop words aside: "السفيرة" and "سفيرة" are one term; a long
   * sentence holding many of the headline's words among many others says something else), holding at least
   * {@link #OPENING} of the headline's terms and scoring above the earliest reported one, the earliest of equals; null
   * to keep the order they were reported in.
   */
  private static Candidate opening(List<Candidate> chosen, String headline) {
    Set<String> wanted = new HashSet<>(TERMS.terms(headline));
    if (wanted.isEmpty() || chosen.size() < 2) return null;
    Candidate earliest = null;
    Candidate best = null;
    double most = -1;
    double earliestScore = 0;
    for (Candidate c : chosen) {
      Set<String> terms = new HashSet<>(TERMS.terms(c.text()));
      int size = terms.size();
      terms.retainAll(wanted);
      int held = terms.size();
      double dice = 2.0 * held / (size + wanted.size());
      if (earliest == null || earlier(c, earliest)) {
        earliest = c;
        earliestScore = dice;
      }
      if (held >= OPENING * wanted.size() && (dice > most || (dice == most && earlier(c, best)))) {
        best = c;
        most = dice;
      }
    }
    return best != null && most > earliestScore ? best : null;
  }

  private static boolean earlier(Candidate a, Candidate b) {
    int t = a.article().time().compareTo(b.article().time());
    if (t != 0) return t < 0;
    int id = a.article().id().compareTo(b.article().id());
    return id != 0 ? id < 0 : a.position() < b.position();
  }

  /** Overlap coefficient |a ∩ b| / min(|a|, |b|) of two sorted, distinct id arrays. */
  static double overlap(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) return 0;
    return intersection(a, b) / (double) Math.min(a.length, b.length);
  }

  private static int intersection(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int inter = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        inter++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return inter;
  }
}
