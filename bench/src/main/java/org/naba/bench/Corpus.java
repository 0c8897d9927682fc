package org.naba.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Benchmark records: real articles from ../shared when present (SaudiNewsNet), else the bundled demo corpus. */
final class Corpus {
  private Corpus() {}

  /** A record's site and text. */
  record Record(String outlet, String text) {}

  static List<String> texts(int max) throws IOException {
    return records(max).stream().map(Record::text).toList();
  }

  static List<Record> records(int max) throws IOException {
    for (String p : new String[] {"../shared/data/news/saudinewsnet-2015.jsonl.gz", "../../shared/data/news/saudinewsnet-2015.jsonl.gz"}) {
      Path path = Path.of(p);
      if (Files.isRegularFile(path)) {
        return read(new GZIPInputStream(Files.newInputStream(path), 1 << 16), max);
      }
    }
    return read(new GZIPInputStream(Corpus.class.getResourceAsStream("/demo/ant-2018-demo.jsonl.gz")), max);
  }

  private static List<Record> read(java.io.InputStream in, int max) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Record> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && out.size() < max) {
        var record = json.readTree(line);
        String text = record.path("text").asText("");
        if (!text.isBlank()) out.add(new Record(record.path("outlet").asText(""), text));
      }
    }
    return out;
  }
}
