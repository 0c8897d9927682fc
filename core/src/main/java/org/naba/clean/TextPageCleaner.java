package org.naba.clean;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Placeholder line filter until the clean stage lands (temporary; replaced by the real cleaner). */
public final class TextPageCleaner {
  public TextPageCleaner(BoilerplateMemory memory) {}

  public CleanedPage clean(String pageText, String siteKey, Optional<OffsetDateTime> knownDate) {
    LinkedHashSet<String> keep = new LinkedHashSet<>();
    String title = "";
    for (String line : pageText.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.contains("    ")) continue;
      if (title.isEmpty() && l.split(" ").length >= 4 && l.split(" ").length < 20) {
        title = l;
        continue;
      }
      if (l.split(" ").length >= 8) keep.add(l);
    }
    List<String> paragraphs = new ArrayList<>(keep);
    return new CleanedPage(
        List.of(new CleanArticle(title, paragraphs, knownDate, Optional.empty(), Optional.empty(), List.of(), List.of(),
            List.of(), List.of(), List.of(), Optional.empty())),
        List.of());
  }
}
