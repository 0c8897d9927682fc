package org.naba.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.naba.ingest.Format;
import org.naba.ingest.RawDocument;
import org.naba.model.Article;
import org.naba.model.Quote;

/**
 * The forms in which documents, articles and warnings travel between Spark's driver and executors. Naba's own
 * values hold {@link Optional}s, which Java serialisation refuses; these records hold the same values, an absent one
 * as {@code null}, and convert both ways without loss ({@code WireTest}).
 */
final class Wire {
  private Wire() {}

  /** A file to read, by the path strings the user gave (the same on every machine of the cluster). */
  record File(int index, String root, String file) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * What reading one file yields, in file order: a document ({@code document} set) or a warning ({@code warning}
   * set), each at its place in the input order.
   */
  record Item(long order, Document document, Warning warning) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  record Warning(String source, String reason, String message) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A {@link RawDocument}, with the site whose documents are cleaned in order one after another. */
  record Document(String site, String id, String source, String format, String content, String url, String outlet,
      OffsetDateTime published, String title, String author) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Document of(String site, RawDocument d) {
      return new Document(site, d.id(), d.source(), d.format().name(), d.content(), d.url().orElse(null),
          d.outlet().orElse(null), d.published().orElse(null), d.title().orElse(null), d.author().orElse(null));
    }

    RawDocument raw() {
      return new RawDocument(id, source, Format.valueOf(format), content, Optional.ofNullable(url),
          Optional.ofNullable(outlet), Optional.ofNullable(published), Optional.ofNullable(title),
          Optional.ofNullable(author));
    }
  }

  /**
   * The articles one document was cleaned into, with the warnings cleaning it raised; or, last of a partition, what
   * its boilerplate memory knows of the sites it cleaned ({@code memory}, {@link
   * org.naba.clean.BoilerplateMemory#saveState}; null on a document's).
   */
  record Cleaned(long order, List<WireArticle> articles, List<Warning> warnings, byte[] memory)
      implements Serializable {
    private static final long serialVersionUID = 2L;

    Cleaned(long order, List<WireArticle> articles, List<Warning> warnings) {
      this(order, articles, warnings, null);
    }
  }

  record WireQuote(String text, String speaker) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** An {@link Article}. */
  record WireArticle(String id, String source, String url, String outlet, String via, OffsetDateTime published,
      String title, ArrayList<String> paragraphs, String lang, String author, ArrayList<String> credits,
      ArrayList<String> captions, ArrayList<WireQuote> quotes, ArrayList<String> updated,
      ArrayList<LocalDate> mentionedDates, ArrayList<String> warnings) implements Serializable {
    private static final long serialVersionUID = 1L;

    static WireArticle of(Article a) {
      ArrayList<WireQuote> quotes = new ArrayList<>();
      for (Quote q : a.quotes()) quotes.add(new WireQuote(q.text(), q.speaker().orElse(null)));
      return new WireArticle(a.id(), a.source(), a.url().orElse(null), a.outlet().orElse(null), a.via().orElse(null),
          a.published().orElse(null), a.title(), new ArrayList<>(a.paragraphs()), a.lang(), a.author().orElse(null),
          new ArrayList<>(a.credits()), new ArrayList<>(a.captions()), quotes, new ArrayList<>(a.updated()),
          new ArrayList<>(a.mentionedDates()), new ArrayList<>(a.warnings()));
    }

    Article article() {
      List<Quote> qs = new ArrayList<>();
      for (WireQuote q : quotes) qs.add(new Quote(q.text(), Optional.ofNullable(q.speaker())));
      return new Article(id, source, Optional.ofNullable(url), Optional.ofNullable(outlet), Optional.ofNullable(via),
          Optional.ofNullable(published), title, paragraphs, lang, Optional.ofNullable(author), credits, captions, qs,
          updated, mentionedDates, warnings);
    }
  }
}
