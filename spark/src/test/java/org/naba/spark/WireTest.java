package org.naba.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.naba.ingest.Format;
import org.naba.ingest.RawDocument;
import org.naba.model.Article;
import org.naba.model.Quote;

/** Documents and articles cross between driver and executors whole, absent values included. */
class WireTest {
  @Test
  void articleCrossesWhole() throws Exception {
    Article full = new Article("seeds/003.txt#2", "seeds/003.txt", Optional.of("https://www.masrawy.com/news/1"),
        Optional.of("مصراوي"), Optional.of("صوت الأمة"), Optional.of(OffsetDateTime.parse("2016-09-05T10:00+03:00")),
        "بوتين يلتقي أردوغان في هانغتشو", List.of("التقى الرئيس الروسي فلاديمير بوتين نظيره التركي.", "وبحثا الأزمة السورية."),
        "ar", Optional.of("محمد علي"), List.of("وكالات", "رويترز"), List.of("بوتين وأردوغان في قمة العشرين"),
        List.of(new Quote("نريد حلا سياسيا", Optional.of("بوتين")), new Quote("لا تعليق", Optional.empty())),
        List.of("(تحديث 8:58 ت.غ)"), List.of(LocalDate.parse("2016-09-04")), List.of("no publication date"));
    Article bare = new Article("r-1", "feed.jsonl:1", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), "", List.of(), "und", Optional.empty(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of());
    for (Article a : List.of(full, bare)) {
      Wire.WireArticle w = roundTrip(Wire.WireArticle.of(a));
      assertThat(w.article()).isEqualTo(a);
    }
  }

  @Test
  void documentCrossesWhole() throws Exception {
    RawDocument full = new RawDocument("crawl.warc#3", "crawl.warc@1024", Format.HTML_PAGE, "<p>نص الخبر</p>",
        Optional.of("https://a.example/1"), Optional.of("a.example"),
        Optional.of(OffsetDateTime.parse("2018-04-02T08:00Z")), Optional.of("العنوان"), Optional.of("الكاتب"));
    RawDocument bare = RawDocument.page("seeds/000.txt", "seeds/000.txt", Format.TEXT_PAGE, "نص");
    for (RawDocument d : List.of(full, bare)) {
      Wire.Document w = roundTrip(Wire.Document.of("a.example", d));
      assertThat(w.raw()).isEqualTo(d);
      assertThat(w.site()).isEqualTo("a.example");
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
