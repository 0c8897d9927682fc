package org.naba.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.naba.store.JsonMapping;
import org.naba.store.RunStore;
import org.naba.store.SearchHit;
import org.naba.store.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code naba search DIR QUERY...}: Arabic search over a run's articles from the terminal, as the web UI searches
 * (every word must match, other spellings and forms of each word found too), for scripts ({@code --json}) and for a
 * quick look without a server.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Searches the articles of a run, as the web UI does.",
        "Every word must match; \"…\" is a phrase, -word excludes, word* is a prefix; a word also finds the",
        "other spellings the run's outlets wrote it in. Prints the best hits, each with its story and a snippet",
        "whose matches are [bracketed]; with --json, one JSON line per hit, as /api/search gives it.",
        "--outlet, --from and --to narrow the search, --newest orders it by time."})
public final class SearchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "output directory of 'naba run'")
  Path dir;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "QUERY", description = "the words searched")
  List<String> query;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
      description = "at most N hits (default: ${DEFAULT-VALUE}; at most " + SearchIndex.MAX_LIMIT + ")")
  int limit;

  @Option(names = "--json", description = "one JSON line per hit: id, story, title, score, snippet, highlights")
  boolean json;

  @Option(names = "--outlet", paramLabel = "NAME", description = "only articles of this outlet")
  String outlet;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "only articles of this day (UTC) or later")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "only articles of this day (UTC) or earlier")
  LocalDate to;

  @Option(names = "--newest", description = "newest hits first (undated last), instead of best first")
  boolean newest;

  @Override
  public Integer call() {
    if (limit < 1 || limit > SearchIndex.MAX_LIMIT) {
      System.err.println("naba: --limit must be between 1 and " + SearchIndex.MAX_LIMIT + ", not " + limit);
      return 2;
    }
    if (from != null && to != null && from.isAfter(to)) {
      System.err.println("naba: --from " + from + " is after --to " + to);
      return 2;
    }
    SearchIndex.Filter filter = new SearchIndex.Filter(Optional.ofNullable(outlet).filter(o -> !o.isBlank()),
        Optional.ofNullable(from), Optional.ofNullable(to), newest);
    String q = String.join(" ", query).strip();
    if (!SearchIndex.exists(dir)) {
      System.err.println("naba: no search index in " + dir + " (write one with: naba run INPUT... --out " + dir + ")");
      return 1;
    }
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    try (RunStore store = RunStore.open(dir);
        SearchIndex index = SearchIndex.open(dir, store::searchable, store::spellingsOf)) {
      SearchIndex.Found found = index.find(q, limit, filter);
      if (json) {
        for (SearchHit h : found.hits()) out.println(JsonMapping.line(JsonMapping.hit(h)));
      } else {
        print(out, q, found.hits(), found.forms(), store);
      }
    } catch (IllegalStateException e) {
      System.err.println("naba: cannot search " + dir + ": " + e.getMessage());
      return 1;
    } finally {
      out.flush();
    }
    return 0;
  }

  private static void print(PrintWriter out, String q, List<SearchHit> hits, Map<String, List<String>> forms,
      RunStore store) {
    StringJoiner also = new StringJoiner("، ");
    forms.forEach((word, others) -> also.add("«" + word + "» و«" + String.join("» و«", others) + "»"));
    String found = hits.isEmpty() ? "no article found" : hits.size() == 1 ? "1 article" : hits.size() + " articles";
    out.println(found + " for «" + q + "»"
        + (forms.isEmpty() ? "" : " (also searched: " + also + ")"));
    int rank = 0;
    for (SearchHit h : hits) {
      Optional<ObjectNode> article = store.articleJson(h.articleId());
      StringJoiner meta = new StringJoiner(" · ");
      meta.add(h.articleId());
      article.map(a -> a.path("outlet")).filter(JsonNode::isTextual).ifPresent(o -> meta.add(o.asText()));
      article.map(a -> a.path("published")).filter(JsonNode::isTextual).ifPresent(p -> meta.add(p.asText()));
      out.println();
      out.println(++rank + ". " + h.title());
      out.println("   " + meta);
      if (!h.storyId().isEmpty()) {
        String headline = store.storyJson(h.storyId()).map(s -> s.path("headline").asText()).orElse("");
        out.println("   story " + h.storyId() + (headline.isEmpty() ? "" : ": " + headline));
      }
      StringBuilder snippet = new StringBuilder();
      for (SearchHit.Part p : h.snippet()) snippet.append(p.match() ? "[" + p.text() + "]" : p.text());
      if (!snippet.isEmpty()) out.println("   " + snippet);
    }
  }
}
