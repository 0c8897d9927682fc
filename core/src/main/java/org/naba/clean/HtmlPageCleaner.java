package org.naba.clean;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jsoup.Jsoup;

/** Placeholder until the clean stage lands (temporary; replaced by the real cleaner). */
public final class HtmlPageCleaner {
  private final TextPageCleaner text;

  public HtmlPageCleaner(BoilerplateMemory memory) {
    this.text = new TextPageCleaner(memory);
  }

  public CleanedPage clean(String html, Optional<String> url, String siteKey, Optional<OffsetDateTime> knownDate) {
    return text.clean(Jsoup.parse(html).wholeText(), siteKey, knownDate);
  }
}
