package org.naba.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.naba.model.Quote;
import org.naba.model.StoryQuote;
import org.naba.text.TextNormalizer;

/**
 * What was said in a story and by whom: its articles' quotations, one entry per statement however many articles
 * carry it. Quotations are the same statement when their folded words are the same (outlets differ in hamza, marks
 * and spacing). An entry keeps the text of its first article, the speaker most of its articles name (ties: the
 * first named), and every article that carries it; the most quoted come first, then the earliest.
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

  /** At most {@code max} statements of the articles, most quoted first. */
  public static List<StoryQuote> gather(List<Quoted> articles, int max) {
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
    List<Entry> entries = new ArrayList<>();
    for (Entry e : byKey.values()) if (!e.speakers.isEmpty()) entries.add(e);
    entries.sort((x, y) -> x.articles.size() != y.articles.size()
        ? Integer.compare(y.articles.size(), x.articles.size())
        : Integer.compare(x.order, y.order));
    List<StoryQuote> out = new ArrayList<>();
    for (Entry e : entries.subList(0, Math.min(max, entries.size()))) {
      out.add(new StoryQuote(e.text, Optional.of(e.speaker()), List.copyOf(e.articles)));
    }
    return out;
  }

  private static final class Entry {
    final String text;
    final int order;
    final LinkedHashSet<String> articles = new LinkedHashSet<>();
    // Insertion-ordered, so that equal counts go to the speaker named first.
    final Map<String, Integer> speakers = new LinkedHashMap<>();

    Entry(String text, int order) {
      this.text = text;
      this.order = order;
    }

    String speaker() {
      String best = null;
      int most = 0;
      for (Map.Entry<String, Integer> s : speakers.entrySet()) {
        if (s.getValue() > most) {
          best = s.getKey();
          most = s.getValue();
        }
      }
      return best;
    }
  }
}
