package org.naba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated bad input beside good input: binary bytes, a truncated gzip, a 50 MB single line, deeply nested HTML and
 * a wrong declared charset. The run completes, names each fault, and loses no good record.
 */
class BadInputEndToEndTest {
  @TempDir Path dir;

  private static final String LEAD = "اتفق الرئيس باراك أوباما ونظيره الروسي فلاديمير بوتين على مواصلة البحث عن مسار"
      + " لإيصال المساعدات الإنسانية إلى آلاف المدنيين المحاصرين في سورية، بعد أن فشلا في تحقيق اختراق.";

  @Test
  void badInputIsNamedAndEveryGoodRecordKept() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    byte[] junk = new byte[100_000];
    new Random(3).nextBytes(junk);
    Files.write(in.resolve("binary.txt"), junk);

    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    Random random = new Random(5);
    try (OutputStream out = new GZIPOutputStream(gz)) {
      for (int i = 0; i < 300; i++) {
        String record = "{\"id\":\"r" + i + "\",\"outlet\":\"wire\",\"published\":\"2016-09-05T10:00:00+03:00\",\"title\":\"عنوان "
            + i + "\",\"text\":\"" + LEAD + " " + Long.toString(random.nextLong(), 36) + "\"}\n";
        out.write(record.getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] all = gz.toByteArray();
    Files.write(in.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(all, all.length - 30));

    byte[] line = new byte[50 << 20];
    java.util.Arrays.fill(line, (byte) 'x');
    Files.write(in.resolve("huge.txt"), line);

    String nested = "<html><body>" + "<div>".repeat(100_000) + "<p>" + LEAD + "</p>" + "</div>".repeat(100_000) + "</body></html>";
    Files.writeString(in.resolve("nested.html"), nested, StandardCharsets.UTF_8);

    String page = "<html><head><meta charset=\"utf-8\"><title>قمة العشرين</title></head><body><h1>قمة العشرين في الصين</h1><p>"
        + LEAD + "</p><p>" + LEAD.replace("أوباما", "الأمريكي") + "</p></body></html>";
    Files.write(in.resolve("wrong-charset.html"), page.getBytes(Charset.forName("windows-1256")));

    Path out = dir.resolve("out");
    assertThat(Main.commandLine().execute("run", in.toString(), "--out", out.toString(), "--quiet")).isZero();

    ObjectMapper json = new ObjectMapper();
    JsonNode run = json.readTree(out.resolve("run.json").toFile());
    Set<String> reasons = new HashSet<>();
    run.get("warnings").forEach(w -> reasons.add(w.get("reason").asText()));
    assertThat(reasons).contains("binary", "truncated", "too-large");
    run.get("warnings").forEach(w -> assertThat(w.get("source").asText()).startsWith(in.toString()));

    Set<String> ids = new HashSet<>();
    String wrongCharsetText = "";
    for (String l : Files.readAllLines(out.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode a = json.readTree(l);
      ids.add(a.get("id").asText());
      if (a.get("id").asText().equals("wrong-charset.html")) wrongCharsetText = a.get("text").asText();
    }
    assertThat(ids).contains("nested.html", "wrong-charset.html"); // huge.txt is junk: named, not an article
    assertThat(ids.stream().filter(id -> id.startsWith("r")).count()).isGreaterThanOrEqualTo(290);
    assertThat(wrongCharsetText).contains("فلاديمير بوتين");
  }

  @Test
  void aRunsOutputInsideItsInputFolderIsNotReadBackAndTheFolderItselfIsNoOutput() throws IOException {
    Path in = Files.createDirectories(dir.resolve("crawl"));
    Files.writeString(in.resolve("day1.jsonl"), "{\"id\":\"a1\",\"outlet\":\"wire\",\"published\":"
        + "\"2016-09-05T10:00:00+03:00\",\"title\":\"قمة العشرين\",\"text\":\"" + LEAD + "\"}\n");
    Files.createDirectories(in.resolve(".git"));
    Files.writeString(in.resolve(".git").resolve("HEAD"), "ref: refs/heads/main\n");
    StringBuilder err = new StringBuilder();
    assertThat(runCapturingErr(err, "run", in.toString(), "--out", in.toString(), "--quiet")).isEqualTo(2);
    assertThat(err).contains("is the input directory");
    assertThat(in.resolve("run.json")).doesNotExist();

    Path first = in.resolve("runs").resolve("day1");
    assertThat(Main.commandLine().execute("run", in.toString(), "--out", first.toString(), "--quiet")).isZero();
    Path second = dir.resolve("again");
    assertThat(Main.commandLine().execute("run", in.toString(), "--out", second.toString(), "--quiet")).isZero();
    ObjectMapper json = new ObjectMapper();
    JsonNode run = json.readTree(second.resolve("run.json").toFile());
    assertThat(run.get("counts").get("articles").asLong()).isEqualTo(1);
    assertThat(run.get("warnings")).singleElement().satisfies(w -> {
      assertThat(w.get("reason").asText()).isEqualTo("naba-output");
      assertThat(w.get("source").asText()).isEqualTo(first.toString());
    });
    assertThat(Files.readAllLines(second.resolve("articles.jsonl"))).singleElement()
        .satisfies(l -> assertThat(json.readTree(l).get("source").asText()).endsWith("day1.jsonl:1"));
  }

  @Test
  void theRunsLastLineCountsItsWarningsByReason() throws IOException {
    Path in = Files.createDirectories(dir.resolve("mixed"));
    Files.writeString(in.resolve("day1.jsonl"), "{\"id\":\"a1\",\"outlet\":\"wire\",\"published\":"
        + "\"2016-09-05T10:00:00+03:00\",\"title\":\"قمة العشرين\",\"text\":\"" + LEAD + "\"}\n");
    Files.write(in.resolve("report.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(in.resolve("scan.docx"), new byte[] {'P', 'K', 3, 4});
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    Files.write(in.resolve("junk.txt"), junk);
    StringBuilder err = new StringBuilder();
    assertThat(runCapturingErr(err, "run", in.toString(), "--out", dir.resolve("out").toString())).isZero();
    assertThat(err).contains("kept 1 article", "3 warnings (unsupported 2, binary 1; see run.json)");
  }

  /** Runs naba with {@code args}, what it writes to standard error appended to {@code err}; its exit code. */
  private static int runCapturingErr(StringBuilder err, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    java.io.PrintStream stderr = System.err;
    try {
      System.setErr(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
      return Main.commandLine().execute(args);
    } finally {
      System.setErr(stderr);
      err.append(bytes.toString(StandardCharsets.UTF_8));
    }
  }
}
