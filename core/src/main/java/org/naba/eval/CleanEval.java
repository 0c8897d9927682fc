package org.naba.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.naba.clean.BagOfWords;
import org.naba.clean.BoilerplateMemory;
import org.naba.clean.CleanArticle;
import org.naba.clean.CleanedPage;
import org.naba.clean.HtmlPageCleaner;
import org.naba.clean.TextPageCleaner;
import org.naba.ingest.Decoding;
import org.naba.text.TextNormalizer;

/**
 * Scores the cleaners against gold main text: bag-of-words precision, recall and F1 per page (Unicode tokens,
 * Arabic normalised) and their means, plus title and date accuracy where the gold has them.
 *
 * <p>Gold layouts, recognised in this order:
 *
 * <ol>
 *   <li>fundus: {@code PUBLISHER.json} (entries V1, V1_1 … with title, body, publishing_date) beside
 *       {@code PUBLISHER_*.html.gz} pages in name order, in any sub-directory;
 *   <li>WET dumps: a {@code gold.json} of {@code {"main_text": {file: text}}} beside the text files;
 *   <li>pairs: {@code NAME.html} (or {@code .htm}) beside {@code NAME.txt}, the gold text, or a folder holding just
 *       one page and one text (fundus and pairs may share a tree);
 *   <li>pages and gold apart ({@code --pages}): each page {@code NAME.txt|html} of the pages directory with the gold
 *       {@code NAME.txt} in the gold directory and an optional {@code meta.json} of
 *       {@code {NAME: {"titles": [...], "date": "YYYY-MM-DD"}}}.
 * </ol>
 */
public final class CleanEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One page to score. */
  public record GoldPage(String name, boolean html, String page, String goldBody, List<String> goldTitles,
      Optional<LocalDate> goldDate) {}

  /**
   * One page's result.
   *
   * @param goldOnPage whether the page holds its gold text (always, for HTML; for a text dump, when the raw page
   *     holds 80 % of the gold's words)
   * @param ceiling the F1 a perfect extractor would reach on the page: one that keeps every gold word the page holds
   *     and nothing else (recall R = the raw page's recall of the gold, precision 1, so 2R / (1 + R)); 1 for HTML,
   *     whose gold is taken from the page itself
   */
  public record PageScore(String name, BagOfWords.Score body, Optional<Boolean> titleRight, Optional<Boolean> dateRight,
      boolean goldOnPage, double ceiling, String titleFound, String titleGold, String dateFound, String dateGold) {}

  /** All pages' results and their means. */
  public record Report(List<PageScore> pages) {
    public double meanF1() {
      return pages.stream().mapToDouble(p -> p.body().f1()).average().orElse(0);
    }

    public double meanPrecision() {
      return pages.stream().mapToDouble(p -> p.body().precision()).average().orElse(0);
    }

    public double meanRecall() {
      return pages.stream().mapToDouble(p -> p.body().recall()).average().orElse(0);
    }

    public String format() {
      StringBuilder sb = new StringBuilder();
      for (PageScore p : pages) {
        sb.append(String.format(Locale.ROOT, "%-60s P %.3f  R %.3f  F1 %.3f%s%s%n", clip(p.name()), p.body().precision(),
            p.body().recall(), p.body().f1(), p.titleRight().map(t -> t ? "  title ok" : "  title WRONG").orElse(""),
            p.dateRight().map(t -> t ? "  date ok" : "  date WRONG").orElse("")));
        if (!p.titleRight().orElse(true)) {
          sb.append("    title found: ").append(p.titleFound()).append("\n    title gold:  ").append(p.titleGold())
              .append('\n');
        }
        if (!p.dateRight().orElse(true)) {
          sb.append("    date found: ").append(p.dateFound()).append("  gold: ").append(p.dateGold()).append('\n');
        }
      }
      long titles = pages.stream().filter(p -> p.titleRight().isPresent()).count();
      long titlesRight = pages.stream().filter(p -> p.titleRight().orElse(false)).count();
      long dates = pages.stream().filter(p -> p.dateRight().isPresent()).count();
      long datesRight = pages.stream().filter(p -> p.dateRight().orElse(false)).count();
      List<PageScore> onPage = pages.stream().filter(PageScore::goldOnPage).toList();
      if (onPage.size() < pages.size()) {
        // Some gold texts are of another article than their page (fundus-wet: the crawl and the gold were taken
        // at different times); their score says nothing about the cleaner, so the mean without them is shown too.
        List<PageScore> offPage = pages.stream().filter(p -> !p.goldOnPage()).toList();
        sb.append(String.format(Locale.ROOT, "gold on its page (raw page recalls >= 80%% of the gold): %d pages, "
            + "mean P %.3f  R %.3f  F1 %.3f%n", onPage.size(), mean(onPage, p -> p.body().precision()),
            mean(onPage, p -> p.body().recall()), mean(onPage, p -> p.body().f1())));
        sb.append(String.format(Locale.ROOT, "gold mostly not on its page: %d pages, mean F1 %.3f, ceiling %.3f%n",
            offPage.size(), mean(offPage, p -> p.body().f1()), mean(offPage, PageScore::ceiling)));
        // What no cleaner can beat: the mean F1 of one that keeps exactly the gold words each page holds.
        sb.append(String.format(Locale.ROOT, "ceiling (a perfect extractor: every gold word the page holds, nothing"
            + " else): mean F1 %.3f over all %d pages%n", mean(pages, PageScore::ceiling), pages.size()));
      }
      sb.append(String.format(Locale.ROOT, "pages %d  mean P %.3f  R %.3f  F1 %.3f  titles %d/%d  dates %d/%d%n",
          pages.size(), meanPrecision(), meanRecall(), meanF1(), titlesRight, titles, datesRight, dates));
      return sb.toString();
    }

    private static double mean(List<PageScore> pages, java.util.function.ToDoubleFunction<PageScore> f) {
      return pages.stream().mapToDouble(f).average().orElse(0);
    }

    private static String clip(String s) {
      return s.length() <= 60 ? s : "…" + s.substring(s.length() - 59);
    }
  }

  private CleanEval() {}

  /** Loads the gold pages of a directory in one of the layouts above ({@code pages} for the last one). */
  public static List<GoldPage> load(Path gold, Optional<Path> pages) throws IOException {
    if (pages.isPresent()) return separate(pages.get(), gold);
    if (Files.isRegularFile(gold.resolve("gold.json"))) return wet(gold);
    List<GoldPage> all = new ArrayList<>(fundus(gold));
    all.addAll(pairs(gold));
    return all;
  }

  /** Cleans every page with fresh cleaners and scores it. */
  public static Report score(List<GoldPage> pages) {
    BoilerplateMemory memory = new BoilerplateMemory();
    TextPageCleaner text = new TextPageCleaner(memory);
    HtmlPageCleaner html = new HtmlPageCleaner(memory);
    List<PageScore> out = new ArrayList<>();
    for (GoldPage g : pages) {
      String site = g.name().contains("/") ? g.name().substring(0, g.name().lastIndexOf('/')) : g.name();
      CleanedPage cleaned = g.html() ? html.clean(g.page(), Optional.empty(), site, Optional.empty())
          : text.clean(g.page(), site, Optional.empty());
      StringBuilder body = new StringBuilder();
      List<String> titles = new ArrayList<>();
      Optional<LocalDate> date = Optional.empty();
      for (CleanArticle a : cleaned.articles()) {
        if (!g.html() && !a.title().isBlank()) body.append(a.title()).append('\n');
        for (String p : a.paragraphs()) body.append(p).append('\n');
        titles.add(a.title());
        if (date.isEmpty()) date = a.published().map(t -> t.toLocalDate());
      }
      Optional<Boolean> titleRight = g.goldTitles().isEmpty() ? Optional.empty()
          : Optional.of(titles.size() >= g.goldTitles().size() && sameTitles(titles, g.goldTitles()));
      Optional<LocalDate> found = date;
      Optional<Boolean> dateRight = g.goldDate().map(d -> found.isPresent() && found.get().equals(d));
      double onPage = g.html() ? 1 : BagOfWords.score(g.page(), g.goldBody()).recall();
      out.add(new PageScore(g.name(), BagOfWords.score(body.toString(), g.goldBody()), titleRight, dateRight,
          onPage >= 0.8, onPage == 0 ? 0 : 2 * onPage / (1 + onPage), String.join(" | ", titles),
          String.join(" | ", g.goldTitles()), found.map(LocalDate::toString).orElse("none"),
          g.goldDate().map(LocalDate::toString).orElse("none")));
    }
    return new Report(out);
  }

  private static boolean sameTitles(List<String> found, List<String> gold) {
    for (int i = 0; i < gold.size(); i++) {
      if (!norm(found.get(i)).equals(norm(gold.get(i)))) return false;
    }
    return true;
  }

  private static String norm(String s) {
    return String.join(" ", TextNormalizer.tokens(s));
  }

  static List<GoldPage> fundus(Path root) throws IOException {
    List<GoldPage> out = new ArrayList<>();
    List<Path> jsons;
    try (Stream<Path> s = Files.walk(root)) {
      jsons = s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("gold.json")).sorted().toList();
    }
    for (Path json : jsons) {
      String publisher = json.getFileName().toString().replaceFirst("\\.json$", "");
      List<Path> pages;
      try (Stream<Path> s = Files.list(json.getParent())) {
        pages = s.filter(p -> p.getFileName().toString().startsWith(publisher + "_")
            && p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
      }
      JsonNode gold = JSON.readTree(json.toFile());
      // Entries follow the pages in name order; a publisher whose counts differ cannot be paired and is left out.
      if (pages.isEmpty() || gold.size() != pages.size()) continue;
      Iterator<JsonNode> entries = gold.elements();
      for (Path page : pages) {
        JsonNode e = entries.next();
        byte[] bytes = gunzip(page);
        Optional<LocalDate> date = Optional.ofNullable(e.get("publishing_date")).filter(JsonNode::isTextual)
            .map(d -> LocalDate.parse(d.asText().substring(0, 10)));
        List<String> titles = e.hasNonNull("title") ? List.of(e.get("title").asText()) : List.of();
        out.add(new GoldPage(root.relativize(page).toString(), true, Decoding.decode(bytes, Optional.empty(), true).text(),
            fundusBody(e), titles, date));
      }
    }
    return out;
  }

  /** fundus gold body: summary, then per section its headlines and paragraphs (the title is scored apart). */
  public static String fundusBody(JsonNode article) {
    StringBuilder sb = new StringBuilder();
    JsonNode body = article.path("body");
    for (JsonNode s : body.path("summary")) sb.append(s.asText()).append('\n');
    for (JsonNode section : body.path("sections")) {
      for (JsonNode h : section.path("headline")) sb.append(h.asText()).append('\n');
      for (JsonNode p : section.path("paragraphs")) sb.append(p.asText()).append('\n');
    }
    return sb.toString();
  }

  static List<GoldPage> wet(Path root) throws IOException {
    JsonNode gold = JSON.readTree(root.resolve("gold.json").toFile()).path("main_text");
    List<GoldPage> out = new ArrayList<>();
    List<String> names = new ArrayList<>();
    gold.fieldNames().forEachRemaining(names::add);
    names.sort(null);
    for (String name : names) {
      Path page = root.resolve(name);
      if (!Files.isRegularFile(page)) continue;
      out.add(new GoldPage(name, false, Files.readString(page, StandardCharsets.UTF_8), gold.get(name).asText(), List.of(),
          Optional.empty()));
    }
    return out;
  }

  static List<GoldPage> pairs(Path root) throws IOException {
    List<GoldPage> out = new ArrayList<>();
    List<Path> htmls;
    try (Stream<Path> s = Files.walk(root)) {
      htmls = s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".htm")).sorted().toList();
    }
    for (Path html : htmls) {
      Path txt = html.resolveSibling(html.getFileName().toString().replaceFirst("\\.html?$", ".txt"));
      if (!Files.isRegularFile(txt)) txt = onlyTextBeside(html);
      if (txt == null) continue;
      out.add(new GoldPage(root.relativize(html).toString(), true,
          Decoding.decode(Files.readAllBytes(html), Optional.empty(), true).text(),
          Files.readString(txt, StandardCharsets.UTF_8), List.of(), Optional.empty()));
    }
    return out;
  }

  /** A folder holding exactly one page and one text (newspaper3k's fixtures name them apart): that text. */
  private static Path onlyTextBeside(Path html) throws IOException {
    try (Stream<Path> s = Files.list(html.getParent())) {
      List<Path> files = s.filter(Files::isRegularFile).toList();
      List<Path> pages = files.stream().filter(p -> p.toString().matches(".*\\.html?$")).toList();
      List<Path> texts = files.stream().filter(p -> p.toString().endsWith(".txt")).toList();
      return pages.size() == 1 && texts.size() == 1 ? texts.get(0) : null;
    }
  }

  static List<GoldPage> separate(Path pages, Path gold) throws IOException {
    JsonNode meta = Files.isRegularFile(gold.resolve("meta.json")) ? JSON.readTree(gold.resolve("meta.json").toFile())
        : JSON.createObjectNode();
    List<GoldPage> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(pages)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path page : files) {
      String file = page.getFileName().toString();
      String name = file.replaceFirst("\\.(txt|html?)$", "");
      Path g = gold.resolve(name + ".txt");
      if (!Files.isRegularFile(g)) continue;
      boolean html = !file.endsWith(".txt");
      JsonNode m = meta.path(name);
      List<String> titles = new ArrayList<>();
      for (JsonNode t : m.path("titles")) titles.add(t.asText());
      Optional<LocalDate> date = m.hasNonNull("date") ? Optional.of(LocalDate.parse(m.get("date").asText())) : Optional.empty();
      out.add(new GoldPage(file, html, Decoding.decode(Files.readAllBytes(page), Optional.empty(), html).text(),
          Files.readString(g, StandardCharsets.UTF_8), titles, date));
    }
    return out;
  }

  private static byte[] gunzip(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }
}
