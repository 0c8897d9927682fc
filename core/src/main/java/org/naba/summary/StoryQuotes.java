package org.naba.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.naba.model.Quote;
import org.naba.model.StoryEntity;
import org.naba.model.StoryQuote;
import org.naba.text.TextNormalizer;

/**
 * What was said in a story and by whom: its articles' quotations, one entry per statement however many articles
 * carry it. Quotations are the same statement when their folded words are the same (outlets differ in hamza, marks
 * and spacing). An entry keeps the text of its first article, the speaker most of its articles name (a speaker who is
 * named, a person or a body, before one named by a role or a document: "بومبيو" before "البيان"; then ties to the
 * first named), and every article that carries it. Statements of a named speaker come first, then the others; within
 * each, the most quoted first, then the earliest.
 *
 * <p>Only quotations with a named speaker and of at least {@link #MIN_WORDS} words are kept: a span in quotation marks
 * with no one saying it is most often a title, a slogan or a name ("«المصرية اليوم»"), not a statement. Pure and
 * thread-safe.
 */
public final class StoryQuotes {
  /** The shortest quotation kept, in words. */
  public static final int MIN_WORDS = 4;
  /** How many statements a story lists. */
  public static final int PER_STORY = 8;

  private StoryQuotes() {}

  /** An article's quotations, in the story's order. */
  public record Quoted(String articleId, List<Quote> quotes) {
    public Quoted {
      Objects.requireNonNull(articleId, "articleId");
      quotes = List.copyOf(quotes);
    }
  }

  /**
   * At most {@code max} statements of the articles, those of a named speaker first, then the most quoted.
   *
   * @param named whether a speaker as the articles write it is a name (of a person, a body, a place) rather than a role
   *     or a document ("الوزارة", "البيان"); the pipeline asks the entity tagger
   */
  public static List<StoryQuote> gather(List<Quoted> articles, int max, Predicate<String> named) {
    Map<String, Entry> byKey = new LinkedHashMap<>();
    for (Quoted a : articles) {
      for (Quote q : a.quotes()) {
        List<String> words = TextNormalizer.tokens(q.text());
        if (words.size() < MIN_WORDS) continue;
        String key = String.join(" ", words);
        Entry e = byKey.computeIfAbsent(key, k -> new Entry(q.text(), byKey.size()));
        e.articles.add(a.articleId());
        q.speaker().ifPresent(s -> e.speakers.merge(s, 1, Integer::sum));
      }
    }
    Map<String, Boolean> isNamed = new HashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (Entry e : byKey.values()) {
      if (e.speakers.isEmpty()) continue;
      e.choose(s -> isNamed.computeIfAbsent(s, named::test));
      entries.add(e);
    }
    entries.sort(Comparator.comparing((Entry e) -> !e.named)
        .thenComparing(e -> -e.articles.size())
        .thenComparingInt(e -> e.order));
    List<StoryQuote> out = new ArrayList<>();
    for (Entry e : entries.subList(0, Math.min(max, entries.size()))) {
      out.add(new StoryQuote(e.text, Optional.of(e.speaker), List.copyOf(e.articles)));
    }
    return out;
  }

  /**
   * The quotations with a speaker written by one part of a name given the whole name the story knows: "لافروف" →
   * "سيرغي لافروف", "تيريزا" → "تيريزا ماي". Only a one-word speaker is completed, and only when exactly one name fits,
   * tried in this order:
   *
   * <ol>
   *   <li>a person of the story's entities whose first or last word it is and whom an article carrying the quotation
   *       names, in the same spelling, then spelt otherwise (the skeleton that merges the spellings of one name, at
   *       most two letters apart: "ترمب" → "دونالد ترامب");
   *   <li>the one person of the story whose surname it is, though the articles quoting them name them by it alone
   *       ("ماي" → "تيريزا ماي"; a father's name after "بن" is no surname);
   *   <li>the one other speaker of the story's quotations whose name ends with it ("تيلرسون" → "وزير الخارجية الأمريكي
   *       ريكس تيلرسون"), when the entities hold no such person.
   * </ol>
   *
   * "محمد" among two Mohammeds stays as it is. A person the story names by one word is given by their fullest spelling
   * ("ماكرون" → "إيمانويل ماكرون"). Speakers are shown with a hashtag's underscores as spaces ("الخارجية_الروسية").
   */
  public static List<StoryQuote> withFullNames(List<StoryQuote> quotes, List<StoryEntity> entities) {
    List<StoryEntity> persons = entities.stream().filter(e -> e.type().equals("PERS")).toList();
    // Each person's first and last words, folded, by skeleton.
    List<Map<String, List<String>>> partsOf = new ArrayList<>();
    List<Map<String, List<String>>> surnamesOf = new ArrayList<>();
    for (StoryEntity e : persons) {
      Map<String, List<String>> parts = new HashMap<>();
      Map<String, List<String>> surnames = new HashMap<>();
      for (String spelling : e.variants().isEmpty() ? List.of(e.name()) : e.variants()) {
        List<String> words = TextNormalizer.tokens(spelling);
        if (words.size() < 2) continue;
        for (String w : List.of(words.getFirst(), words.getLast())) {
          parts.computeIfAbsent(StoryEntities.skeleton(w), k -> new ArrayList<>()).add(w);
        }
        // "فيصل بن خالد": the last word after "بن" is the father's name, by which no one calls the son alone.
        if (!PATRONYMIC.contains(words.get(words.size() - 2))) {
          surnames.computeIfAbsent(StoryEntities.skeleton(words.getLast()), k -> new ArrayList<>()).add(words.getLast());
        }
      }
      partsOf.add(parts);
      surnamesOf.add(surnames);
    }
    List<StoryQuote> out = new ArrayList<>(quotes.size());
    for (StoryQuote q : quotes) {
      Optional<String> speaker = q.speaker().map(s -> {
        List<String> words = TextNormalizer.tokens(s);
        if (words.size() != 1) return s;
        String word = words.getFirst();
        String key = StoryEntities.skeleton(word);
        // A person named in an article that carries the quotation, by the same spelling first, then by another;
        // else the one person of the whole story whose surname it is ("ماي": the articles quoting her may name her
        // by surname alone, which the story's name lexicon does not count as a mention).
        for (int pass = 0; pass < 4; pass++) {
          boolean exact = pass % 2 == 0;
          boolean inArticles = pass < 2;
          StoryEntity only = null;
          for (int i = 0; i < persons.size(); i++) {
            StoryEntity e = persons.get(i);
            List<String> parts = (inArticles ? partsOf : surnamesOf).get(i).getOrDefault(key, List.of());
            boolean fits = exact ? parts.contains(word) : parts.stream().anyMatch(p -> SPELLING.apply(p, word) >= 0);
            if (!fits || inArticles && Collections.disjoint(e.articles(), q.articles())) continue;
            if (only != null) return s; // two persons fit
            only = e;
          }
          if (only != null) return fullName(only).orElse(s);
        }
        return otherSpeaker(quotes, word).orElse(s);
      });
      out.add(new StoryQuote(q.text(), speaker.map(n -> n.replace('_', ' ')), q.articles()));
    }
    return out;
  }

  /**
   * Two spellings of one word of a name: besides one skeleton, at most two letters apart ("ترمب"/"ترامب",
   * "منتوشين"/"منوتشين", "جايسن"/"جيسون"); a skeleton alone also meets other names ("ماكين"/"ميغان", "بوريطة"/"بريت").
   * Gives -1 beyond that.
   */
  private static final LevenshteinDistance SPELLING = new LevenshteinDistance(2);

  /**
   * The one speaker of several words among the quotations whose last word, folded, is {@code word}, but not one who
   * speaks for it.
   */
  private static Optional<String> otherSpeaker(List<StoryQuote> quotes, String word) {
    String found = null;
    for (StoryQuote q : quotes) {
      if (q.speaker().isEmpty()) continue;
      List<String> words = TextNormalizer.tokens(q.speaker().get());
      // "المتحدث باسم السفارة" speaks for the embassy; he is not "السفارة".
      if (words.size() < 2 || !words.getLast().equals(word) || words.get(words.size() - 2).equals("باسم")) continue;
      if (found != null && !found.equals(q.speaker().get())) return Optional.empty(); // two fit
      found = q.speaker().get();
    }
    return Optional.ofNullable(found);
  }

  /**
   * A person's name in full: the story's name for them, or when that is one word ("ماكرون"), the spelling of theirs
   * with the most words ("إيمانويل ماكرون"); none when every spelling is one word (another spelling is no fuller).
   */
  private static Optional<String> fullName(StoryEntity e) {
    if (TextNormalizer.tokens(e.name()).size() > 1) return Optional.of(e.name());
    String best = null;
    int words = 1;
    for (String v : e.variants()) {
      int n = TextNormalizer.tokens(v).size();
      if (n > words) {
        best = v;
        words = n;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Words after which a name's last word is the father's or the family's, folded: "بن", "ابن", "بنت", "أبو", "آل". */
  private static final java.util.Set<String> PATRONYMIC =
      java.util.Set.of("بن", "ابن", "بنت", "ابو", "ال", "عبد");

  private static final class Entry {
    final String text;
    final int order;
    final LinkedHashSet<String> articles = new LinkedHashSet<>();
    // Insertion-ordered, so that equal counts go to the speaker named first.
    final Map<String, Integer> speakers = new LinkedHashMap<>();
    String speaker; // set by choose
    boolean named;

    Entry(String text, int order) {
      this.text = text;
      this.order = order;
    }

    /** The speaker most of its articles name, a named one before the others; ties to the first named. */
    void choose(Predicate<String> isNamed) {
      int most = 0;
      for (Map.Entry<String, Integer> s : speakers.entrySet()) {
        boolean n = isNamed.test(s.getKey());
        if (speaker == null || (n && !named) || (n == named && s.getValue() > most)) {
          speaker = s.getKey();
          named = n;
          most = s.getValue();
        }
      }
    }
  }
}
