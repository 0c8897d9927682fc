import com.fasterxml.jackson.databind.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.naba.story.*;
public class DumpTerms {
  public static void main(String[] a) throws Exception {
    ObjectMapper m = new ObjectMapper();
    var an = new ArticleAnalyser(StorySettings.defaults());
    try (var r = Files.newBufferedReader(Path.of(a[0])); var w = new PrintWriter(Files.newBufferedWriter(Path.of(a[1])))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = m.readTree(line);
        String t = n.path("title").asText(""), x = n.path("text").asText("");
        var aa = an.analyse(StoryInput.of(n.path("id").asText(), java.time.Instant.EPOCH, "o", t, x));
        w.println(n.path("id").asText() + "\t" + n.path("published").asText() + "\t" + String.join(" ", aa.titleTerms()) + "\t" + String.join(" ", aa.bodyTerms()));
      }
    }
  }
}
