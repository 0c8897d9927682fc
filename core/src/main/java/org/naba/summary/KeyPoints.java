package org.naba.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.naba.model.SummarySentence;
import org.naba.text.TextNormalizer;

/**
 * A story's key points: the distinct claims its headlines make, each as the headline that says it best, with every
 * article whose headline makes it. A headline is the outlet's own one-line statement of what happened, so the claims
 * many outlets headline are the story's key points ("مقتل 15 في تفجير مسجد بأبها", "داعش يتبنى التفجير", "الملك
 * يعزي أسر الضحايا"), where the summary reads the leads. Headlines make one claim when most of the shorter one's
 * content words are in the other (overlap coefficient, as paraphrases across outlets are), each word weighing by how
 * few of the story's headlines use it (a word most of them use names the event, or an outlet's series, "الاتفاق
 * النووي مع إيران: …", not a claim of it), its article and proclitic aside; a claim ranks by how many
 * outlets headline it, then how many articles, then how early. A claim must be made by two outlets when the story has
 * two or more (else by two of its articles), and must use a word a fifth of the story's other
 * headlines use: a headline sharing none is another story's.
 *
 * <p>Pure and thread-safe.
 */
public final class KeyPoints {
  /** How many key points a story lists. */
  public static final int PER_STORY = 5;
  /**
   * Share of the lighter headline's word weight the other must hold for the two to make one claim, a word weighing
   * ln(headlines / headlines using it). Stories of 20 articles or more with no key point (ANT 2018, 117 of them;
   * SaudiNewsNet 2015, 178), and of 5 to 19 (790; 795), by {@code
   * tools/experiments/2026-12-01-KeyPointsCoverage.java} over each run's articles (as {@code tools/key-points.py}
   * counts them in its stories, before and after): unweighted at 0.6 (before)
   * 33 and 541, 8 and 175; weighted at 0.6 51 and 651, 4 and 227; at 0.5 26 and 588, 2 and 195; at 0.45 19 and
   * 549, 2 and 181; at 0.4 10 and 495, 2 and 159, the key points still distinct (the Jerusalem embassy's: Ivanka
   * Trump's arrival, the border clashes, Abbas's condemnation, the move made official, the Arab call to the Security
   * Council).
   */
  static final double SAME_CLAIM = 0.4;
  /**
   * Share of the story's other headlines (other claims') one of a claim's words must be in, for a story of five
   * headlines or more.
   */
  static final double CORE_SHARE = 0.2;
  /** Headlines read for key points: a big story's first ones, in the story's order. */
  private static final int MAX_HEADLINES = 100;
  /** Headlines of a claim a new headline is compared with: its first few. */
  private static final int COMPARED = 5;

  private KeyPoints() {}

  private static final class Claim {
    final List<SummaryInput> articles = new ArrayList<>();
    final List<Set<String>> words = new ArrayList<>();
    final Set<String> outlets = new HashSet<>();
    final int order;

    Claim(int order) {
      this.order = order;
    }
  }

  /** At most {@code max} key points of a story's articles (in the story's order). */
  public static List<SummarySentence> of(List<SummaryInput> articles, int max) {
    List<SummaryInput> titled = new ArrayList<>();
    List<Set<String>> wordsOf = new ArrayList<>();
    int read = 0;
    for (SummaryInput a : articles) {
      if (a.title().isBlank()) continue;
      if (read++ >= MAX_HEADLINES) break;
      Set<String> words = contentWords(a.title());
      if (words.size() < 2) continue;
      titled.add(a);
      wordsOf.add(words);
    }
    // A word many of the story's headlines use names the event, or the outlet's series ("الاتفاق النووي مع إيران:
    // …"), not one claim of it: words weigh by how few headlines use them.
    Map<String, Integer> used = new HashMap<>();
    for (Set<String> w : wordsOf) for (String t : w) used.merge(t, 1, Integer::sum);
    Map<String, Double> weights = new HashMap<>();
    used.forEach((t, n) -> weights.put(t, Math.log((double) wordsOf.size() / n)));
    ToDoubleFunction<String> weight = weights::get;
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < titled.size(); i++) {
      SummaryInput a = titled.get(i);
      Set<String> words = wordsOf.get(i);
      Claim home = null;
      for (Claim c : claims) {
        if (c.words.stream().limit(COMPARED).anyMatch(w -> overlap(w, words, weight) >= SAME_CLAIM)) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new Claim(claims.size());
        claims.add(home);
      }
      home.articles.add(a);
      home.words.add(words);
      if (!a.outlet().isEmpty()) home.outlets.add(a.outlet());
    }
    // How many headlines hold each word: a claim that shares no word the story's headlines often use is another
    // story's headline that found its way into this one (an aggregator's teaser, a clustering slip).
    Map<String, Integer> df = used;
    int headlines = wordsOf.size();
    int outlets = (int) articles.stream().map(SummaryInput::outlet).filter(o -> !o.isEmpty()).distinct().count();
    List<Claim> kept = new ArrayList<>();
    for (Claim c : claims) {
      // Made by two outlets or more when the story has them (one outlet's two sections are one voice), else by two
      // articles or more: a lone headline is the story's headline, not a point of it.
      boolean shared = outlets >= 2 ? c.outlets.size() >= 2 : c.articles.size() >= 2;
      if (!shared) continue;
      if (headlines >= 5 && !heldElsewhere(c, df, headlines)) continue;
      kept.add(c);
    }
    kept.sort(Comparator.comparingInt((Claim c) -> -c.outlets.size()).thenComparingInt(c -> -c.articles.size())
        .thenComparingInt(c -> c.order));
    List<SummarySentence> out = new ArrayList<>();
    for (Claim c : kept.subList(0, Math.min(max, kept.size()))) {
      LinkedHashSet<String> ids = new LinkedHashSet<>();
      for (SummaryInput a : c.articles) ids.add(a.id());
      out.add(new SummarySentence(best(c).title().strip(), List.copyOf(ids)));
    }
    return out;
  }

  /**
   * Whether some word of the claim's first headline is in {@link #CORE_SHARE} of the story's other headlines (those
   * of other claims): true for a claim that is all the story's headlines.
   */
  private static boolean heldElsewhere(Claim c, Map<String, Integer> df, int headlines) {
    int others = headlines - c.words.size();
    if (others <= 0) return true;
    Map<String, Integer> own = new HashMap<>();
    for (Set<String> w : c.words) for (String t : w) own.merge(t, 1, Integer::sum);
    for (String t : c.words.get(0)) if (df.get(t) - own.get(t) >= CORE_SHARE * others) return true;
    return false;
  }

  /** The claim's headline whose words its other headlines share most (ties: the earliest). */
  private static SummaryInput best(Claim c) {
    Map<String, Integer> df = new HashMap<>();
    for (Set<String> w : c.words) for (String t : w) df.merge(t, 1, Integer::sum);
    SummaryInput best = c.articles.get(0);
    double bestScore = -1;
    for (int i = 0; i < c.articles.size(); i++) {
      double score = 0;
      for (String t : c.words.get(i)) score += df.get(t);
      score /= Math.sqrt(c.words.get(i).size());
      if (score > bestScore) {
        bestScore = score;
        best = c.articles.get(i);
      }
    }
    return best;
  }

  /**
   * Folded words of three letters or more (particles and clitic-only tokens say nothing of the claim), without the
   * article and a one-letter proclitic before it or before the word ("والليرة", "بالليرة" and "لليرة" are "ليرة";
   * "بمسجد" is "مسجد"): outlets headline one claim with its words in other grammatical places.
   */
  static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    for (String t : TextNormalizer.tokens(text)) {
      String w = bare(t);
      if (w.length() > 2) out.add(w);
    }
    return out;
  }

  /** The article with a proclitic written onto it, or alone. */
  private static final List<String> ARTICLES = List.of("وال", "بال", "فال", "كال", "لل", "ال");

  /**
   * A word without its article and proclitic, three letters kept at least (a word of five or more for "وفبل"). A
   * word that opens with "ل" loses it after the article too: "لل" is "ل" and the article before a word of "ال" + "ل"
   * ("لليرة" is "لِ" + "الليرة"), so "الليرة", "والليرة" and "لليرة" all read "يرة".
   */
  static String bare(String word) {
    for (String p : ARTICLES) {
      if (word.startsWith(p) && word.length() - p.length() >= 3) {
        String rest = word.substring(p.length());
        boolean lam = p.endsWith("ال") && rest.charAt(0) == 'ل' && rest.length() >= 4;
        return lam ? rest.substring(1) : rest;
      }
    }
    return word.length() >= 5 && "وفبل".indexOf(word.charAt(0)) >= 0 ? word.substring(1) : word;
  }

  /** The weight the two headlines share, over the lighter one's: how much of the shorter claim the other makes. */
  private static double overlap(Set<String> a, Set<String> b, ToDoubleFunction<String> weight) {
    double wa = 0;
    double wb = 0;
    double shared = 0;
    for (String t : a) {
      double w = weight.applyAsDouble(t);
      wa += w;
      if (b.contains(t)) shared += w;
    }
    for (String t : b) wb += weight.applyAsDouble(t);
    if (Math.min(wa, wb) > 0) return shared / Math.min(wa, wb);
    // A headline of words every headline uses: alike as written or not.
    Set<String> small = a.size() <= b.size() ? a : b;
    return b.containsAll(a) || a.containsAll(b) ? 1 : small.stream().filter(t -> (small == a ? b : a).contains(t))
        .count() / (double) small.size();
  }
}
