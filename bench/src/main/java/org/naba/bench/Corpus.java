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

/** Benchmark texts: real articles from ../shared when present (SaudiNewsNet), else the bundled demo corpus. */
final class Corpus {
  private Corpus() {}

  static List<String> texts(int max) throws IOException {
    for (String p : new String[] {"../shared/data/news/saudinewsnet-2015.jsonl.gz", "../../shared/data/news/saudinewsnet-2015.jsonl.gz"}) {
      Path path = Path.of(p);
      if (Files.isRegularFile(path)) {
        return read(new GZIPInputStream(Files.newInputStream(path), 1 << 16), max);
      }
    }
    return read(new GZIPInputStream(Corpus.class.getResourceAsStream("/demo/ant-2018-demo.jsonl.gz")), max);
  }

  private static List<String> read(java.io.InputStream in, int max) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && out.size() < max) {
        String text = json.readTree(line).path("text").asText("");
        if (!text.isBlank()) out.add(text);
      }
    }
    return out;
  }
}
