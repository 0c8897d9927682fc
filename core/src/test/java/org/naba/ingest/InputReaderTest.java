package org.naba.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.testing.SharedData;

class InputReaderTest {
  @TempDir Path dir;

  private final List<RawDocument> docs = new ArrayList<>();
  private final List<IngestWarning> warnings = new ArrayList<>();
  private final InputReader reader = new InputReader(new IngestSink() {
    @Override
    public void document(RawDocument d) {
      docs.add(d);
    }

    @Override
    public void warning(IngestWarning w) {
      warnings.add(w);
    }
  });

  private static final String RECORD =
      "{\"id\":\"a1\",\"url\":\"http://x.sa/1\",\"outlet\":\"sabq\",\"published\":\"2015-07-21T02:16:13+03:00\","
          + "\"title\":\"عنوان\",\"author\":null,\"text\":\"نص الخبر الأول.\"}";

  @Test
  void jsonlRecordsKeepTheirOwnIdsAndMetadata() throws IOException {
    write("news.jsonl", RECORD + "\n");
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("a1");
      assertThat(d.format()).isEqualTo(Format.RECORD);
      assertThat(d.outlet()).contains("sabq");
      assertThat(d.published().orElseThrow().toString()).isEqualTo("2015-07-21T02:16:13+03:00");
    });
  }

  @Test
  void jsonlLinesEndInLfCrLfOrCrAndBlankLinesAreSkipped() throws IOException {
    String r2 = RECORD.replace("a1", "a2");
    String r3 = RECORD.replace("a1", "a3");
    write("news.jsonl", RECORD + "\r\n\r\n" + r2 + "\r" + "  \t\n" + r3);
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).extracting(RawDocument::id).containsExactly("a1", "a2", "a3");
    assertThat(warnings).isEmpty();
    // Line numbers count every line, blank ones too: a3 is on line 5.
    write("news.jsonl", RECORD + "\r\n\r\n" + r2 + "\r" + "  \t\n{bad");
    docs.clear();
    reader.readAll(List.of(dir.toString()));
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w.source()).endsWith("news.jsonl:5"));
  }

  @Test
  void aByteOrderMarkBeforeTheFirstRecordIsSkipped() throws IOException {
    byte[] record = (RECORD + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[record.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(record, 0, withBom, 3, record.length);
    Files.write(dir.resolve("news.jsonl"), withBom);
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).extracting(RawDocument::id).containsExactly("a1");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aRecordWithMalformedUtf8IsKeptWithReplacementCharacters() throws IOException {
    byte[] good = RECORD.getBytes(StandardCharsets.UTF_8);
    String marker = "نص";
    byte[] m = marker.getBytes(StandardCharsets.UTF_8);
    // Cut the first letter of "نص" in half: a lone lead byte, as a crawl's mangled record has.
    int at = indexOf(good, m);
    byte[] bad = new byte[good.length - 1];
    System.arraycopy(good, 0, bad, 0, at + 1);
    System.arraycopy(good, at + 2, bad, at + 1, good.length - at - 2);
    Files.write(dir.resolve("news.jsonl"), bad);
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).singleElement().satisfies(d -> assertThat(d.content()).contains("\uFFFD"));
    assertThat(warnings).isEmpty();
  }

  private static int indexOf(byte[] in, byte[] part) {
    for (int i = 0; i + part.length <= in.length; i++) {
      if (java.util.Arrays.equals(in, i, i + part.length, part, 0, part.length)) return i;
    }
    throw new AssertionError("not found");
  }

  @Test
  void aJsonDocumentIsReadAsItsRecordsNotLineByLine() throws IOException {
    // An API response wrapping its articles, pretty-printed over many lines.
    write("response.json", "{\n  \"status\": \"ok\",\n  \"articles\": [\n    " + RECORD + ",\n    "
        + RECORD.replace("\"id\":\"a1\",", "") + "\n  ]\n}\n");
    // An array of records, and a single pretty-printed record.
    write("list.json", "[\n" + RECORD.replace("a1", "b1") + ",\n" + RECORD.replace("a1", "b2") + "\n]");
    write("one.json", RECORD.replace("a1", "c1").replace(",", ",\n  "));
    // A record in other field names holding an array of objects of its own, behind a byte order mark.
    write("with-images.json", "\uFEFF{\n \"headline\": \"صور من الحديدة بعد الهجوم\",\n \"content\": \"نص الخبر.\",\n"
        + " \"images\": [{\"url\": \"https://x.sa/1.jpg\"}]\n}\n");
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).extracting(RawDocument::id)
        .containsExactly("b1", "b2", "c1", "a1", "response.json#2", "with-images.json#1");
    assertThat(docs.get(5).title()).contains("صور من الحديدة بعد الهجوم");
    assertThat(docs.get(4).source()).endsWith("response.json#2");
    assertThat(warnings).isEmpty();
  }

  @Test
  void recordsOfOtherNewsExportsReadByTheirOwnFieldNames() throws IOException {
    // NewsAPI: source object, publishedAt, content; news-please: maintext, date_publish with a space, authors.
    write("newsapi.jsonl", "{\"source\":{\"id\":\"bbc\",\"name\":\"BBC عربي\"},\"author\":null,"
        + "\"title\":\"السيسي رئيسا لمصر\",\"description\":\"ملخص\",\"url\":\"https://bbc.com/arabic/1\","
        + "\"publishedAt\":\"2018-04-02T14:06:54Z\",\"content\":\"أعلنت الهيئة الوطنية للانتخابات فوز السيسي.\"}\n");
    write("newsplease.jsonl", "{\"authors\":[\"أحمد\",\"منى\"],\"date_publish\":\"2018-04-02 16:14:09\","
        + "\"source_domain\":\"cnn.com\",\"headline\":\"الهيئة الوطنية تعلن فوز السيسي\","
        + "\"maintext\":\"القاهرة، مصر (CNN) أعلنت الهيئة الوطنية للانتخابات.\",\"link\":\"https://cnn.com/1\"}\n");
    // Only a lead: it is the text.
    write("rss.jsonl", "{\"title\":\"عنوان\",\"abstract\":\"الفقرة الأولى من الخبر.\",\"pubDate\":"
        + "\"Mon, 02 Apr 2018 15:33:28 GMT\"}\n");
    reader.readAll(List.of(dir.toString()));
    assertThat(warnings).isEmpty();
    assertThat(docs).hasSize(3);
    RawDocument api = docs.get(0);
    assertThat(api.outlet()).contains("BBC عربي");
    assertThat(api.content()).isEqualTo("أعلنت الهيئة الوطنية للانتخابات فوز السيسي.");
    assertThat(api.published().orElseThrow().toInstant().toString()).isEqualTo("2018-04-02T14:06:54Z");
    RawDocument np = docs.get(1);
    assertThat(np.title()).contains("الهيئة الوطنية تعلن فوز السيسي");
    assertThat(np.outlet()).contains("cnn.com");
    assertThat(np.url()).contains("https://cnn.com/1");
    assertThat(np.author()).contains("أحمد, منى");
    assertThat(np.published().orElseThrow().toString()).isEqualTo("2018-04-02T16:14:09Z");
    assertThat(docs.get(2).content()).isEqualTo("الفقرة الأولى من الخبر.");
    assertThat(docs.get(2).published().orElseThrow().toInstant().toString()).isEqualTo("2018-04-02T15:33:28Z");
  }

  @Test
  void fieldNamesInAnyCaseAndTheOtherNamesExportsGiveThem() throws IOException {
    write("db-export.jsonl", "{\"Title\":\"بيروت تحت الصدمة\",\"Text\":\"يعيش سكان بيروت حالة صدمة بعد الانفجار.\","
        + "\"Date\":\"05/08/2020\",\"Source\":\"سكاي نيوز عربية\"}\n"
        + "{\"headline\":\"انفجار في مرفأ بيروت\",\"article_text\":\"وقع انفجار ضخم في مرفأ بيروت.\","
        + "\"Publish_Date\":\"2020-08-04 18:30\",\"site\":\"annahar\",\"permalink\":\"https://annahar.com/1\"}\n"
        + "{\"title\":\"ارتفاع حصيلة انفجار بيروت\",\"articleBody\":\"ارتفعت حصيلة ضحايا الانفجار.\","
        + "\"timestamp\":1596618000,\"publisher\":{\"name\":\"BBC عربي\"},\"writer\":\"منى\"}\n"
        // Naba's own output read again: its source names a file, not an outlet.
        + "{\"id\":\"x\",\"title\":\"عنوان\",\"text\":\"نص الخبر.\",\"source\":\"crawl/day1.jsonl:3\"}\n");
    reader.readAll(List.of(dir.toString()));
    assertThat(warnings).isEmpty();
    assertThat(docs).hasSize(4);
    RawDocument upper = docs.get(0);
    assertThat(upper.content()).isEqualTo("يعيش سكان بيروت حالة صدمة بعد الانفجار.");
    assertThat(upper.title()).contains("بيروت تحت الصدمة");
    assertThat(upper.outlet()).contains("سكاي نيوز عربية");
    assertThat(upper.published().orElseThrow().toString()).isEqualTo("2020-08-05T00:00Z");
    RawDocument db = docs.get(1);
    assertThat(db.content()).isEqualTo("وقع انفجار ضخم في مرفأ بيروت.");
    assertThat(db.outlet()).contains("annahar");
    assertThat(db.url()).contains("https://annahar.com/1");
    assertThat(db.published().orElseThrow().toString()).isEqualTo("2020-08-04T18:30Z");
    RawDocument api = docs.get(2);
    assertThat(api.content()).isEqualTo("ارتفعت حصيلة ضحايا الانفجار.");
    assertThat(api.outlet()).contains("BBC عربي");
    assertThat(api.author()).contains("منى");
    assertThat(api.published().orElseThrow().toInstant().toString()).isEqualTo("2020-08-05T09:00:00Z");
    assertThat(docs.get(3).outlet()).isEmpty();
  }

  @Test
  void aTableOfRecordsIsReadRowByRowByTheNamesItsFirstRowGives() throws IOException {
    // A spreadsheet export: a cell of two lines, a blank line, a second row of its own id.
    write("export.csv", "title,text,date,source,id\n"
        + "\"انفجار في بيروت\",\"وقع انفجار ضخم في مرفأ بيروت، وأسفر عن سقوط قتلى.\",05/08/2020,النهار,\n"
        + "\"سطران\",\"السطر الأول من النص.\nالسطر الثاني.\",06/08/2020,الجزيرة,b-2\n\n");
    // Excel in Arabic Windows: windows-1256, semicolons, Arabic column names.
    Files.write(dir.resolve("excel.csv"), ("العنوان;النص;التاريخ;المصدر\n\"عنوان بترميز ويندوز\";\"نص الخبر عن"
        + " الانفجار.\";2020-08-05;سكاي نيوز عربية\n").getBytes(Charset.forName("windows-1256")));
    write("list.tsv", "headline\tbody\nعنوان من جدول\tنص من جدول مفصول بعلامات الجدولة.\n");
    // Without its extension (as on standard input): told by a first row that names a title or a text.
    write("table", "\"العنوان\";\"النص\"\n\"عنوان بلا امتداد\";\"نص جدول بلا امتداد.\"\n");
    write("prose", "سطر أول من صفحة نصية، فيه فاصلة\nوسطر ثان\n");
    // A quote never closed: one warning naming the row, the rows before it kept.
    write("broken.csv", "title,text\nسليم,نص سليم.\n\"مكسور,\"نص بلا نهاية للاقتباس\n");
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).extracting(RawDocument::id)
        .containsExactly("broken.csv#1", "excel.csv#1", "export.csv#1", "b-2", "list.tsv#1", "prose", "table#1");
    assertThat(docs.get(5).format()).isEqualTo(Format.TEXT_PAGE);
    assertThat(docs.get(6).content()).isEqualTo("نص جدول بلا امتداد.");
    RawDocument first = docs.get(2);
    assertThat(first.title()).contains("انفجار في بيروت");
    assertThat(first.content()).isEqualTo("وقع انفجار ضخم في مرفأ بيروت، وأسفر عن سقوط قتلى.");
    assertThat(first.outlet()).contains("النهار");
    assertThat(first.published().orElseThrow().toString()).isEqualTo("2020-08-05T00:00Z");
    assertThat(docs.get(3).content()).isEqualTo("السطر الأول من النص.\nالسطر الثاني.");
    RawDocument excel = docs.get(1);
    assertThat(excel.title()).contains("عنوان بترميز ويندوز");
    assertThat(excel.content()).isEqualTo("نص الخبر عن الانفجار.");
    assertThat(excel.outlet()).contains("سكاي نيوز عربية");
    assertThat(docs.get(4).content()).isEqualTo("نص من جدول مفصول بعلامات الجدولة.");
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.source()).endsWith("broken.csv#2");
      assertThat(w.reason()).isEqualTo("bad-csv");
    });
  }

  @Test
  void paragraphsInAnArrayObjectsOfACmsAndRecordsWrappedDeeper() throws IOException {
    write("a.jsonl", "{\"title\":\"فقرات في مصفوفة\",\"paragraphs\":[\"الفقرة الأولى.\",\"الفقرة الثانية.\"]}\n"
        // WordPress's REST API: title and content are objects holding what they render.
        + "{\"id\":\"wp-1\",\"title\":{\"rendered\":\"عنوان من ووردبريس\"},"
        + "\"content\":{\"rendered\":\"<p>نص المقال.</p>\"},\"date\":\"2020-08-05T10:00:00\"}\n");
    // An API response two objects deep, pretty-printed and on one line.
    String items = "[{\"title\":\"الخبر الأول\",\"body\":\"نص الخبر الأول.\"},"
        + "{\"title\":\"الخبر الثاني\",\"body\":\"نص الخبر الثاني.\"}]";
    write("b.json", "{\n  \"status\": \"ok\",\n  \"data\": {\"total\": 2, \"items\": " + items + "}\n}\n");
    write("c.json", "{\"status\":\"ok\",\"data\":{\"items\":" + items + "}}\n");
    // A JSON lines file of such responses, one a line.
    write("d.jsonl", "{\"data\":{\"items\":" + items + "}}\n{\"data\":{\"items\":" + items + "}}\n");
    reader.readAll(List.of(dir.toString()));
    assertThat(warnings).isEmpty();
    assertThat(docs).extracting(RawDocument::id).containsExactly("a.jsonl#1", "wp-1", "b.json#1", "b.json#2",
        "c.json#1", "c.json#2", "d.jsonl#1.1", "d.jsonl#1.2", "d.jsonl#2.1", "d.jsonl#2.2");
    assertThat(docs.get(0).content()).isEqualTo("الفقرة الأولى.\n\nالفقرة الثانية.");
    assertThat(docs.get(1).title()).contains("عنوان من ووردبريس");
    assertThat(docs.get(1).content()).isEqualTo("<p>نص المقال.</p>");
    assertThat(docs.get(5).content()).isEqualTo("نص الخبر الثاني.");
  }

  @Test
  void officeDocumentsAndPdfsAreNamedAsSuchNotReadAsZipsOrPages() throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("report.docx")))) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document><w:body><w:t>نص تقرير</w:t></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("scan.bin"), "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).isEmpty();
    assertThat(warnings).extracting(IngestWarning::reason).containsExactly("unsupported", "unsupported");
    assertThat(warnings.get(0).message()).startsWith("DOCX document, not read");
    assertThat(warnings.get(1).source()).endsWith("scan.bin");
    assertThat(warnings.get(1).message()).startsWith("PDF document, not read");
  }

  @Test
  void publicationTimesInTheShapesExportsWriteThem() {
    assertThat(InputReader.parseTime("2018-04-02 16:14:09 +03:00").orElseThrow().toInstant().toString())
        .isEqualTo("2018-04-02T13:14:09Z");
    assertThat(InputReader.parseTime("1522678449").orElseThrow().toInstant().toString())
        .isEqualTo("2018-04-02T14:14:09Z");
    assertThat(InputReader.parseTime("1522678449000").orElseThrow().toInstant().toString())
        .isEqualTo("2018-04-02T14:14:09Z");
    assertThat(InputReader.parseTime("2018-04-02").orElseThrow().toString()).isEqualTo("2018-04-02T00:00Z");
    assertThat(InputReader.parseTime("Mon, 02 Apr 2018 15:33:28 +0300").orElseThrow().toInstant().toString())
        .isEqualTo("2018-04-02T12:33:28Z");
    // Dates of numbers: day first as the Arab world writes them, month first only when the day cannot be a month.
    assertThat(InputReader.parseTime("05/08/2020").orElseThrow().toString()).isEqualTo("2020-08-05T00:00Z");
    assertThat(InputReader.parseTime("5.8.2020 14:30").orElseThrow().toString()).isEqualTo("2020-08-05T14:30Z");
    assertThat(InputReader.parseTime("08/25/2020").orElseThrow().toString()).isEqualTo("2020-08-25T00:00Z");
    assertThat(InputReader.parseTime("2020/08/05 09:15:30").orElseThrow().toString())
        .isEqualTo("2020-08-05T09:15:30Z");
    assertThat(InputReader.parseTime("٢٠١٨-٠٤-٠٢").orElseThrow().toString()).isEqualTo("2018-04-02T00:00Z");
    assertThat(InputReader.parseTime("31/02/2020")).isEmpty();
    // Offsets without their colon, zones by name, and dates in words, Arabic or English.
    assertThat(InputReader.parseTime("2015-07-21T02:16:13+0300").orElseThrow().toString())
        .isEqualTo("2015-07-21T02:16:13+03:00");
    assertThat(InputReader.parseTime("2020-08-04 18:30:00 UTC").orElseThrow().toString())
        .isEqualTo("2020-08-04T18:30Z");
    assertThat(InputReader.parseTime("4 أغسطس 2020").orElseThrow().toString()).isEqualTo("2020-08-04T00:00Z");
    assertThat(InputReader.parseTime("الثلاثاء 4 آب 2020 - 18:30").orElseThrow().toString())
        .isEqualTo("2020-08-04T18:30Z");
    assertThat(InputReader.parseTime("August 4, 2020 6:30 PM").orElseThrow().toString())
        .isEqualTo("2020-08-04T18:30Z");
    assertThat(InputReader.parseTime("الخميس 21 تشرين الثاني / نوفمبر 2024 07:35 مساءً").orElseThrow().toString())
        .isEqualTo("2024-11-21T19:35Z");
    assertThat(InputReader.parseTime("12/13/14")).isEmpty();
    assertThat(InputReader.parseTime("الاثنين 2 أبريل")).isEmpty();
    assertThat(InputReader.parseTime("12345")).isEmpty();
  }

  @Test
  void aJsonDocumentThatHoldsNoNewsIsOneWarning() throws IOException {
    // Extraction gold beside the pages it describes: a pretty-printed object with no text or title of its own.
    write("gold.json", "{\n  \"V1\": {\n    \"body\": {\n      \"paragraphs\": [\"نص\"]\n    }\n  }\n}\n");
    write("broken.json", "[\n" + RECORD + ",\n  {\"title\": ");
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).extracting(RawDocument::id).containsExactly("a1");
    assertThat(warnings).extracting(IngestWarning::reason).containsExactly("bad-json", "no-text");
    assertThat(warnings.get(0).source()).endsWith("broken.json");
    assertThat(warnings.get(0).message()).contains("after record 1");
    assertThat(warnings.get(1).source()).endsWith("gold.json");
  }

  @Test
  void jsonLinesWithoutTheirExtensionAreStillReadLineByLine() throws IOException {
    // No .jsonl name, and a broken first line: the second line, a whole object, shows these are JSON lines.
    write("feed-dump", "{not json\n" + RECORD + "\n" + RECORD.replace("a1", "a2") + "\n");
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).extracting(RawDocument::id).containsExactly("a1", "a2");
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w.source()).endsWith("feed-dump:1"));
  }

  @Test
  void aBadJsonLineIsNamedAndTheNextRecordIsKept() throws IOException {
    write("news.jsonl", "{not json\n" + RECORD + "\n");
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).hasSize(1);
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.source()).endsWith("news.jsonl:1");
      assertThat(w.reason()).isEqualTo("bad-json");
    });
  }

  @Test
  void aTruncatedGzipKeepsTheRecordsBeforeTheCut() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      java.util.Random random = new java.util.Random(1);
      for (int i = 0; i < 200; i++) {
        // Random text, so the cut at the end of the compressed stream loses only the last record or two.
        String text = Long.toString(random.nextLong(), 36) + " " + Long.toString(random.nextLong(), 36);
        gz.write((RECORD.replace("a1", "r" + i).replace("نص الخبر الأول.", text) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] all = bytes.toByteArray();
    Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(all, all.length - 40));
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).hasSizeGreaterThan(150);
    assertThat(warnings).extracting(IngestWarning::reason).contains("truncated");
  }

  @Test
  void binaryBytesAreSkippedWithAWarning() throws IOException {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    Files.write(dir.resolve("junk.txt"), junk);
    write("ok.txt", "نص عربي سليم في صفحة.\n");
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).extracting(RawDocument::id).containsExactly("ok.txt");
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w.source()).endsWith("junk.txt"));
  }

  @Test
  void windows1256HtmlWithoutDeclarationIsDecoded() throws IOException {
    String html = "<html><body><p>اتفق الرئيس باراك أوباما ونظيره الروسي فلاديمير بوتين على مواصلة البحث عن مسار"
        + " لإيصال المساعدات الإنسانية إلى آلاف المدنيين المحاصرين في سورية.</p></body></html>";
    Files.write(dir.resolve("page.html"), html.getBytes(Charset.forName("windows-1256")));
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).singleElement().satisfies(d -> assertThat(d.content()).contains("فلاديمير بوتين"));
  }

  @Test
  void aWrongDeclaredCharsetDoesNotGarbleUtf8() throws IOException {
    String html = "<html><head><meta charset=\"windows-1256\"></head><body><p>قمة مجموعة العشرين في هانغتشو</p></body></html>";
    Files.write(dir.resolve("page.html"), html.getBytes(StandardCharsets.UTF_8));
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).singleElement().satisfies(d -> assertThat(d.content()).contains("هانغتشو"));
  }

  @Test
  void zipEntriesAreReadByTheirNames() throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("bundle.zip")))) {
      zip.putNextEntry(new ZipEntry("inner/news.jsonl"));
      zip.write((RECORD + "\n").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("page.txt"));
      zip.write("سطر أول من الصفحة.\n".getBytes(StandardCharsets.UTF_8));
    }
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).extracting(RawDocument::id).containsExactly("a1", "bundle.zip!/page.txt");
  }

  @Test
  void aZipWithoutAnyEntryIsNamed() throws IOException {
    Files.write(dir.resolve("damaged.zip"), "PK\u0003\u0004 أخبار تالفة".getBytes(StandardCharsets.UTF_8));
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("empty.zip")))) {
      zip.setComment("فارغ");
    }
    write("news.jsonl", RECORD);
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).extracting(RawDocument::id).containsExactly("a1");
    assertThat(warnings).extracting(IngestWarning::reason).containsExactly("bad-zip", "bad-zip");
    assertThat(warnings).extracting(IngestWarning::source).allSatisfy(s -> assertThat(s).endsWith(".zip"));
  }

  @Test
  void aRssFeedGivesOneRecordPerItem() throws IOException {
    write("feed.rss", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>سكاي نيوز عربية</title>
        <item><title>قمة العشرين</title><link>https://example.com/a</link>
        <pubDate>Mon, 05 Sep 2016 10:00:00 GMT</pubDate><description>&lt;p&gt;اتفق الزعماء على البيان.&lt;/p&gt;</description></item>
        </channel></rss>
        """);
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("https://example.com/a");
      assertThat(d.title()).contains("قمة العشرين");
      assertThat(d.outlet()).contains("سكاي نيوز عربية");
      // The item's HTML as the feed gives it: cleaning reads it by its blocks (RecordCleanerTest).
      assertThat(d.content()).isEqualTo("<p>اتفق الزعماء على البيان.</p>");
      assertThat(d.published().orElseThrow().getYear()).isEqualTo(2016);
    });
  }

  @Test
  void aHeadlineWithoutTextIsKeptAndALabelWithoutTextIsNamedAndSkipped() throws IOException {
    write("news.jsonl", String.join("\n",
        "{\"id\":\"h1\",\"outlet\":\"aljazirah\",\"published\":\"2015-08-09T17:40:31+03:00\","
            + "\"title\":\"تفجير مسجد طوارىء أبها جريمة بشعة وعمل منكر\",\"text\":\"\"}",
        "{\"id\":\"h2\",\"outlet\":\"aljazirah\",\"title\":\"كاريكاتير\",\"text\":\"\"}",
        "{\"id\":\"h3\",\"outlet\":\"aljazirah\",\"title\":null,\"text\":null}"));
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("h1");
      assertThat(d.content()).isEmpty();
      assertThat(d.title()).contains("تفجير مسجد طوارىء أبها جريمة بشعة وعمل منكر");
    });
    assertThat(warnings).extracting(IngestWarning::reason).containsExactly("no-text", "no-text");
    assertThat(warnings.get(0).source()).endsWith("news.jsonl:2");
    assertThat(warnings.get(0).message()).contains("كاريكاتير");
    assertThat(warnings.get(1).source()).endsWith("news.jsonl:3");
  }

  @Test
  void aFeedItemWithOnlyAHeadlineIsKept() throws IOException {
    write("feed.rss", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>سكاي نيوز عربية</title>
        <item><title>الزعماء يتفقون على بيان قمة العشرين</title><link>https://example.com/b</link></item>
        <item><title>فيديو</title><link>https://example.com/c</link></item>
        </channel></rss>
        """);
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("https://example.com/b");
      assertThat(d.content()).isEmpty();
    });
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w.source()).endsWith("feed.rss#item2"));
  }

  @Test
  void aFiftyMegabyteSingleLineIsCutNotFatal() throws IOException {
    byte[] line = new byte[50 << 20];
    java.util.Arrays.fill(line, (byte) 'a');
    Files.write(dir.resolve("huge.txt"), line);
    reader.readAll(List.of(dir.toString()));
    assertThat(docs).singleElement().satisfies(d -> assertThat(d.content().length()).isEqualTo(InputReader.MAX_PAGE_BYTES));
    assertThat(warnings).extracting(IngestWarning::reason).containsExactly("too-large");
  }

  @Test
  void everyWarcFixtureIsReadAndBrokenOnesAreNamed() {
    Path warc = SharedData.require("data/warc");
    reader.readAll(List.of(warc.toString()));
    assertThat(docs).extracting(d -> d.url().orElse("")).contains(
        "http://example.com/", "http://www.iana.org/", "https://an.wikipedia.org/wiki/Escopete");
    assertThat(docs).anySatisfy(d -> assertThat(d.format()).isEqualTo(Format.TEXT_PAGE)); // the WET conversion
    assertThat(warnings).isNotEmpty().allSatisfy(w -> assertThat(w.source()).contains("/warc/"));
    assertThat(warnings).filteredOn(w -> w.reason().equals("bad-warc"))
        .allSatisfy(w -> assertThat(w.source()).containsPattern("@\\d+$"));
  }

  @Test
  void missingInputIsAWarningNotAnException() {
    int opened = reader.readAll(List.of(dir.resolve("nope").toString()));
    assertThat(opened).isZero();
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w.reason()).isEqualTo("missing"));
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
