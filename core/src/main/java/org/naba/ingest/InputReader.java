package org.naba.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.naba.text.ArabicDates;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.xml.sax.InputSource;

/**
 * Reads Naba's inputs: files, directories (recursively, in name order) and {@code -} for standard input.
 *
 * <p>Formats by name, after peeling {@code .gz}: news JSONL ({@code .jsonl}, {@code .ndjson}), tables of records
 * ({@code .csv}, {@code .tsv}: a spreadsheet or database export, its first row naming the fields), text page dumps
 * ({@code .txt}), HTML ({@code .html}, {@code .htm}, {@code .xhtml}), WARC/ARC/WET ({@code .warc}, {@code .arc},
 * {@code .wet}, jwarc reads their gzip itself), RSS/Atom ({@code .rss}, {@code .atom}, {@code .xml}), and {@code .zip}
 * containers of any of these. Anything else, and standard input, is recognised by its first bytes; there a JSON
 * document ({@code .json}: an array of records, one record, or an API response wrapping an array) is told from JSON
 * lines by whether its first line holds a whole object.
 *
 * <p>Bad input never stops a run: each unreadable file or record yields one {@link IngestWarning} naming the file
 * and the line or byte offset, everything read before the fault is kept, and the reader moves on.
 */
public final class InputReader {
  /** A text or HTML page larger than this is cut, with a warning: no real article is this long. */
  static final int MAX_PAGE_BYTES = 8 << 20;
  /** A JSONL line longer than this is skipped, with a warning. */
  static final int MAX_RECORD_CHARS = 16 << 20;

  private final ObjectMapper json = new ObjectMapper();
  private final IngestSink sink;

  public InputReader(IngestSink sink) {
    this.sink = sink;
  }

  /** A file to read, and the input root its documents' ids are relative to. */
  public record InputFile(Path root, Path file) {
    public InputFile {
      Objects.requireNonNull(root, "root");
      Objects.requireNonNull(file, "file");
    }
  }

  /** Reads every input in order. Returns the number of inputs that could be opened at all. */
  public int readAll(List<String> inputs) {
    int opened = 0;
    for (String input : inputs) {
      if (input.equals("-")) {
        try {
          readStream("stdin", "-", System.in);
          opened++;
        } catch (IOException e) {
          warn("-", "io", "cannot read standard input: " + e.getMessage());
        }
        continue;
      }
      Optional<List<InputFile>> files = files(input);
      if (files.isEmpty()) continue;
      opened++;
      for (InputFile f : files.get()) read(f);
    }
    return opened;
  }

  /**
   * The files one input names, in the order {@link #readAll} reads them: the file itself (its id relative to its
   * folder), or a directory's files by path, hidden files and folders and Naba runs' outputs ({@link #isRunOutput})
   * left out (ids relative to the directory). Empty, with a warning, when the input names nothing; a directory that
   * cannot be listed is reported and holds no file. Not for standard input ("-"), which only {@link #readAll} reads.
   */
  public Optional<List<InputFile>> files(String input) {
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      List<Path> files = new ArrayList<>();
      try {
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
            if (!dir.equals(path) && dir.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
            if (!isRunOutput(dir)) return FileVisitResult.CONTINUE;
            warn(dir.toString(), "naba-output", "the output of a Naba run, not read as input (name its articles.jsonl"
                + " to read its articles again)");
            return FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            if (a.isRegularFile() && !file.getFileName().toString().startsWith(".")) files.add(file);
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException | UncheckedIOException e) {
        warn(path.toString(), "io", "cannot list directory: " + e.getMessage());
        return Optional.of(List.of());
      }
      return Optional.of(files.stream().sorted().map(f -> new InputFile(path, f)).toList());
    }
    if (Files.isRegularFile(path)) {
      Path root = path.toAbsolutePath().getParent();
      return Optional.of(List.of(new InputFile(root == null ? path : root, path)));
    }
    warn(input, "missing", "no such file or directory");
    return Optional.empty();
  }

  /**
   * Whether a directory is the output of a Naba run (its {@code run.json} beside its {@code naba.db}): a run written
   * into the folder it reads (or a crawl folder holding earlier runs) would otherwise read its own articles, stories,
   * store and index back as input, each article a second time.
   */
  public static boolean isRunOutput(Path dir) {
    return Files.isRegularFile(dir.resolve("run.json")) && Files.isRegularFile(dir.resolve("naba.db"));
  }

  /** Reads one file: its documents go to the sink, in file order, and its faults as warnings naming it. */
  public void read(InputFile f) {
    Path root = f.root();
    Path file = f.file();
    String id = root.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    String source = file.toString();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (isWarcName(name)) {
        readWarc(id, source, file);
      } else {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
          readNamed(id, source, name, in);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      warn(source, "io", "cannot read: " + e.getMessage());
    }
  }

  private static boolean isWarcName(String name) {
    return name.endsWith(".warc") || name.endsWith(".warc.gz") || name.endsWith(".arc") || name.endsWith(".arc.gz")
        || name.endsWith(".wet") || name.endsWith(".wet.gz") || name.endsWith(".wat") || name.endsWith(".wat.gz");
  }

  /** Documents of office suites and e-books: their text is no news record or page Naba reads. */
  private static final List<String> DOCUMENT_NAMES = List.of(
      ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".rtf", ".epub");

  private void readNamed(String id, String source, String name, InputStream in) throws IOException {
    Optional<String> document = DOCUMENT_NAMES.stream().filter(name::endsWith).findFirst();
    if (document.isPresent()) {
      warn(source, "unsupported", document.get().substring(1).toUpperCase(Locale.ROOT)
          + " document, not read: export its articles as text, HTML, JSON lines or CSV");
      return;
    }
    if (name.endsWith(".gz")) {
      String inner = name.substring(0, name.length() - 3);
      try (Gunzip gz = new Gunzip(in)) {
        if (isWarcName(inner)) readWarcStream(id, source, gz);
        else readNamed(id, source, inner, gz);
        gz.reportTo(source, this);
      }
    } else if (name.endsWith(".zip")) {
      readZip(id, source, in);
    } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      readJsonl(id, source, in);
    } else if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      readCsv(id, source, in, name.endsWith(".tsv") ? '\t' : ',');
    } else if (isWarcName(name)) {
      readWarcStream(id, source, in);
    } else if (name.endsWith(".txt")) {
      readPage(id, source, Format.TEXT_PAGE, in);
    } else if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      readPage(id, source, Format.HTML_PAGE, in);
    } else if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      readFeed(id, source, readCapped(source, in));
    } else {
      readStream(id, source, in);
    }
  }

  /** Recognises a stream by its first bytes: gzip, zip, WARC, JSON lines, a feed, HTML, else a text page. */
  private void readStream(String id, String source, InputStream raw) throws IOException {
    InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, 1 << 16);
    in.mark(4096);
    byte[] head = in.readNBytes(4096);
    in.reset();
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      try (Gunzip gz = new Gunzip(in)) {
        readStream(id, source, gz);
        gz.reportTo(source, this);
      }
      return;
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      readZip(id, source, in);
      return;
    }
    // A UTF-8 byte order mark is not content: what follows it tells the format.
    int bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
        ? 3 : 0;
    String start = new String(head, bom, head.length - bom, StandardCharsets.ISO_8859_1).stripLeading();
    String lower = start.toLowerCase(Locale.ROOT);
    if (start.startsWith("%PDF-")) {
      warn(source, "unsupported", "PDF document, not read: export its articles as text, HTML, JSON lines or CSV");
    } else if (start.startsWith("WARC/")) {
      readWarcStream(id, source, in);
    } else if (start.startsWith("[") || (start.startsWith("{") && !looksLikeJsonLines(head, bom))) {
      readJsonDocument(id, source, in);
    } else if (start.startsWith("{")) {
      readJsonl(id, source, in);
    } else if (lower.startsWith("<?xml") && (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf"))
        || lower.startsWith("<rss") || lower.startsWith("<feed")) {
      readFeed(id, source, readCapped(source, in));
    } else if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")
        || lower.contains("<head")) {
      readPage(id, source, Format.HTML_PAGE, in);
    } else {
      Optional<Character> table = csvHeader(head);
      if (table.isPresent()) readCsv(id, source, in, table.get());
      else readPage(id, source, Format.TEXT_PAGE, in);
    }
  }

  /**
   * The column separator of a table of records whose name did not tell it (standard input, a file without its
   * extension): its first line holds two cells or more, one of them named as a record's title or text is ("title",
   * "Text", "العنوان").
   */
  private static Optional<Character> csvHeader(byte[] head) {
    byte[] whole = wholeCharacters(head);
    Charset charset = Decoding.decode(whole, Optional.empty(), false).charset();
    String text = new String(whole, charset);
    int end = 0;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
    char separator = separator(head, charset, '\0');
    if (separator == '\0') return Optional.empty();
    String[] cells = text.substring(0, end).split(Pattern.quote(String.valueOf(separator)));
    if (cells.length < 2) return Optional.empty();
    for (String cell : cells) {
      String name = cell.strip().replace("\"", "").replace("\uFEFF", "");
      for (String f : TEXT_FIELDS) if (sameField(name, f)) return Optional.of(separator);
      for (String f : TITLE_FIELDS) if (sameField(name, f)) return Optional.of(separator);
    }
    return Optional.empty();
  }

  /**
   * Reads each file entry of a zip archive by its name ({@link ZipEntries}): an archive cut short, a damaged entry
   * and bytes that are no entry are each named in a warning, and reading goes on at the next entry found.
   */
  private void readZip(String id, String source, InputStream in) throws IOException {
    ZipEntries zip = new ZipEntries(in);
    int reported = 0;
    ZipEntry e;
    while ((e = zip.next()) != null) {
      reported = reportZipFaults(source, zip, reported);
      if (e.isDirectory()) continue;
      String entry = e.getName();
      String entryName = entry.substring(entry.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      InputStream body = new BufferedInputStream(zip.body(), 1 << 16);
      String entryId = id + "!/" + entry;
      String entrySource = source + "!/" + entry;
      if (isWarcName(entryName)) readWarcStream(entryId, entrySource, body);
      else readNamed(entryId, entrySource, entryName, body);
    }
    reportZipFaults(source, zip, reported);
  }

  private int reportZipFaults(String source, ZipEntries zip, int reported) {
    List<String> faults = zip.faults();
    for (int i = reported; i < faults.size(); i++) warn(source, "bad-zip", faults.get(i));
    return faults.size();
  }

  /** Reads a whole page, cutting it at {@link #MAX_PAGE_BYTES}; binary content is skipped with a warning. */
  private void readPage(String id, String source, Format format, InputStream in) throws IOException {
    byte[] bytes = readCapped(source, in);
    if (bytes.length == 0) {
      warn(source, "empty", "empty file");
      return;
    }
    if (Decoding.looksBinary(bytes)) {
      warn(source, "binary", "binary content, not a text or HTML page");
      return;
    }
    String text = Decoding.decode(bytes, Optional.empty(), format == Format.HTML_PAGE).text();
    sink.document(RawDocument.page(id, source, format, text));
  }

  private byte[] readCapped(String source, InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    int n;
    try {
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > MAX_PAGE_BYTES) {
          out.write(buf, 0, MAX_PAGE_BYTES - out.size());
          warn(source, "too-large", "page larger than " + (MAX_PAGE_BYTES >> 20) + " MB, cut there");
          break;
        }
        out.write(buf, 0, n);
      }
    } catch (EOFException | ZipException e) {
      warn(source, "truncated", "input ends early (" + e.getMessage() + "); kept the " + out.size() + " bytes read");
    }
    return out.toByteArray();
  }

  /**
   * Whether a stream that starts with {@code {} holds JSON lines rather than one JSON document: its first line, or
   * (the first being broken) its second, is a whole JSON object.
   */
  private boolean looksLikeJsonLines(byte[] head, int from) {
    for (int k = 0; k < 2; k++) {
      while (from < head.length && (head[from] == '\n' || head[from] == '\r' || isBlank(head, from, from + 1))) from++;
      int end = from;
      while (end < head.length && head[end] != '\n' && head[end] != '\r') end++;
      if (end == head.length) return true; // a line longer than the head: no pretty-printed document starts so
      try {
        JsonNode node = json.readTree(head, from, end - from);
        if (node != null && node.isObject()) return true;
      } catch (IOException e) {
        // not a whole object on this line
      }
      from = end;
    }
    return false;
  }

  /** Bytes of a CSV file read to choose its charset and column separator. */
  private static final int CSV_HEAD_BYTES = 1 << 16;

  /**
   * Reads a table of news records (a spreadsheet or database export): its first row names the fields, read as a
   * JSON record's are ({@link #record}: "title", "text", "date", "source" …, in any case); every other row is a
   * record, its id the file's id plus {@code #k} for the k-th row unless it has an id of its own (a cell may hold
   * several lines, so rows are counted, not lines). The separator is the one of comma, semicolon and tab the header
   * row holds most of ({@code fallback} when it holds none: tab for {@code .tsv}); the charset is chosen from the
   * file's first bytes as a page's is ({@link Decoding}: a byte order mark, valid UTF-8, else the detector, so a
   * windows-1256 export from Excel is read right). A row the parser cannot read is one warning naming the row; as
   * quoting cannot be trusted after it, the rest of the file is given up with it.
   */
  private void readCsv(String fileId, String source, InputStream raw, char fallback) throws IOException {
    InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, CSV_HEAD_BYTES);
    in.mark(CSV_HEAD_BYTES);
    byte[] head = in.readNBytes(CSV_HEAD_BYTES);
    in.reset();
    Charset charset = Decoding.decode(wholeCharacters(head), Optional.empty(), false).charset();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    reader.mark(1);
    if (reader.read() != '\uFEFF') reader.reset();
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator(head, charset, fallback));
    CsvMapper csv = new CsvMapper();
    csv.enable(CsvParser.Feature.SKIP_EMPTY_LINES).enable(CsvParser.Feature.IGNORE_TRAILING_UNMAPPABLE)
        .enable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
    try (MappingIterator<JsonNode> rows = csv.readerFor(JsonNode.class).with(schema).readValues(reader)) {
      for (int k = 1; ; k++) {
        JsonNode row;
        try {
          if (!rows.hasNextValue()) break;
          row = rows.nextValue();
        } catch (IOException | RuntimeException e) {
          String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
          warn(source + "#" + k, "bad-csv", "unreadable row " + k + ", rest of the file skipped: " + message);
          return;
        }
        if (row != null && row.isObject()) record(fileId + "#" + k, source + "#" + k, row);
      }
    }
  }

  /** {@code head} without the bytes of a UTF-8 character cut at its end, so that its validity can be judged. */
  private static byte[] wholeCharacters(byte[] head) {
    int n = head.length;
    int k = n - 1;
    while (k >= 0 && n - k <= 4 && (head[k] & 0xC0) == 0x80) k--;
    if (k >= 0 && (head[k] & 0x80) != 0) {
      int lead = head[k] & 0xFF;
      int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      if (n - k < need) n = k;
    }
    return n == head.length ? head : Arrays.copyOf(head, n);
  }

  /** The separator the header row (outside quotes) holds most of: comma, semicolon or tab; else {@code fallback}. */
  private static char separator(byte[] head, Charset charset, char fallback) {
    String text = new String(wholeCharacters(head), charset);
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r')) break;
      else if (!quoted && c == ',') comma++;
      else if (!quoted && c == ';') semicolon++;
      else if (!quoted && c == '\t') tab++;
    }
    int most = Math.max(comma, Math.max(semicolon, tab));
    if (most == 0) return fallback;
    return tab == most ? '\t' : comma == most ? ',' : ';';
  }

  /**
   * A JSON document ({@code .json}, an API response): an array of news records, an object holding one (fields as in
   * JSONL), or an object wrapping an array of them ({@code {"articles": [...]}}). Records get the file's id plus
   * {@code #k} unless they carry their own; anything else is one warning, not one per line.
   */
  private void readJsonDocument(String fileId, String source, InputStream in) throws IOException {
    int k = 0;
    try (JsonParser p = json.getFactory().createParser(in)) {
      JsonToken top = p.nextToken();
      if (top == JsonToken.START_ARRAY) {
        // Element by element: an array of a million records is never held whole.
        while (p.nextToken() != JsonToken.END_ARRAY) {
          JsonNode node = p.readValueAsTree(); // read whole before it counts: a cut record is not "record k"
          element(fileId, source, ++k, node);
        }
        return;
      }
      JsonNode node = p.readValueAsTree();
      if (node == null || !node.isObject()) {
        warn(source, "bad-json", "not a JSON object or array of objects");
        return;
      }
      Optional<JsonNode> wrapped = wrappedRecords(node);
      if (wrapped.isEmpty()) {
        record(fileId + "#1", source, node);
        return;
      }
      for (JsonNode element : wrapped.get()) element(fileId, source, ++k, element);
    } catch (JsonProcessingException e) {
      warn(source, "bad-json", "not a JSON document" + (k > 0 ? " after record " + k : "") + ": " + e.getOriginalMessage());
    } catch (EOFException | ZipException e) {
      warn(source, "truncated", "input ends early after record " + k + " (" + e.getMessage() + ")");
    }
  }

  /** The {@code k}-th element of a JSON document's array of records. */
  private void element(String fileId, String source, int k, JsonNode node) {
    if (node != null && node.isObject()) {
      record(fileId + "#" + k, source + "#" + k, node);
    } else {
      warn(source + "#" + k, "bad-json", "array element " + k + " is not a JSON object");
    }
  }

  /**
   * The array of records an object wraps (an API response such as {@code {"status": "ok", "articles": [...]}}): its
   * first field holding an array of objects, when the object itself has none of a record's text, html, title or
   * lead fields (a record may hold an array of objects of its own, such as its images).
   */
  private static Optional<JsonNode> wrappedRecords(JsonNode node) {
    return wrappedRecords(node, 3);
  }

  /** As {@link #wrappedRecords(JsonNode)}, looking {@code depth} objects deep ({@code {"data": {"items": [...]}}}). */
  private static Optional<JsonNode> wrappedRecords(JsonNode node, int depth) {
    for (List<String> fields : List.of(TEXT_FIELDS, TITLE_FIELDS, LEAD_FIELDS, List.of("html"))) {
      for (String f : fields) if (field(node, f) != null) return Optional.empty();
    }
    for (JsonNode v : node) {
      if (v.isArray() && !v.isEmpty() && v.get(0).isObject()) return Optional.of(v);
    }
    if (depth > 1) {
      for (JsonNode v : node) {
        Optional<JsonNode> inner = v.isObject() ? wrappedRecords(v, depth - 1) : Optional.empty();
        if (inner.isPresent()) return inner;
      }
    }
    return Optional.empty();
  }


  private void readJsonl(String fileId, String source, InputStream in) throws IOException {
    // Lines are read as bytes and parsed by Jackson's UTF-8 parser: no decoding pass into a String first.
    LineBytes lines = new LineBytes(in);
    long line = 0;
    boolean seenRecord = false;
    JsonNode firstWrapper = null;
    long firstLine = 0;
    try {
      for (byte[] b = lines.next(); b != null; b = lines.next()) {
        line++;
        int len = lines.length();
        if (isBlank(b, len)) continue;
        String where = source + ":" + line;
        // A UTF-8 character takes 1 to 4 bytes: count the characters only when the bytes could be too many.
        if (len > MAX_RECORD_CHARS) {
          int chars = new String(b, 0, len, StandardCharsets.UTF_8).length();
          if (chars > MAX_RECORD_CHARS) {
            warn(where, "too-large", "record of " + chars + " characters skipped");
            continue;
          }
        }
        JsonNode node;
        try {
          node = json.readTree(b, 0, len);
        } catch (JsonProcessingException e) {
          // Malformed UTF-8 is read as U+FFFD, as a decoder would, rather than losing the record.
          try {
            node = json.readTree(new String(b, 0, len, StandardCharsets.UTF_8));
          } catch (JsonProcessingException again) {
            warn(where, "bad-json", "not a JSON object: " + again.getOriginalMessage());
            continue;
          }
        }
        if (node == null || !node.isObject()) {
          warn(where, "bad-json", "not a JSON object");
          continue;
        }
        if (firstWrapper != null) {
          wrapped(fileId + "#" + firstLine + ".", source + ":" + firstLine + ".", firstWrapper);
          firstWrapper = null;
        }
        // An API response on one line ({"status": "ok", "articles": [...]}): its records, each with the line's id
        // and its place in it, or, when it is the file's only line, as a JSON document's ("#k").
        Optional<JsonNode> wrapper = wrappedRecords(node);
        if (wrapper.isPresent() && !seenRecord) {
          firstWrapper = wrapper.get();
          firstLine = line;
        } else if (wrapper.isPresent()) {
          wrapped(fileId + "#" + line + ".", where + ".", wrapper.get());
        } else {
          record(fileId + "#" + line, where, node);
        }
        seenRecord = true;
      }
    } catch (EOFException | ZipException e) {
      warn(source + ":" + line, "truncated", "input ends early after line " + line + " (" + e.getMessage() + ")");
    }
    if (firstWrapper != null) {
      int k = 0;
      for (JsonNode element : firstWrapper) element(fileId, source, ++k, element);
    }
  }

  /** The records a JSON line wraps, each with {@code id} or {@code where} and its place among them. */
  private void wrapped(String id, String where, JsonNode records) {
    int k = 0;
    for (JsonNode element : records) {
      k++;
      if (element != null && element.isObject()) record(id + k, where + k, element);
      else warn(where + k, "bad-json", "array element " + k + " is not a JSON object");
    }
  }

  /** Whether bytes {@code [from, to)} are all ASCII white space other than line ends. */
  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\f' && c != 0x0B) return false;
    }
    return true;
  }

  /** Whether the first {@code len} bytes are all ASCII white space (a blank line between records). */
  private static boolean isBlank(byte[] b, int len) {
    return isBlank(b, 0, len);
  }

  /**
   * The lines of a stream as bytes, ended by {@code \n}, {@code \r} or {@code \r\n} as {@link
   * java.io.BufferedReader#readLine} ends them (none of them can occur inside a JSON string). {@link #next} hands out
   * one reused buffer, valid until the next call; {@link #length} is the line's length in it.
   */
  private static final class LineBytes {
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int end;
    private byte[] line = new byte[1 << 12];
    private int length;
    private boolean afterCr;

    LineBytes(InputStream in) {
      this.in = in;
    }

    /** The next line (in a buffer longer than it), or null at the end of the stream. */
    byte[] next() throws IOException {
      if (line.length > 1 << 22) line = new byte[1 << 12]; // not holding on to one huge line's buffer
      length = 0;
      boolean any = false;
      while (true) {
        if (pos == end) {
          end = in.read(chunk, 0, chunk.length);
          pos = 0;
          if (end <= 0) {
            end = 0;
            return any ? line : null;
          }
        }
        if (afterCr) {
          afterCr = false;
          if (chunk[pos] == '\n') { // the \n of a \r\n
            pos++;
            continue;
          }
        }
        // The line's bytes in this chunk are copied at once, up to its end or the chunk's.
        int stop = pos;
        while (stop < end && chunk[stop] != '\n' && chunk[stop] != '\r') stop++;
        int n = stop - pos;
        if (n > 0) {
          if (length + n > line.length) line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + n));
          System.arraycopy(chunk, pos, line, length, n);
          length += n;
          any = true;
        }
        pos = stop;
        if (stop < end) {
          afterCr = chunk[pos++] == '\r';
          return line;
        }
      }
    }

    int length() {
      return length;
    }
  }

  // Field names news exports use, Naba's own first: records from NewsAPI, news-please or a CMS export read as they are.
  private static final List<String> TEXT_FIELDS = List.of(
      "text", "content", "body", "maintext", "article", "articleBody", "article_text", "full_text", "paragraphs",
      "النص", "نص", "المحتوى", "المتن");
  /** A lead or summary: the text of a headline that has no other (a feed item kept as JSON). */
  private static final List<String> LEAD_FIELDS = List.of("abstract", "description", "summary", "lead");
  private static final List<String> TITLE_FIELDS = List.of("title", "headline", "heading", "العنوان", "عنوان");
  private static final List<String> TIME_FIELDS = List.of(
      "published", "date", "publishedAt", "published_at", "pubDate", "date_publish", "datePublished",
      "publish_date", "publication_date", "published_date", "published_time", "datetime", "timestamp", "time",
      "created_at", "dateCreated", "created", "تاريخ النشر", "التاريخ", "تاريخ");
  private static final List<String> URL_FIELDS = List.of(
      "url", "link", "permalink", "canonical_url", "href", "الرابط", "رابط");
  /**
   * {@code source} counts as an outlet when it is an object with a {@code name} (NewsAPI) or a plain name
   * ("الجزيرة", "aljazeera.net"), not when it names a file, as Naba's own output does ("crawl/day1.jsonl:12"). A bare
   * "domain" is not among them: exports name a record's subject so ("sports").
   */
  private static final List<String> OUTLET_FIELDS = List.of(
      "outlet", "source", "source_domain", "site_name", "source_name", "site", "publisher", "newspaper", "website",
      "المصدر", "مصدر", "الموقع", "الصحيفة", "الجريدة");
  private static final List<String> AUTHOR_FIELDS = List.of(
      "author", "authors", "byline", "writer", "creator", "الكاتب", "كاتب", "المحرر");

  private void record(String fallbackId, String where, JsonNode node) {
    Optional<String> html = str(node, "html");
    Optional<String> title = first(node, TITLE_FIELDS);
    Optional<String> text = first(node, TEXT_FIELDS)
        .or(() -> html.isEmpty() && title.isPresent() ? first(node, LEAD_FIELDS) : Optional.empty());
    if (text.isEmpty() && html.isEmpty() && !isHeadline(title)) {
      warn(where, "no-text", title.isEmpty() ? "record has no text"
          : "record has no text, and its title is a label, not a headline: " + title.get().strip());
      return;
    }
    Optional<OffsetDateTime> published = Optional.empty();
    Optional<String> date = first(node, TIME_FIELDS);
    if (date.isPresent()) {
      published = parseTime(date.get());
      if (published.isEmpty()) warn(where, "bad-date", "unreadable published time '" + date.get() + "'");
    }
    sink.document(
        new RawDocument(
            str(node, "id").orElse(fallbackId),
            where,
            text.isPresent() || html.isEmpty() ? Format.RECORD : Format.HTML_PAGE,
            text.orElseGet(() -> html.orElse("")),
            first(node, URL_FIELDS),
            first(node, OUTLET_FIELDS),
            published,
            title,
            first(node, AUTHOR_FIELDS)));
  }

  /** The first of {@code fields} the record holds a value for ({@link #field}: in any case, "_" aside). */
  private static Optional<String> first(JsonNode node, List<String> fields) {
    for (String f : fields) {
      JsonNode v = field(node, f);
      if (v == null || v.isNull()) continue;
      Optional<String> s;
      if (v.isObject()) {
        // {"source": {"id": "bbc-news", "name": "BBC News"}}; WordPress: {"content": {"rendered": "<p>…</p>"}}
        s = str(v, "name").or(() -> str(v, "rendered"));
      } else if (v.isArray()) {
        // {"authors": ["…", "…"]}; {"paragraphs": ["…", "…"]}, a paragraph each
        List<String> parts = new ArrayList<>();
        for (JsonNode e : v) if (e.isTextual() && !e.asText().isBlank()) parts.add(e.asText().strip());
        String glue = fields == TEXT_FIELDS || fields == LEAD_FIELDS ? "\n\n" : ", ";
        s = parts.isEmpty() ? Optional.empty() : Optional.of(String.join(glue, parts));
      } else {
        s = value(v);
        if (f.equals("source") && s.isPresent() && namesAFile(s.get())) s = Optional.empty();
      }
      if (s.isPresent()) return s;
    }
    return Optional.empty();
  }

  /**
   * The record's field {@code name}, or else the one whose name is the same in another case or with "_" or "-"
   * between its words ("Title", "Published_At", "pub-date", "articlebody"): exports write their field names every
   * way, and a record is not lost for it.
   */
  private static JsonNode field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v != null) return v;
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (sameField(f, name)) return node.get(f);
    }
    return null;
  }

  /** Whether two field names are one in another case or with "_", "-" or spaces between their words (no copy made). */
  private static boolean sameField(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length() && isFieldSeparator(a.charAt(i))) i++;
      while (j < b.length() && isFieldSeparator(b.charAt(j))) j++;
      if (i == a.length() || j == b.length()) return i == a.length() && j == b.length();
      if (Character.toLowerCase(a.charAt(i++)) != Character.toLowerCase(b.charAt(j++))) return false;
    }
  }

  private static boolean isFieldSeparator(char c) {
    return c == '_' || c == '-' || c == ' ';
  }

  /** Whether a record's {@code source} names a file or a record of one (Naba's own output), not an outlet. */
  private static boolean namesAFile(String source) {
    for (int i = 0; i < source.length(); i++) if ("/\\:@#".indexOf(source.charAt(i)) >= 0) return true;
    return false;
  }

  /** Words a title needs to stand for an article without a body. */
  private static final int HEADLINE_WORDS = 4;

  /**
   * Whether a title without a body is a headline worth keeping as an article: a crawl or a feed often keeps only the
   * headline, and that is still news; a short label ("كاريكاتير", "صور اقتصادية") names a page of pictures.
   */
  static boolean isHeadline(Optional<String> title) {
    return title.isPresent() && title.get().strip().split("\\s+").length >= HEADLINE_WORDS;
  }

  private static Optional<String> str(JsonNode node, String field) {
    JsonNode v = field(node, field);
    return v == null || v.isNull() ? Optional.empty() : value(v);
  }

  private static Optional<String> value(JsonNode v) {
    String s = v.isTextual() ? v.asText() : v.toString();
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  /**
   * A date written with numbers and slashes, dots or dashes, day first as the Arab world writes it ("05/08/2020",
   * "5.8.2020"), or year first ("2020/08/05"), with a time or not ("05/08/2020 14:30").
   */
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{1,4})(?:[ T,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

  /**
   * The date of a {@link #NUMERIC_DATE} match, in UTC: year first, or day first unless the second number cannot be a
   * month (then month first: "08/25/2020"); empty when the numbers are no date.
   */
  private static Optional<OffsetDateTime> numericDate(Matcher m) {
    String a = m.group(1);
    String c = m.group(3);
    int first = Integer.parseInt(a);
    int second = Integer.parseInt(m.group(2));
    int third = Integer.parseInt(c);
    int year;
    int month;
    int day;
    if (a.length() == 4 && c.length() <= 2) {
      year = first;
      month = second;
      day = third;
    } else if (c.length() == 4 && a.length() <= 2) {
      year = third;
      boolean monthFirst = second > 12 && first <= 12;
      month = monthFirst ? first : second;
      day = monthFirst ? second : first;
    } else {
      return Optional.empty();
    }
    try {
      java.time.LocalDateTime t = java.time.LocalDate.of(year, month, day).atStartOfDay();
      if (m.group(4) != null) {
        t = t.withHour(Integer.parseInt(m.group(4))).withMinute(Integer.parseInt(m.group(5)))
            .withSecond(m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      }
      return Optional.of(t.atOffset(ZoneOffset.UTC));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Arabic-Indic and Persian digits as ASCII ("٢٠١٨-٠٤-٠٢" → "2018-04-02"). */
  private static String asciiDigits(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = c >= '\u0660' && c <= '\u0669' ? c - '\u0660' : c >= '\u06F0' && c <= '\u06F9' ? c - '\u06F0' : -1;
      if (d >= 0 && b == null) b = new StringBuilder(s.substring(0, i));
      if (b != null) b.append(d >= 0 ? (char) ('0' + d) : c);
    }
    return b == null ? s : b.toString();
  }

  /** A date, a space and a time: "2018-03-25 10:00:00". */
  private static final Pattern DATE_SPACE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d");

  /** Whether {@code s} is all ASCII digits. */
  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    return true;
  }

  /**
   * ISO-8601 with or without offset (no offset means UTC), also with a space for the {@code T} ("2018-03-25
   * 10:00:00", as database exports write it); a date alone; RFC 1123 ("Sun, 25 Mar 2018 10:00:00 GMT", as feeds and
   * HTTP write it); a date of numbers, day first or year first ({@link #NUMERIC_DATE}); Unix time in seconds or
   * milliseconds; or a date in words, Arabic or English ({@link #written}). Arabic-Indic digits count as digits.
   */
  static Optional<OffsetDateTime> parseTime(String s) {
    String t = asciiDigits(s.trim());
    Matcher numeric = NUMERIC_DATE.matcher(t);
    if (numeric.matches()) return numericDate(numeric);
    if (t.length() > 11 && t.charAt(10) == ' ' && DATE_SPACE_TIME.matcher(t).lookingAt()) {
      t = t.substring(0, 10) + "T" + t.substring(11).replace(" ", "");
    }
    if ((t.length() == 10 || t.length() == 13) && allDigits(t)) {
      long n = Long.parseLong(t);
      return Optional.of(OffsetDateTime.ofInstant(
          t.length() == 10 ? java.time.Instant.ofEpochSecond(n) : java.time.Instant.ofEpochMilli(n), ZoneOffset.UTC));
    }
    if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
      try {
        return Optional.of(OffsetDateTime.parse(t, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME));
      } catch (DateTimeParseException e) {
        return written(t);
      }
    }
    // "+0300" as ISO writes it, "+03:00"; "UTC" or "GMT" after the time, "Z".
    String iso = ZONE_NAME.matcher(COMPACT_OFFSET.matcher(t).replaceFirst("$1:$2")).replaceFirst("Z");
    try {
      return Optional.of(OffsetDateTime.parse(iso));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(java.time.LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC));
      } catch (DateTimeParseException e2) {
        try {
          return Optional.of(java.time.LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException e3) {
          return written(t);
        }
      }
    }
  }

  /** An offset without its colon at the end of a time: "02:16:13+0300". */
  private static final Pattern COMPACT_OFFSET = Pattern.compile("(?<=\\d)([+-]\\d{2})(\\d{2})$");
  /** A zone named after the time: "18:30:00UTC" (spaces taken out), "18:30:00 GMT". */
  private static final Pattern ZONE_NAME = Pattern.compile("(?<=\\d)\\s*(?:UTC|GMT)$");
  /** An afternoon hour as people write it: "6:30 PM", "6:30 مساءً". */
  private static final Pattern AFTERNOON = Pattern.compile("(?i)\\d\\s*(?:pm|p\\.m\\.|مساء)");

  /**
   * A date as people write it, in words ("4 أغسطس 2020", "الثلاثاء 4 آب 2020 - 18:30", "August 4, 2020 6:30 PM", "5
   * ذو الحجة 1437 هـ"), read as a page's printed date is ({@link ArabicDates}), in UTC; an hour before noon with
   * "PM" or "مساءً" after it is the afternoon's.
   */
  private static Optional<OffsetDateTime> written(String t) {
    return ArabicDates.findPublicationDate(t).map(d -> {
      boolean afternoon = d.getHour() < 12 && AFTERNOON.matcher(t).find();
      return (afternoon ? d.plusHours(12) : d).atOffset(ZoneOffset.UTC);
    });
  }

  private void readWarc(String id, String source, Path file) throws IOException {
    try (WarcReader reader = new WarcReader(file)) {
      readWarcRecords(id, source, reader);
    }
  }

  private void readWarcStream(String id, String source, InputStream in) throws IOException {
    try (WarcReader reader = new WarcReader(new NonClosing(in))) {
      readWarcRecords(id, source, reader);
    }
  }

  /**
   * Takes {@code response} records carrying HTML, {@code resource} records carrying HTML or text, and WET
   * {@code conversion} records (text); the target URI becomes the url and the WARC-Date the crawl time. A record
   * that cannot be parsed gives one warning with its byte offset; jwarc cannot resynchronise after a damaged header,
   * so the rest of that file is given up (what came before is kept).
   */
  private void readWarcRecords(String id, String source, WarcReader reader) {
    List<String> jwarcWarnings = new ArrayList<>();
    reader.onWarning(jwarcWarnings::add);
    long offset = 0;
    int k = 0;
    while (true) {
      WarcRecord record;
      try {
        offset = reader.position();
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) break;
        record = next.get();
      } catch (IOException | RuntimeException e) {
        warn(source + "@" + offset, "bad-warc", "unreadable WARC record: " + e.getMessage());
        break;
      }
      k++;
      String where = source + "@" + offset;
      try {
        warcRecord(id + "#" + k, where, record);
      } catch (IOException | RuntimeException e) {
        warn(where, "bad-warc", "unreadable WARC record body: " + e.getMessage());
      }
    }
    for (String w : jwarcWarnings.subList(0, Math.min(jwarcWarnings.size(), 5))) {
      warn(source, "warc-warning", w);
    }
  }

  private void warcRecord(String fallbackId, String where, WarcRecord record) throws IOException {
    // ARC records have no WARC-Record-ID: they are named by file and position instead.
    String recordId = record.headers().first("WARC-Record-ID").map(InputReader::stripAngles).orElse(fallbackId);
    OffsetDateTime date = record.headers().first("WARC-Date").map(d -> record.date().atOffset(ZoneOffset.UTC))
        .orElse(null);
    if (record instanceof WarcResponse response) {
      HttpResponse http = response.http();
      MediaType type = http.contentType();
      if (http.status() != 200 || !isHtml(type)) return;
      // bodyDecoded() undoes Content-Encoding (gzip, deflate, br) as the browser would.
      byte[] body = http.bodyDecoded().stream().readNBytes(MAX_PAGE_BYTES);
      Optional<String> charset = Optional.ofNullable(type.parameters().get("charset"));
      emit(recordId, where, Format.HTML_PAGE, body, charset, response.target(), date);
    } else if (record instanceof WarcResource resource) {
      MediaType type = resource.contentType();
      // Only captured web pages: a crawler's own log or metadata resources are not articles.
      if (!resource.target().startsWith("http")) return;
      if (!isHtml(type) && !type.base().toString().equals("text/plain")) return;
      byte[] body = resource.body().stream().readNBytes(MAX_PAGE_BYTES);
      Format format = isHtml(type) ? Format.HTML_PAGE : Format.TEXT_PAGE;
      emit(recordId, where, format, body, Optional.ofNullable(type.parameters().get("charset")), resource.target(), date);
    } else if (record instanceof WarcConversion conversion) {
      byte[] body = conversion.body().stream().readNBytes(MAX_PAGE_BYTES);
      Optional<String> charset = Optional.ofNullable(conversion.contentType().parameters().get("charset"));
      emit(recordId, where, Format.TEXT_PAGE, body, charset.or(() -> Optional.of("UTF-8")), conversion.target(), date);
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static String stripAngles(String s) {
    return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
  }

  private void emit(String id, String where, Format format, byte[] body, Optional<String> charset, String url,
      OffsetDateTime crawled) {
    if (body.length == 0) return;
    if (Decoding.looksBinary(body)) {
      warn(where, "binary", "binary payload skipped (" + url + ")");
      return;
    }
    String text = Decoding.decode(body, charset, format == Format.HTML_PAGE).text();
    sink.document(
        new RawDocument(id, where, format, text, Optional.ofNullable(url), Optional.empty(), Optional.ofNullable(crawled),
            Optional.empty(), Optional.empty()));
  }

  /** RSS 0.9x/1.0/2.0 and Atom through Rome: each item with its link, date, title and content or description. */
  private void readFeed(String id, String source, byte[] bytes) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      warn(source, "bad-feed", "not a readable RSS/Atom feed: " + e.getMessage());
      return;
    }
    Optional<String> outlet = Optional.ofNullable(feed.getTitle()).filter(s -> !s.isBlank()).map(String::strip);
    int k = 0;
    for (SyndEntry entry : feed.getEntries()) {
      k++;
      String where = source + "#item" + k;
      String html = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
          .findFirst().orElseGet(() -> entry.getDescription() == null ? "" : entry.getDescription().getValue());
      Optional<String> title = Optional.ofNullable(entry.getTitle()).filter(s -> !s.isBlank()).map(String::strip);
      boolean bodiless = html == null || html.isBlank();
      if (bodiless && !isHeadline(title)) {
        warn(where, "no-text", "feed item has no content or description, and no headline");
        continue;
      }
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      Optional<String> link = Optional.ofNullable(entry.getLink()).filter(s -> !s.isBlank());
      String itemId = Optional.ofNullable(entry.getUri()).filter(s -> !s.isBlank()).or(() -> link).orElse(id + "#" + k);
      sink.document(
          new RawDocument(itemId, where, Format.RECORD, bodiless ? "" : html,
              link, outlet, Optional.ofNullable(date).map(d -> d.toInstant().atOffset(ZoneOffset.UTC)), title,
              Optional.ofNullable(entry.getAuthor()).filter(s -> !s.isBlank())));
    }
  }

  private void warn(String source, String reason, String message) {
    sink.warning(new IngestWarning(source, reason, message));
  }

  /** gzip that ends quietly where its data is cut or damaged ({@link QuietEnd}); the fault is reported after it. */
  private static final class Gunzip extends QuietEnd {
    Gunzip(InputStream in) throws IOException {
      super(new GZIPInputStream(new NonClosing(in), 1 << 16));
    }

    void reportTo(String source, InputReader reader) {
      if (fault() != null) {
        reader.warn(source, "truncated",
            "gzip data cut or damaged after " + delivered() + " bytes (" + fault() + "); everything before was kept");
      }
    }
  }

  /** Lets a reader close its own wrapper without closing the shared stream underneath (zip entries, stdin). */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
