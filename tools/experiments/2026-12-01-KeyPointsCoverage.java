import java.nio.file.*; import java.util.*; import com.fasterxml.jackson.databind.*; import java.time.*;
import org.naba.summary.*;
/**
 * Runs summary.KeyPoints over a run's articles grouped by their story (in time order, as the pipeline gives them) and
 * counts the stories of 20+ and of 5-19 articles left without key points; prints the key points of the story ids
 * given after the run's articles.jsonl. Variants of the claim rule are measured by editing KeyPoints and compiling.
 */
public class KeyPointsCoverage {
  public static void main(String[] a) throws Exception {
    ObjectMapper m = new ObjectMapper();
    Map<String, List<SummaryInput>> byStory = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(a[0]))) {
      JsonNode n = m.readTree(line);
      List<String> ps = Arrays.asList(n.path("text").asText().split("\n\n"));
      byStory.computeIfAbsent(n.path("story").asText(), k -> new ArrayList<>()).add(new SummaryInput(n.path("id").asText(), n.path("outlet").asText(), OffsetDateTime.parse(n.path("published").asText("2000-01-01T00:00:00Z")).toInstant(), n.path("title").asText(), ps, !n.path("duplicate_of").isNull()));
    }
    int big = 0, bigNone = 0, mid = 0, midNone = 0; List<String> show = new ArrayList<>(Arrays.asList(a).subList(1, a.length));
    for (var e : byStory.entrySet()) {
      List<SummaryInput> in = e.getValue();
      in.sort(Comparator.comparing(SummaryInput::time).thenComparing(SummaryInput::id));
      var kp = KeyPoints.of(in, 5);
      if (in.size() >= 20) { big++; if (kp.isEmpty()) bigNone++; } else if (in.size() >= 5) { mid++; if (kp.isEmpty()) midNone++; }
      if (show.contains(e.getKey())) { System.out.println("## " + e.getKey() + " " + in.size()); for (var k : kp) System.out.println("   - [" + k.articles().size() + "] " + k.text()); }
    }
    System.out.println("stories>=20 " + big + " without " + bigNone + "; 5-19 " + mid + " without " + midNone);
  }
}
