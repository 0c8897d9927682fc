package org.naba.pipeline;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.naba.clean.BoilerplateMemory;
import org.naba.clean.CleanArticle;
import org.naba.clean.CleanedPage;
import org.naba.clean.HtmlPageCleaner;
import org.naba.clean.PageUrls;
import org.naba.clean.RecordCleaner;
import org.naba.clean.TextPageCleaner;
import org.naba.ingest.Format;
import org.naba.ingest.RawDocument;
import org.naba.model.Article;
import org.naba.text.LanguageId;

/**
 * Glue between ingest and clean: turns one raw document into its articles. Pages go through the page cleaners;
 * records (JSONL, feeds) already carry their text and metadata, which win over anything read from the text.
 *
 * <p>Thread-safe as long as the cleaners' shared {@link BoilerplateMemory} is (it is). The memory learns each site
 * apart ({@link #siteKey}), so the documents of one site must come in input order, one after another; sites may be
 * cleaned in parallel, or on different machines, each with a memory of its own (naba-spark).
 */
public final class Cleaning {
  private final TextPageCleaner text;
  private final HtmlPageCleaner html;
  private final RecordCleaner records;

  /** The articles of one document, with the warnings cleaning it raised. */
  public record Cleaned(List<Article> articles, List<Warnings.Entry> warnings) {
    public Cleaned {
      articles = List.copyOf(articles);
      warnings = List.copyOf(warnings);
    }
  }

  public Cleaning(BoilerplateMemory memory) {
    this.text = new TextPageCleaner(memory);
    this.html = new HtmlPageCleaner(memory);
    this.records = new RecordCleaner(memory);
  }

  /** The site a page belongs to, for learning its repeated boilerplate: the URL's host, else the outlet. */
  public static String siteKey(RawDocument d) {
    Optional<String> host = d.url().flatMap(PageUrls::host);
    return host.or(d::outlet).orElse("");
  }

  /**
   * One document's articles; a document that yields none, or that a cleaner fails on, is reported with its source
   * (a cleaner's bug on one page must not cost the run).
   */
  public Cleaned cleanDocument(RawDocument d) {
    return finish(prepare(d));
  }

  /**
   * A document past the step that learns from its site's earlier documents: a page cleaned whole (its cleaner reads
   * the site's memory throughout), a record only read ({@link RecordCleaner#read}). The documents of a site must be
   * prepared in input order, one after another; {@link #finish} then runs on any thread, in any order.
   */
  public static final class Prepared {
    private final RawDocument document;
    private final RecordCleaner.Read record; // null once done
    private final Optional<OffsetDateTime> published;
    private final Cleaned done; // null for a record still to clean

    private Prepared(RawDocument document, RecordCleaner.Read record, Optional<OffsetDateTime> published,
        Cleaned done) {
      this.document = document;
      this.record = record;
      this.published = published;
      this.done = done;
    }
  }

  /** The step of a document's cleaning that must see its site's documents in input order. */
  public Prepared prepare(RawDocument d) {
    try {
      if (d.format() != Format.RECORD) return new Prepared(d, null, Optional.empty(), found(d, clean(d)));
      // A record's own time wins; its URL is read only when it has none.
      Optional<OffsetDateTime> published = d.published().or(() -> PageUrls.publication(d.url(), Optional.empty()));
      return new Prepared(d, records.read(d.title().orElse(""), d.content(), siteKey(d)), published, null);
    } catch (RuntimeException e) {
      return new Prepared(d, null, Optional.empty(), failed(d, e));
    }
  }

  /** The rest of a document's cleaning. */
  public Cleaned finish(Prepared p) {
    if (p.done != null) return p.done;
    try {
      return found(p.document, List.of(record(p.document, records.clean(p.record, p.published), p.published)));
    } catch (RuntimeException e) {
      return failed(p.document, e);
    }
  }

  private static Cleaned found(RawDocument d, List<Article> found) {
    if (!found.isEmpty()) return new Cleaned(found, List.of());
    return new Cleaned(found, List.of(new Warnings.Entry(d.source(), "no-article", "no article text found")));
  }

  private static Cleaned failed(RawDocument d, RuntimeException e) {
    return new Cleaned(List.of(), List.of(new Warnings.Entry(d.source(), "clean-failed", e.toString()),
        new Warnings.Entry(d.source(), "no-article", "no article text found")));
  }

  List<Article> clean(RawDocument d) {
    return switch (d.format()) {
      case RECORD -> finish(prepare(d)).articles();
      case TEXT_PAGE -> page(d, known -> text.clean(d.content(), siteKey(d), known));
      case HTML_PAGE -> page(d, known -> html.clean(d.content(), d.url(), siteKey(d), known));
    };
  }

  /** A record's article: its own {@code published} wins; without one, the day its URL names. */
  private Article record(RawDocument d, CleanArticle a, Optional<OffsetDateTime> published) {
    List<String> warnings = new ArrayList<>();
    if (a.paragraphs().isEmpty()) warnings.add("empty text");
    if (published.isEmpty()) warnings.add("no publication date");
    return new Article(d.id(), d.source(), d.url(), d.outlet().or(() -> d.url().flatMap(PageUrls::host)),
        Optional.empty(), published, a.title(), a.paragraphs(), lang(a.title(), a.paragraphs()), d.author(),
        a.credits(), List.of(), a.quotes(), List.of(), a.mentionedDates(), warnings);
  }

  /** A page's articles, cleaned by {@code cleaner} given the date known without reading the page. */
  private List<Article> page(RawDocument d, Function<Optional<OffsetDateTime>, CleanedPage> cleaner) {
    // Short of a date of the page's own: the day its URL names, before a crawl time (PageUrls#publication).
    Optional<OffsetDateTime> given = PageUrls.publication(d.url(), d.published());
    CleanedPage page = cleaner.apply(given);
    List<Article> out = new ArrayList<>();
    List<CleanArticle> found = page.articles().stream().filter(a -> !a.paragraphs().isEmpty()).toList();
    for (int k = 0; k < found.size(); k++) {
      CleanArticle a = found.get(k);
      String id = found.size() == 1 ? d.id() : d.id() + "#" + (k + 1);
      List<String> warnings = new ArrayList<>(page.warnings());
      Optional<OffsetDateTime> published = a.published().or(() -> given);
      if (published.isEmpty()) warnings.add("no publication date");
      String title = a.title().isBlank() ? d.title().orElse("") : a.title();
      Optional<String> outlet = a.outlet().or(d::outlet).or(() -> d.url().flatMap(PageUrls::host));
      out.add(new Article(id, d.source(), d.url(), outlet, a.via(), published, title, a.paragraphs(),
          lang(title, a.paragraphs()), a.author().or(d::author), a.credits(), a.captions(),
          a.quotes(), a.updated(), a.mentionedDates(), warnings));
    }
    return out;
  }

  /** The language of title and text, read as one (LanguageId reads only their opening). */
  private static String lang(String title, List<String> paragraphs) {
    List<String> parts = new ArrayList<>(paragraphs.size() + 1);
    parts.add(title);
    parts.addAll(paragraphs);
    return LanguageId.of(parts);
  }
}
